package org.liaison.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agencies known to this node. Reads are served from memory: agencies change rarely. */
@Service
public class Agencies {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;
	private final Map<AgencyId, Agency> cache = new ConcurrentHashMap<>();

	Agencies(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers an agency (NODE_ADMIN); a duplicate id is a 409 problem. */
	@Transactional
	public Agency create(Actor actor, Agency agency) {
		actor.require(Role.NODE_ADMIN);
		try {
			jdbc.sql("INSERT INTO agency (id, name, country, kind, created_at) VALUES (?, ?, ?, ?, ?)")
				.params(agency.id().value(), agency.name(), agency.country().value(), agency.kind().name(),
						OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("duplicate-agency", "an agency with this id already exists");
		}
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "agency.create")
			.subject("agency", agency.id().value())
			.detail("kind", agency.kind()));
		cache.remove(agency.id());
		return agency;
	}

	public Optional<Agency> find(AgencyId id) {
		Agency hit = cache.get(id);
		if (hit != null) {
			return Optional.of(hit);
		}
		Optional<Agency> loaded = jdbc.sql("SELECT * FROM agency WHERE id = ?").param(id.value())
			.query((rs, n) -> new Agency(AgencyId.of(rs.getString("id")), rs.getString("name"),
					CountryCode.of(rs.getString("country")), AgencyKind.valueOf(rs.getString("kind"))))
			.optional();
		loaded.ifPresent(a -> cache.put(id, a));
		return loaded;
	}

	/** The agency, or a 404 problem naming what was looked for. */
	public Agency get(AgencyId id) {
		return find(id).orElseThrow(() -> Problem.notFound("agency " + id));
	}

	public List<Agency> all() {
		return jdbc.sql("SELECT * FROM agency ORDER BY id")
			.query((rs, n) -> new Agency(AgencyId.of(rs.getString("id")), rs.getString("name"),
					CountryCode.of(rs.getString("country")), AgencyKind.valueOf(rs.getString("kind"))))
			.list();
	}
}
