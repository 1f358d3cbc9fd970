package org.liaison.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form. Spring Security handles its POST (and failures, as {@code /login?error}); the page
 * says neither whether the user exists nor whether it is locked.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
