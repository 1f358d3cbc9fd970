package org.liaison.treaty;

/** Why a decision came out as it did, in a form machines can act on. */
public enum ReasonCode {
	SAME_AGENCY("An agency may always use its own information."),
	AGREEMENT_PERMITS("An agreement in force binding both agencies covers the category, purpose and classification."),
	NO_AGREEMENT("No agreement binds both agencies: deny by default."),
	AGREEMENT_SUSPENDED("The only agreements binding both agencies are suspended."),
	AGREEMENT_NOT_IN_FORCE("No agreement binding both agencies is in force (draft or terminated)."),
	AGREEMENT_EXPIRED("The agreement binding both agencies is outside its validity on that day."),
	PARTY_NOT_BOUND("One of the agencies was not bound by the agreement on that day."),
	CATEGORY_NOT_COVERED("The agreement does not cover this category of data."),
	PURPOSE_NOT_COVERED("The agreement does not serve this purpose."),
	CLASSIFICATION_EXCEEDED("The item's classification is above the highest the agreement may carry."),
	NGO_TLP_RESTRICTED("NGOs receive only TLP:CLEAR or TLP:GREEN information."),
	NGO_PERSON_NOT_COVERED("NGOs receive PERSON data only under an agreement naming the NGO that covers PERSON."),
	RETENTION_EXPIRED("The item is past its retention date and may no longer be kept, let alone disclosed."),
	NOT_HOLDER("The sender neither originated the item nor received it through a disclosure."),
	TLP_CONFINED("TLP:RED and TLP:AMBER+STRICT information never leaves its recipient."),
	TLP_AMBER_CONFINED("TLP:AMBER information stays within the recipient organisation."),
	ONWARD_TRANSFER_FORBIDDEN("The agreement under which the sender received the item forbids onward transfer."),
	ORIGINATOR_CONSENT_REQUIRED("Onward transfer needs the originator's recorded consent."),
	HANDLING_CODE_H2("Handling code H2: no further dissemination without the provider's recorded consent."),
	PURPOSE_BINDING("The item was received for another purpose; using it for this one needs the originator's consent.");

	private final String explanation;

	ReasonCode(String explanation) {
		this.explanation = explanation;
	}

	public String explanation() {
		return explanation;
	}
}
