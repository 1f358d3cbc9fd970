package db.migration;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.liaison.agency.AgencyId;
import org.liaison.messaging.internal.SearchIndex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills the full-text index (V28) with the cases and messages stored before it, through the same
 * {@link SearchIndex} that indexes new ones, streaming the messages in id order.
 */
public class V29__message_search_backfill extends BaseJavaMigration {

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		jdbc.setFetchSize(1000);
		SearchIndex index = new SearchIndex(jdbc);
		Map<String, List<AgencyId>> parties = new HashMap<>();
		jdbc.query("SELECT case_id, agency FROM msg_case_party", (ResultSet rs) -> {
			parties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(AgencyId.of(rs.getString(2)));
		});
		jdbc.query("SELECT id, subject FROM msg_case", (ResultSet rs) -> {
			index.subject(rs.getString(1), rs.getString(2), parties.getOrDefault(rs.getString(1), List.of()));
		});
		parties.clear();
		String[] current = new String[3];
		List<AgencyId> readers = new ArrayList<>();
		jdbc.query("""
				SELECT m.id, m.case_id, m.body, m.from_agency, r.agency FROM msg_message m
				LEFT JOIN msg_recipient r ON r.message_id = m.id ORDER BY m.id""", (ResultSet rs) -> {
			if (!rs.getString(1).equals(current[0])) {
				flush(index, current, readers);
				current[0] = rs.getString(1);
				current[1] = rs.getString(2);
				current[2] = rs.getString(3);
				readers.add(AgencyId.of(rs.getString(4)));
			}
			if (rs.getString(5) != null) {
				readers.add(AgencyId.of(rs.getString(5)));
			}
		});
		flush(index, current, readers);
	}

	private static void flush(SearchIndex index, String[] message, List<AgencyId> readers) {
		if (message[0] != null) {
			index.message(message[1], message[0], message[2], readers);
		}
		readers.clear();
	}
}
