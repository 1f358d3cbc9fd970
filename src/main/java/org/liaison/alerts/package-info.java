/** Alerts (wanted and missing persons, stolen documents, vehicles, firearms, ...): issuing, compliance review, publication, withdrawal and expiry. */
@org.jspecify.annotations.NullMarked
package org.liaison.alerts;
