/** Agreements as machine-readable rules, and the disclosure decision they imply. */
@org.jspecify.annotations.NullMarked
package org.liaison.treaty;
