package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.agency.AgencyId;
import org.liaison.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A receipt reported by another node sets only what the receipt here lacks, whatever the order of reports. */
class ReceiptReportTest extends IntegrationTest {

	@Autowired
	RemoteReceipts receipts;

	@Test
	void aReportSetsWhatIsMissingOnceAndNeverUndoesAReadOrAnAnswer() {
		MessagingFixture f = new MessagingFixture(api, fixtures);
		String request = f.open("report " + org.liaison.support.Fixtures.unique("S"), MessagingFixture.request("q", false, null))
			.at("/messages/0/id");
		AgencyId fr = AgencyId.of(f.fr);
		Instant read = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Instant answered = read.plusSeconds(60);

		assertThat(receipts.apply(List.of(new Acknowledgement(request, fr, null, read, "fr.user", null, null)), "peer")).isEqualTo(1);
		assertThat(receipts.apply(List.of(new Acknowledgement(request, fr, null, read, "fr.user", null, null)), "peer"))
			.as("the same report again").isZero();
		assertThat(receipts.apply(List.of(new Acknowledgement(request, fr, null, read.minusSeconds(600), "other", null, null)),
				"peer")).as("an earlier read").isZero();
		assertThat(receipts.apply(List.of(new Acknowledgement(request, fr, null, read, "fr.user", answered, "answer-1")), "peer"))
			.isEqualTo(1);
		assertThat(receipts.apply(List.of(new Acknowledgement(request, fr, null, null, null, null, null)), "peer"))
			.as("a report that says less").isZero();
		assertThat(receipts.apply(List.of(new Acknowledgement("no-such-message", fr, read, read, "x", null, null)), "peer")).isZero();

		var line = f.deOfficer.get("/api/v1/messages?box=outbox").json().get(0).get("receipts").get(0);
		assertThat(Instant.parse(line.get("readAt").asString())).isEqualTo(read);
		assertThat(line.get("readBy").asString()).isEqualTo("fr.user");
		assertThat(Instant.parse(line.get("answeredAt").asString())).isEqualTo(answered);
		assertThat(line.get("answerId").asString()).isEqualTo("answer-1");
		assertThat(line.get("deliveredAt").isNull()).as("a local recipient's receipt was delivered when stored").isFalse();
	}
}
