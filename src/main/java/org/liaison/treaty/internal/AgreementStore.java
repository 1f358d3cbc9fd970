package org.liaison.treaty.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementKind;
import org.liaison.treaty.AgreementStatus;
import org.liaison.treaty.Article;
import org.liaison.treaty.ArticleSubject;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Party;
import org.liaison.treaty.Purpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreements in three tables: the agreement, its parties, its articles. */
@Repository
public class AgreementStore {

	private final JdbcClient jdbc;
	private final Clock clock;

	AgreementStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void insert(Agreement a) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				INSERT INTO agreement (id, title, kind, status, valid_from, valid_until, categories, purposes,
				  max_classification, onward_transfer, retention_days, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.title(), a.kind().name(), a.status().name(), a.validFrom(), a.validUntil(),
					join(a.categories()), join(a.purposes()), a.maxClassification().name(), a.onwardTransfer().name(),
					a.retentionDays(), a.version(), now, now)
			.update();
		for (Party p : a.parties()) {
			jdbc.sql("INSERT INTO agreement_party (agreement_id, party, bound_from, bound_until) VALUES (?, ?, ?, ?)")
				.params(a.id(), p.party(), p.boundFrom(), p.boundUntil())
				.update();
		}
		int position = 0;
		for (Article art : a.articles()) {
			jdbc.sql("INSERT INTO agreement_article (agreement_id, position, number, governs, text) VALUES (?, ?, ?, ?, ?)")
				.params(a.id(), position++, art.number(), art.governs() == null ? null : art.governs().name(), art.text())
				.update();
		}
		bumpGeneration();
	}

	public void updateStatus(Agreement a) {
		jdbc.sql("UPDATE agreement SET status = ?, version = ?, updated_at = ? WHERE id = ?")
			.params(a.status().name(), a.version(), OffsetDateTime.now(clock), a.id())
			.update();
		bumpGeneration();
	}

	private void bumpGeneration() {
		jdbc.sql("UPDATE agreement_generation SET gen = gen + 1 WHERE id = 1").update();
	}

	public long generation() {
		return jdbc.sql("SELECT gen FROM agreement_generation WHERE id = 1").query(Long.class).single();
	}

	public Optional<Agreement> find(String id) {
		return load("SELECT * FROM agreement WHERE id = ?", id).stream().findFirst();
	}

	public Optional<Agreement> findForUpdate(String id) {
		return load("SELECT * FROM agreement WHERE id = ? FOR UPDATE", id).stream().findFirst();
	}

	public List<Agreement> all() {
		return load("SELECT * FROM agreement ORDER BY id", null);
	}

	private List<Agreement> load(String sql, String id) {
		var query = jdbc.sql(sql);
		if (id != null) {
			query = query.param(id);
		}
		List<Row> rows = query.query((rs, n) -> row(rs)).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, List<Party>> parties = new HashMap<>();
		Map<String, List<Article>> articles = new HashMap<>();
		String partySql = "SELECT * FROM agreement_party" + (id == null ? "" : " WHERE agreement_id = ?") + " ORDER BY agreement_id, party";
		String articleSql = "SELECT * FROM agreement_article" + (id == null ? "" : " WHERE agreement_id = ?") + " ORDER BY agreement_id, position";
		var pq = jdbc.sql(partySql);
		var aq = jdbc.sql(articleSql);
		if (id != null) {
			pq = pq.param(id);
			aq = aq.param(id);
		}
		pq.query(rs -> {
			parties.computeIfAbsent(rs.getString("agreement_id"), k -> new ArrayList<>())
				.add(new Party(rs.getString("party"), rs.getObject("bound_from", LocalDate.class),
						rs.getObject("bound_until", LocalDate.class)));
		});
		aq.query(rs -> {
			String governs = rs.getString("governs");
			articles.computeIfAbsent(rs.getString("agreement_id"), k -> new ArrayList<>())
				.add(new Article(rs.getString("number"), rs.getString("text"),
						governs == null ? null : ArticleSubject.valueOf(governs)));
		});
		return rows.stream()
			.map(r -> r.toAgreement(parties.getOrDefault(r.id, List.of()), articles.getOrDefault(r.id, List.of())))
			.toList();
	}

	private static Row row(ResultSet rs) throws SQLException {
		Integer retention = rs.getObject("retention_days", Integer.class);
		return new Row(rs.getString("id"), rs.getString("title"), AgreementKind.valueOf(rs.getString("kind")),
				AgreementStatus.valueOf(rs.getString("status")), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), split(rs.getString("categories"), Category.class),
				split(rs.getString("purposes"), Purpose.class), Classification.valueOf(rs.getString("max_classification")),
				OnwardTransfer.valueOf(rs.getString("onward_transfer")), retention,
				rs.getLong("version"));
	}

	private record Row(String id, String title, AgreementKind kind, AgreementStatus status, LocalDate validFrom,
			LocalDate validUntil, Set<Category> categories, Set<Purpose> purposes, Classification max,
			OnwardTransfer onward, Integer retentionDays, long version) {

		Agreement toAgreement(List<Party> parties, List<Article> articles) {
			return new Agreement(id, title, kind, status, validFrom, validUntil, parties, categories, purposes, max,
					onward, retentionDays, articles, version);
		}
	}

	private static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> split(String list, Class<E> type) {
		Set<E> out = EnumSet.noneOf(type);
		Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(Enum.valueOf(type, s.trim())));
		return out;
	}
}
