package org.liaison.agency.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.agency.AgencyKind;
import org.liaison.agency.ApiTokens;
import org.liaison.agency.CountryCode;
import org.liaison.agency.Role;
import org.liaison.agency.Users;
import org.liaison.common.Problem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agencies, their users, and the caller's own API tokens. */
@RestController
@RequestMapping("/api/v1")
class AgencyController {

	private final Agencies agencies;
	private final Users users;
	private final ApiTokens tokens;

	AgencyController(Agencies agencies, Users users, ApiTokens tokens) {
		this.agencies = agencies;
		this.users = users;
		this.tokens = tokens;
	}

	record NewAgency(@NotBlank String id, @NotBlank @Size(max = 200) String name, @NotBlank String country,
			@NotNull AgencyKind kind) {
	}

	record NewUser(@NotBlank String username, @NotBlank String password, @NotEmpty Set<Role> roles) {
	}

	record NewToken(@NotBlank @Size(max = 100) String name, @Nullable @Positive Integer validDays) {
	}

	record Me(String username, @Nullable AgencyId agency, Set<Role> roles) {
	}

	@PostMapping("/agencies")
	ResponseEntity<Agency> create(Actor actor, @Valid @RequestBody NewAgency body) {
		actor.require(Role.NODE_ADMIN);
		Agency agency;
		try {
			agency = new Agency(AgencyId.of(body.id()), body.name().strip(), CountryCode.of(body.country()), body.kind());
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid("id", e.getMessage());
		}
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.id())).body(agencies.create(actor, agency));
	}

	@GetMapping("/agencies")
	List<Agency> list() {
		return agencies.all();
	}

	@GetMapping("/agencies/{id}")
	Agency get(@PathVariable String id) {
		if (!AgencyId.isWellFormed(id)) {
			throw Problem.notFound("agency");
		}
		return agencies.get(AgencyId.of(id));
	}

	@PostMapping("/agencies/{id}/users")
	ResponseEntity<Users.User> createUser(Actor actor, @PathVariable String id, @Valid @RequestBody NewUser body) {
		actor.require(Role.NODE_ADMIN);
		if (!AgencyId.isWellFormed(id)) {
			throw Problem.notFound("agency");
		}
		Users.User user = users.create(actor, AgencyId.of(id), body.username(), body.password(), body.roles());
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + id + "/users/" + user.username())).body(user);
	}

	@GetMapping("/agencies/{id}/users")
	List<Users.User> listUsers(Actor actor, @PathVariable String id) {
		actor.require(Role.NODE_ADMIN);
		return AgencyId.isWellFormed(id) ? users.ofAgency(AgencyId.of(id)) : List.of();
	}

	@GetMapping("/me")
	Me me(Actor actor) {
		return new Me(actor.username(), actor.agency(), actor.roles());
	}

	@PostMapping("/me/tokens")
	ResponseEntity<ApiTokens.IssuedToken> issue(Actor actor, @Valid @RequestBody NewToken body) {
		Duration validity = body.validDays() == null ? null : Duration.ofDays(body.validDays());
		ApiTokens.IssuedToken token = tokens.issue(actor, body.name(), validity);
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id())).body(token);
	}

	@GetMapping("/me/tokens")
	List<ApiTokens.TokenInfo> tokens(Actor actor) {
		return tokens.of(actor);
	}

	@DeleteMapping("/me/tokens/{id}")
	ResponseEntity<Void> revoke(Actor actor, @PathVariable String id) {
		tokens.revoke(actor, id);
		return ResponseEntity.noContent().build();
	}
}
