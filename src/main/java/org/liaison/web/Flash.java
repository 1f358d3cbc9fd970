package org.liaison.web;

import java.io.Serializable;

/**
 * A message for the next page, after a redirect: a message-bundle code and its arguments, so that the
 * text can be translated. Shown in the page's live region.
 */
record Flash(String code, String... args) implements Serializable {

	static Flash error(String text) {
		return new Flash("flash.error", text);
	}
}
