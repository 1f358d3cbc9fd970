/** The append-only, hash-chained log of every read, decision, change and purge; and its verification. */
@org.jspecify.annotations.NullMarked
package org.liaison.audit;
