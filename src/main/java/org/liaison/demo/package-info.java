/** Demo data for a first start: agencies of five countries, an organisation and an NGO, agreements, users, records. */
@org.jspecify.annotations.NullMarked
package org.liaison.demo;
