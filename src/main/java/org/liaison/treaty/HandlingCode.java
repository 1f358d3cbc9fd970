package org.liaison.treaty;

/** SIENA-style handling codes: restrictions the provider attaches to the use of its information. */
public enum HandlingCode {
	H0("May be used for law-enforcement purposes only."),
	H1("Not to be used as evidence in judicial proceedings without the provider's permission."),
	H2("Not to be disseminated further without the provider's permission."),
	H3("Other restrictions apply, as stated by the provider.");

	private final String meaning;

	HandlingCode(String meaning) {
		this.meaning = meaning;
	}

	public String meaning() {
		return meaning;
	}
}
