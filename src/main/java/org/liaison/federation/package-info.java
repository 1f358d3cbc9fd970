/** Peers, node identity, envelopes (JWS inside JWE), transactional outbox and idempotent inbox between nodes. */
@org.jspecify.annotations.NullMarked
package org.liaison.federation;
