/** Cross-script person-name matching for screening: normalisation, phonetic keys, scores that explain themselves. */
@org.jspecify.annotations.NullMarked
package org.liaison.screening.matching;
