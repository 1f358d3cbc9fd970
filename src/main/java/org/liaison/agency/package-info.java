/** Agencies, the countries they belong to, their users, roles and credentials. */
@org.jspecify.annotations.NullMarked
package org.liaison.agency;
