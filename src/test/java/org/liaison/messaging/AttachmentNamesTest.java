package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** File names keep only their last segment, without control characters; deadlines and their states. */
class AttachmentNamesTest {

	@Test
	void fileNamesLoseTheirPathControlCharactersAndTrailingDots() {
		assertThat(AttachmentIntake.fileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(AttachmentIntake.fileName("C:\\Users\\x\\report.pdf")).isEqualTo("report.pdf");
		assertThat(AttachmentIntake.fileName("evil\r\nname\".pdf")).isEqualTo("evilname.pdf");
		assertThat(AttachmentIntake.fileName("run.exe. . ")).isEqualTo("run.exe");
		assertThat(AttachmentIntake.fileName(null)).isEqualTo("attachment");
		assertThat(AttachmentIntake.fileName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
	}

	@Test
	void deadlinesFollowTheDirectiveAndStatesAreComputedAtReadTime() {
		assertThat(Deadlines.of(RequestKind.INFORMATION, true, Accessibility.DIRECT)).isEqualTo(Duration.ofHours(8));
		assertThat(Deadlines.of(RequestKind.INFORMATION, true, Accessibility.INDIRECT)).isEqualTo(Duration.ofDays(3));
		assertThat(Deadlines.of(RequestKind.INFORMATION, false, Accessibility.DIRECT)).isEqualTo(Duration.ofDays(7));
		assertThat(Deadlines.of(RequestKind.SCREENING_FOLLOW_UP, false, Accessibility.INDIRECT)).isEqualTo(Duration.ofHours(12));
		Instant now = Instant.parse("2026-11-26T10:00:00Z");
		Duration soon = Duration.ofHours(4);
		assertThat(DeadlineState.of(now.plusSeconds(60), null, now, soon)).isEqualTo(DeadlineState.DUE_SOON);
		assertThat(DeadlineState.of(now.plus(Duration.ofHours(5)), null, now, soon)).isEqualTo(DeadlineState.OPEN);
		assertThat(DeadlineState.of(now.minusSeconds(1), null, now, soon)).isEqualTo(DeadlineState.OVERDUE);
		assertThat(DeadlineState.of(now.minusSeconds(1), now, now, soon)).isEqualTo(DeadlineState.ANSWERED_LATE);
		assertThat(DeadlineState.of(now, now.minusSeconds(1), now, soon)).isEqualTo(DeadlineState.ANSWERED);
		assertThat(DeadlineState.of(now, now, now, soon)).as("answered at the deadline is in time").isEqualTo(DeadlineState.ANSWERED);
		assertThat(DeadlineState.of(null, null, now, soon)).isEqualTo(DeadlineState.NONE);
	}
}
