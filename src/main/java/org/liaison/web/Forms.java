package org.liaison.web;

import java.util.function.Function;
import java.util.function.Supplier;

import org.liaison.common.Problem;

/** Submitting a console form: on bad input the form is shown again with the message; other failures go on. */
final class Forms {

	private Forms() {
	}

	static String submit(Supplier<String> action, Function<String, String> showAgain) {
		try {
			return action.get();
		}
		catch (IllegalArgumentException e) {
			return showAgain.apply(e.getMessage());
		}
		catch (Problem p) {
			if (!ConsoleAdvice.isAboutInput(p)) {
				throw p;
			}
			return showAgain.apply(p.getMessage());
		}
	}
}
