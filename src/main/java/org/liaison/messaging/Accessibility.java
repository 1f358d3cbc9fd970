package org.liaison.messaging;

/**
 * How the requested information is available to the recipient (EU Directive 2023/977, Art. 2): in its
 * own databases ({@code DIRECT}), or from other authorities or private parties ({@code INDIRECT}).
 */
public enum Accessibility {
	DIRECT, INDIRECT
}
