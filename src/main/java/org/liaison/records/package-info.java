/** Records about persons, organisations, vehicles, documents, firearms and cyber indicators; their disclosures and retention. */
@org.jspecify.annotations.NullMarked
package org.liaison.records;
