package org.liaison.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people acting for agencies on this node. Passwords are kept only as bcrypt hashes. */
@Service
public class Users {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,63}");
	static final int MIN_PASSWORD = 8;
	static final int MAX_PASSWORD = 128;

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final Agencies agencies;
	private final AuditLog audit;
	private final Clock clock;

	Users(JdbcClient jdbc, PasswordEncoder passwords, Agencies agencies, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** A user as listed to administrators: never the password hash. */
	public record User(String username, @Nullable AgencyId agency, Set<Role> roles, boolean locked) {
	}

	/**
	 * Creates a user acting for the agency (NODE_ADMIN). An NGO's users hold NGO_MEMBER only, and
	 * NGO_MEMBER is for NGO users only.
	 */
	@Transactional
	public User create(Actor actor, @Nullable AgencyId agencyId, String username, String password, Set<Role> roles) {
		actor.require(Role.NODE_ADMIN);
		validate(username, password, roles);
		Agency agency = agencyId == null ? null : agencies.get(agencyId);
		if (agency == null && !roles.equals(Set.of(Role.NODE_ADMIN))) {
			throw Problem.invalid("agency", "only a node administrator may act for no agency");
		}
		if (agency != null && agency.isNgo() != roles.contains(Role.NGO_MEMBER)) {
			throw Problem.invalid("roles", "NGO users hold NGO_MEMBER, and only NGO users do");
		}
		if (agency != null && agency.isNgo() && roles.size() > 1) {
			throw Problem.invalid("roles", "NGO users hold NGO_MEMBER only");
		}
		insert(agencyId, username, password, roles);
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "user.create")
			.subject("user", username)
			.detail("agency", agencyId)
			.detail("roles", roleList(roles)));
		return new User(username, agencyId, roles, false);
	}

	/** Creates the first node administrator at start-up, when there is none. */
	@Transactional
	public boolean bootstrapAdmin(String username, String password) {
		Integer existing = jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username = ?").param(username)
			.query(Integer.class).single();
		if (existing > 0) {
			return false;
		}
		insert(null, username, password, Set.of(Role.NODE_ADMIN));
		audit.append(AuditEvent.of("system", "NODE", "user.create").subject("user", username)
			.detail("roles", Role.NODE_ADMIN));
		return true;
	}

	private void insert(@Nullable AgencyId agencyId, String username, String password, Set<Role> roles) {
		try {
			jdbc.sql("""
					INSERT INTO user_account (username, agency_id, password_hash, roles, enabled, failed_attempts, created_at)
					VALUES (?, ?, ?, ?, TRUE, 0, ?)""")
				.params(username, agencyId == null ? null : agencyId.value(), passwords.encode(password),
						roleList(roles), OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("duplicate-user", "a user with this username already exists");
		}
	}

	public List<User> ofAgency(AgencyId agency) {
		return jdbc.sql("SELECT username, agency_id, roles, locked_until FROM user_account WHERE agency_id = ? ORDER BY username")
			.param(agency.value())
			.query((rs, n) -> {
				OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
				return new User(rs.getString("username"), agency, parseRoles(rs.getString("roles")),
						locked != null && locked.toInstant().isAfter(clock.instant()));
			})
			.list();
	}

	private static void validate(String username, String password, Set<Role> roles) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw Problem.invalid("username", "username: 3 to 64 letters, digits, '.', '_', '@' or '-'");
		}
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			throw Problem.invalid("password", "password: " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
		}
		if (roles == null || roles.isEmpty()) {
			throw Problem.invalid("roles", "a user needs at least one role");
		}
	}

	public static String roleList(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	public static Set<Role> parseRoles(String list) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String r : list.split(",")) {
			if (!r.isBlank()) {
				roles.add(Role.valueOf(r.trim()));
			}
		}
		return roles;
	}
}
