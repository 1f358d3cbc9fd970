/** The console (server-rendered pages) and the audit API, which needs both the audit log and the caller's agency. */
@org.jspecify.annotations.NullMarked
package org.liaison.web;
