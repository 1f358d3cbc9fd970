package org.liaison.alerts;

import java.util.List;

/**
 * The kinds of alert (domain.md, "Alerts and screening"), each knowing whether it concerns a person (and
 * so goes through compliance review before publication) and which schemata its subject may follow.
 */
public enum AlertType {
	/** Arrest with a view to extradition, like a Red Notice. */
	WANTED_PERSON(true, "Person"),
	/** Yellow. */
	MISSING_PERSON(true, "Person"),
	/** Blue: more information on a person's identity, location or activities. */
	INFORMATION_ON_PERSON(true, "Person"),
	/** Black. */
	UNIDENTIFIED_BODY(true, "Person"),
	/** Green: a person who may threaten public safety. */
	WARNING_PERSON(true, "Person"),
	/** Orange: an event, object or process posing an imminent threat. */
	THREAT(false, "Event", "Organization", "Company", "LegalEntity", "Vehicle", "Firearm", "CyberIndicator"),
	/** Purple: methods, objects, devices and concealment used by offenders. */
	MODUS_OPERANDI(false, "Event", "Vehicle", "Firearm", "CyberIndicator", "Organization"),
	/** Silver: assets to be traced. */
	ASSET(false, "Organization", "Company", "LegalEntity", "BankAccount", "Vehicle"),
	/** UN Security Council special: persons and entities under sanctions; reviewed like a person alert. */
	SANCTIONED(true, "Person", "Organization", "Company", "LegalEntity"),
	STOLEN_TRAVEL_DOCUMENT(false, "Passport", "Identification"),
	STOLEN_VEHICLE(false, "Vehicle"),
	FIREARM(false, "Firearm");

	private final boolean person;
	private final List<String> schemata;

	AlertType(boolean person, String... schemata) {
		this.person = person;
		this.schemata = List.of(schemata);
	}

	/** Whether the alert concerns a person and must pass compliance review before publication. */
	public boolean isPersonAlert() {
		return person;
	}

	/** The schemata the subject of an alert of this type may follow. */
	public List<String> schemata() {
		return schemata;
	}

	public boolean allows(String schema) {
		return schemata.contains(schema);
	}
}
