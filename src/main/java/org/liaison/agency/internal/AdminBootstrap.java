package org.liaison.agency.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.liaison.agency.Users;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the node administrator {@code admin} on first start: with {@code LIAISON_ADMIN_PASSWORD}
 * when it is set, otherwise with a generated password printed once to the console.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "liaison.command", havingValue = "serve", matchIfMissing = true)
class AdminBootstrap implements ApplicationRunner {

	private final Users users;
	private final SecurityProperties properties;

	AdminBootstrap(Users users, SecurityProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean given = !properties.adminPassword().isBlank();
		String password = given ? properties.adminPassword() : generate();
		if (users.bootstrapAdmin("admin", password) && !given) {
			System.out.println("""

					==================================================================
					 Liaison: node administrator created
					   username: admin
					   password: %s
					 This password is shown once. Set LIAISON_ADMIN_PASSWORD to choose it.
					==================================================================
					""".formatted(password));
		}
	}

	static String generate() {
		byte[] b = new byte[15];
		new SecureRandom().nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}
}
