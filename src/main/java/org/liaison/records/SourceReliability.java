package org.liaison.records;

/** The first half of the 4x4 evaluation: how reliable the source is. */
public enum SourceReliability {
	/** No doubt about the source's authenticity, trustworthiness and competence. */
	A,
	/** Mostly reliable. */
	B,
	/** Mostly unreliable. */
	C,
	/** Cannot be assessed. */
	X
}
