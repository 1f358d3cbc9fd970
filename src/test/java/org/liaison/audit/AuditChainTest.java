package org.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The chain's arithmetic, without a database. */
class AuditChainTest {

	private final Instant at = Instant.parse("2026-11-26T10:15:30.123456Z");

	private AuditEvent event(String outcome) {
		return AuditEvent.of("alice", "DE.BKA", "record.read").subject("record", "r-1").outcome(outcome).detail("k", "v");
	}

	@Test
	void entryHashCoversPredecessorAndContent() {
		AuditEntry first = AuditEntry.chain(1, at, event("OK"), AuditEntry.GENESIS);
		AuditEntry second = AuditEntry.chain(2, at, event("OK"), first.hash());
		assertThat(first.isIntact()).isTrue();
		assertThat(second.prevHash()).isEqualTo(first.hash());
		assertThat(second.hash()).isNotEqualTo(first.hash());
		assertThat(AuditEntry.chain(2, at, event("OK"), AuditEntry.GENESIS).hash()).isNotEqualTo(second.hash());
	}

	@Test
	void anyChangedFieldBreaksTheHash() {
		AuditEntry e = AuditEntry.chain(7, at, event("OK"), AuditEntry.GENESIS);
		assertThat(new AuditEntry(7, at, event("DENIED"), e.prevHash(), e.hash()).isIntact()).isFalse();
		assertThat(new AuditEntry(8, at, event("OK"), e.prevHash(), e.hash()).isIntact()).isFalse();
		assertThat(new AuditEntry(7, at.plusNanos(1000), event("OK"), e.prevHash(), e.hash()).isIntact()).isFalse();
		assertThat(new AuditEntry(7, at, event("OK").detail("k", "w"), e.prevHash(), e.hash()).isIntact()).isFalse();
	}

	@Test
	void canonicalFormIsStableJsonWithSortedDetails() {
		AuditEvent e = AuditEvent.of("a\"b", "DE.BKA", "x").detail("z", 1).detail("a", "line\nbreak");
		assertThat(AuditEntry.canonical(3, at, e)).isEqualTo("{\"seq\":\"3\",\"at\":\"2026-11-26T10:15:30.123456Z\","
				+ "\"actor\":\"a\\\"b\",\"agency\":\"DE.BKA\",\"action\":\"x\",\"subjectType\":\"\",\"subjectId\":\"\","
				+ "\"outcome\":\"OK\",\"purpose\":null,\"legalBasis\":null,\"detail\":{\"a\":\"line\\u000abreak\",\"z\":\"1\"}}");
		assertThat(e.detail()).isEqualTo(Map.of("a", "line\nbreak", "z", "1"));
	}

	@Test
	void commandLineNamesTheFirstBrokenEntry() {
		var out = new java.io.ByteArrayOutputStream();
		int code = AuditCommand.print(AuditVerification.brokenAt(10, 4, "entry 4: its content does not match its hash"),
				new java.io.PrintStream(out, true));
		assertThat(code).isEqualTo(1);
		assertThat(out.toString()).contains("BROKEN at entry 4");
		assertThat(AuditCommand.print(AuditVerification.intact(10), new java.io.PrintStream(new java.io.ByteArrayOutputStream())))
			.isZero();
	}
}
