package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.alerts.AlertId;

class ExactKeysTest {

	ExactKeys keys = new ExactKeys();

	static long key(String value) {
		return ExactKeys.fingerprint(ScreeningIndex.DOCUMENT, value);
	}

	@Test
	void severalAlertsMayShareAKeyAndEachLeavesAlone() {
		AlertId first = AlertId.random();
		AlertId second = AlertId.random();
		keys.put(first, new long[] {key("X1|DE")});
		keys.put(second, new long[] {key("X1|DE"), key("Y2|DE")});

		assertThat(keys.find(new long[] {key("X1|DE")})).containsExactlyInAnyOrder(first, second);
		assertThat(keys.find(new long[] {key("X1|DE"), key("Y2|DE")})).as("each alert once").hasSize(2);
		keys.remove(second);
		assertThat(keys.find(new long[] {key("X1|DE")})).containsExactly(first);
		assertThat(keys.find(new long[] {key("Y2|DE")})).isEmpty();
		assertThat(keys.size()).isEqualTo(1);
	}

	@Test
	void theFieldIsPartOfTheKey() {
		assertThat(ExactKeys.fingerprint(ScreeningIndex.VIN, "AB1|")).isNotEqualTo(ExactKeys.fingerprint(ScreeningIndex.PLATE, "AB1|"));
		assertThat(key("AB1|")).isNotEqualTo(key("AB1|DE")).isNotEqualTo(key("AB|1"));
	}

	@Test
	void growsAndReusesRemovedSlotsWithoutLosingAKey() {
		List<AlertId> ids = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			AlertId id = AlertId.random();
			ids.add(id);
			keys.put(id, new long[] {key("P" + i + "|FR")});
			if (i % 3 == 0) {
				keys.remove(ids.get(i / 2)); // removals interleaved with growth leave tombstones behind
			}
		}
		int found = 0;
		for (int i = 0; i < ids.size(); i++) {
			List<AlertId> hit = keys.find(new long[] {key("P" + i + "|FR")});
			if (!hit.isEmpty()) {
				assertThat(hit).containsExactly(ids.get(i));
				found++;
			}
		}
		assertThat(found).isEqualTo(keys.size()).isEqualTo(20_000 - (20_000 + 2) / 3);
		assertThat(keys.find(new long[] {key("P0|FR")})).as("removed at the first step").isEmpty();
		assertThat(keys.find(new long[] {key("P19999|FR")})).containsExactly(ids.get(19_999));
	}
}
