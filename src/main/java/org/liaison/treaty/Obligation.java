package org.liaison.treaty;

/**
 * A condition attached to a permitted disclosure: {@code type} is PURPOSE_BINDING, RETENTION,
 * HANDLING, TLP or ONWARD_TRANSFER; {@code value} the purpose, date, code, label or rule; {@code text}
 * says it in words.
 */
public record Obligation(String type, String value, String text) {
}
