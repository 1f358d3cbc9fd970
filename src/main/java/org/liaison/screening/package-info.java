/** Hit/no-hit screening of persons, travel documents and vehicles against the published alerts. */
@org.jspecify.annotations.NullMarked
package org.liaison.screening;
