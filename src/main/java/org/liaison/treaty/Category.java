package org.liaison.treaty;

/** The kind of data an item carries; an agreement's scope lists the categories it covers. */
public enum Category {
	PERSON, ORGANISATION, VEHICLE, TRAVEL_DOCUMENT, FIREARM, CYBER_INDICATOR, FINANCIAL, EVENT
}
