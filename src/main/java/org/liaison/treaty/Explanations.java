package org.liaison.treaty;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line per decision that states the outcome and why, with the citation, as officers read it:
 * "Denied: no agreement between DE.BKA and TV.POLICE covers PERSON data for TERRORISM."
 */
final class Explanations {

	private Explanations() {
	}

	static String permitted(Citation citation, List<Obligation> obligations) {
		StringBuilder out = new StringBuilder("Permitted under ").append(citation.agreement());
		if (!citation.article().isEmpty()) {
			out.append(", Art. ").append(citation.article());
		}
		for (Obligation o : obligations) {
			switch (o.type()) {
				case "RETENTION" -> out.append("; retain until ").append(o.value());
				case "HANDLING" -> out.append("; ").append(o.value()).append(": ").append(lower(o.text()));
				case "PURPOSE_BINDING" -> out.append("; for ").append(o.value()).append(" only");
				default -> {
				}
			}
		}
		return out.append('.').toString();
	}

	static String denied(ReasonCode reason, DisclosureRequest r, @Nullable Citation citation) {
		String from = r.from().id().value();
		String to = r.to().id().value();
		String category = r.item().category().name();
		String purpose = r.purpose().name();
		String under = citation == null ? "" : " (" + citation.agreement()
				+ (citation.article().isEmpty() ? "" : ", Art. " + citation.article()) + ")";
		String why = switch (reason) {
			case NO_AGREEMENT -> "no agreement between " + from + " and " + to + " covers " + category + " data for " + purpose;
			case AGREEMENT_SUSPENDED -> "the agreement between " + from + " and " + to + " is suspended" + under;
			case AGREEMENT_NOT_IN_FORCE -> "no agreement between " + from + " and " + to + " is in force" + under;
			case AGREEMENT_EXPIRED -> "the agreement between " + from + " and " + to + " is not valid on " + r.at() + under;
			case PARTY_NOT_BOUND -> from + " or " + to + " is not bound on " + r.at() + under;
			case CATEGORY_NOT_COVERED -> "no agreement between " + from + " and " + to + " covers " + category + " data" + under;
			case PURPOSE_NOT_COVERED -> "no agreement between " + from + " and " + to + " serves " + purpose + under;
			case CLASSIFICATION_EXCEEDED -> r.item().classification() + " is above what the agreement may carry" + under;
			case NGO_TLP_RESTRICTED -> to + " is an NGO and receives only TLP:CLEAR or TLP:GREEN, not TLP:" + r.item().tlp().label();
			case NGO_PERSON_NOT_COVERED -> "no agreement naming " + to + " covers PERSON data" + under;
			case RETENTION_EXPIRED -> "the item was to be erased by " + r.item().retentionUntil();
			case NOT_HOLDER -> from + " neither originated nor received this item";
			case TLP_CONFINED -> "TLP:" + r.item().tlp().label() + " never leaves its recipient" + under;
			case TLP_AMBER_CONFINED -> "TLP:AMBER stays within the recipient organisation" + under;
			case ONWARD_TRANSFER_FORBIDDEN -> "the agreement under which " + from + " received it forbids onward transfer" + under;
			case ORIGINATOR_CONSENT_REQUIRED -> "onward transfer needs the consent of " + r.item().originator() + under;
			case HANDLING_CODE_H2 -> "handling code H2: not to be passed on without the consent of " + r.item().originator();
			case PURPOSE_BINDING -> "it was received for another purpose than " + purpose + "; "
					+ r.item().originator() + " must consent";
			case SAME_AGENCY, AGREEMENT_PERMITS -> reason.explanation();
		};
		return "Denied: " + why + ".";
	}

	private static String lower(String text) {
		String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
		return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
	}
}
