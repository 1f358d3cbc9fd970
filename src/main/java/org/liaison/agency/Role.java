package org.liaison.agency;

/** What a user may do for its agency (domain.md, "Parties"). */
public enum Role {
	/** Records, requests, screening. */
	OFFICER,
	/** Analytics. */
	ANALYST,
	/** Compliance review of alerts. */
	REVIEWER,
	/** Agreements of its agency or country. */
	TREATY_ADMIN,
	/** Reads the audit log (data-protection officer). */
	AUDITOR,
	/** Agencies, users and the node itself. */
	NODE_ADMIN,
	/** The only role an NGO user holds. */
	NGO_MEMBER,
	/**
	 * The agency's single point of contact for information exchange (EU Directive 2023/977, Art. 14): told
	 * when a request to its agency is overdue, and keeps its agency's webhook. Held beside OFFICER.
	 */
	SPOC
}
