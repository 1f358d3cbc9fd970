package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.Multipart;
import org.liaison.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Cases and messages over HTTP: deadlines, receipts, answers, records, search, escalation, delays, audit. */
class MessagingJourneyTest extends IntegrationTest {

	@Autowired
	Messages messages;

	MessagingFixture f;

	@BeforeEach
	void parties() {
		f = new MessagingFixture(api, fixtures);
	}

	@Test
	void requestIsDeliveredReadAndAnsweredAndTheSenderSeesEachStep() {
		Api.Response opened = f.open("Bombing suspect " + Fixtures.unique("S"),
				MessagingFixture.request("Do you hold anything on this person?", true, "DIRECT"));
		String caseId = opened.at("/caseFile/id");
		String requestId = opened.at("/messages/0/id");
		assertThat(opened.at("/caseFile/reference")).startsWith(f.de + "-");
		assertThat(opened.at("/caseFile/status")).isEqualTo("OPEN");
		assertThat(opened.json().at("/caseFile/parties").findValuesAsString("")).isEmpty();
		assertThat(opened.at("/messages/0/recipients/0/agency")).isEqualTo(f.fr);
		assertThat(opened.at("/messages/0/recipients/0/deliveredAt")).isNotNull();
		assertThat(opened.at("/messages/0/recipients/0/readAt")).isNull();
		assertThat(opened.at("/messages/0/recipients/0/agreement")).isEqualTo(f.agreement);

		Api.Response inbox = f.frOfficer.get("/api/v1/messages?box=inbox");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.at("/0/id")).isEqualTo(requestId);
		assertThat(inbox.at("/0/from")).isEqualTo(f.de);
		assertThat(inbox.at("/0/markings")).isEqualTo("TLP:AMBER RESTRICTED H1");

		Api.Response read = f.frOfficer.get("/api/v1/cases/" + caseId + "/messages/" + requestId);
		assertThat(read.status()).as(read.text()).isEqualTo(200);
		assertThat(read.at("/body")).isEqualTo("Do you hold anything on this person?");
		assertThat(read.json().get("recipients")).hasSize(1);

		Api.Response outbox = f.deOfficer.get("/api/v1/messages?box=outbox");
		assertThat(outbox.at("/0/id")).isEqualTo(requestId);
		assertThat(outbox.at("/0/receipts/0/readAt")).isNotNull();
		assertThat(outbox.at("/0/receipts/0/answeredAt")).isNull();

		Api.Response answer = f.frOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "ANSWER", "inReplyTo", requestId, "body", "Nothing found."));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		assertThat(answer.at("/recipients/0/agency")).isEqualTo(f.de);

		Api.Response after = f.deOfficer.get("/api/v1/messages?box=outbox");
		assertThat(after.at("/0/receipts/0/answeredAt")).isNotNull();
		assertThat(after.at("/0/receipts/0/answerId")).isEqualTo(answer.at("/id"));
		assertThat(after.at("/0/receipts/0/deadline")).isEqualTo("ANSWERED");

		Api.Response view = f.deOfficer.get("/api/v1/cases/" + caseId);
		assertThat(view.json().get("messages")).hasSize(2);
		assertThat(view.at("/messages/1/type")).isEqualTo("ANSWER");
		assertThat(view.at("/messages/1/inReplyTo")).isEqualTo(requestId);
	}

	@Test
	void deadlinesFollowTheDirective() {
		assertDue(MessagingFixture.request("urgent, direct", true, "DIRECT"), Duration.ofHours(8));
		assertDue(MessagingFixture.request("urgent, indirect", true, "INDIRECT"), Duration.ofDays(3));
		assertDue(MessagingFixture.request("not urgent", false, "DIRECT"), Duration.ofDays(7));
		assertDue(MessagingFixture.request("not urgent", false, null), Duration.ofDays(7));

		var explicit = MessagingFixture.request("by tomorrow", false, null);
		Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		explicit.put("dueAt", tomorrow.toString());
		Api.Response r = f.open("explicit " + Fixtures.unique("S"), explicit);
		assertThat(Instant.parse(r.at("/messages/0/recipients/0/dueAt"))).isEqualTo(tomorrow);

		Api.Response note = f.open("note " + Fixtures.unique("S"), Map.of("type", "NOTIFICATION", "body", "FYI"));
		assertThat(note.at("/messages/0/recipients/0/dueAt")).isNull();
		assertThat(note.at("/messages/0/recipients/0/deadline")).isEqualTo("NONE");
	}

	private void assertDue(Map<String, Object> message, Duration expected) {
		Api.Response r = f.open("deadline " + Fixtures.unique("S"), message);
		Instant sent = Instant.parse(r.at("/messages/0/sentAt"));
		Instant due = Instant.parse(r.at("/messages/0/recipients/0/dueAt"));
		assertThat(Duration.between(sent, due)).as(message.toString()).isEqualTo(expected);
	}

	@Test
	void referencedRecordsAreDisclosedToEveryRecipientAllOrNothing() {
		String allowed = record(f.deOfficer, "RESTRICTED");
		String tooSecret = record(f.deOfficer, "SECRET");
		Api.Response opened = f.open("records " + Fixtures.unique("S"), Map.of("type", "NOTIFICATION", "body", "See records"));
		String caseId = opened.at("/caseFile/id");

		Api.Response denied = f.deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "NOTIFICATION", "body", "Two records", "records", List.of(allowed, tooSecret)));
		assertThat(denied.status()).as(denied.text()).isEqualTo(403);
		assertThat(denied.at("/type")).isEqualTo("urn:liaison:problem:classification-exceeded");
		assertThat(denied.at("/record")).isEqualTo(tooSecret);
		assertThat(denied.at("/recipient")).isEqualTo(f.fr);
		assertThat(f.frOfficer.get("/api/v1/records/" + allowed).status())
			.as("the permitted record's disclosure was rolled back with the message").isEqualTo(404);
		assertThat(f.deOfficer.get("/api/v1/cases/" + caseId).json().get("messages")).hasSize(1);

		Api.Response sent = f.deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "NOTIFICATION", "body", "One record", "records", List.of(allowed)));
		assertThat(sent.status()).as(sent.text()).isEqualTo(201);
		assertThat(sent.json().get("records").findValuesAsString("")).isEmpty();
		assertThat(sent.at("/records/0")).isEqualTo(allowed);
		Api.Response held = f.frOfficer.get("/api/v1/records/" + allowed);
		assertThat(held.status()).isEqualTo(200);
		assertThat(held.at("/receivedThrough/0/agreement")).isEqualTo(f.agreement);

		Api.Response unknown = f.deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "NOTIFICATION", "body", "x", "records", List.of("00000000-0000-0000-0000-000000000000")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.at("/field")).isEqualTo("records");
	}

	private String record(Api officer, String classification) {
		Api.Response r = officer.post("/api/v1/records", Fixtures.person("Ivan Petrov", "AMBER", classification, List.of()));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return r.at("/id");
	}

	@Test
	void searchFindsCasesByTextReferencePartyAndDeadline() {
		String word = Fixtures.unique("zebra").toLowerCase();
		Api.Response a = f.open("Search one", MessagingFixture.request("mentions " + word + " in passing", false, null));
		Api.Response b = f.open("Search two " + word.toUpperCase(), Map.of("type", "NOTIFICATION", "body", "nothing"));
		String ida = a.at("/caseFile/id");
		String idb = b.at("/caseFile/id");

		assertThat(f.deOfficer.get("/api/v1/cases?q=" + word).json().findValuesAsString("id")).containsExactlyInAnyOrder(ida, idb);
		assertThat(f.frOfficer.get("/api/v1/cases?q=" + word).json().findValuesAsString("id")).containsExactlyInAnyOrder(ida, idb);
		assertThat(f.esOfficer.get("/api/v1/cases?q=" + word).json()).isEmpty();
		assertThat(f.deOfficer.get("/api/v1/cases?reference=" + a.at("/caseFile/reference").substring(f.de.length() + 10))
			.json().findValuesAsString("id")).containsExactly(ida);
		assertThat(f.deOfficer.get("/api/v1/cases?party=" + f.fr + "&q=" + word).json()).hasSize(2);
		assertThat(f.deOfficer.get("/api/v1/cases?party=" + f.es + "&q=" + word).json()).isEmpty();
		assertThat(f.deOfficer.get("/api/v1/cases?deadline=OPEN&q=" + word).json().findValuesAsString("id")).containsExactly(ida);
		assertThat(f.deOfficer.get("/api/v1/cases?deadline=OVERDUE&q=" + word).json()).isEmpty();
		assertThat(f.deOfficer.get("/api/v1/cases?q=%25").json().findValuesAsString("id"))
			.as("LIKE's wildcard is taken literally").doesNotContain(ida, idb);
		assertThat(f.deOfficer.get("/api/v1/cases?deadline=LATE").status()).isEqualTo(400);
	}

	@Test
	void overdueRequestIsEscalatedToTheRecipientsSinglePointOfContact() {
		Api.Response opened = f.open("overdue " + Fixtures.unique("S"), MessagingFixture.request("urgent", true, "DIRECT"));
		String caseId = opened.at("/caseFile/id");
		String requestId = opened.at("/messages/0/id");
		jdbc.sql("UPDATE msg_recipient SET due_at = ? WHERE message_id = ?")
			.params(OffsetDateTime.now().minusMinutes(5), requestId).update();

		messages.escalateOverdue();
		OffsetDateTime escalated = escalatedAt(requestId);
		assertThat(escalated).as("flagged (by this call or by the job, whichever came first)").isNotNull();
		messages.escalateOverdue();
		assertThat(escalatedAt(requestId)).as("escalated once").isEqualTo(escalated);

		Api.Response spoc = f.frSpoc.get("/api/v1/notifications");
		assertThat(spoc.json().findValuesAsString("kind").stream().filter("REQUEST_OVERDUE"::equals)).hasSize(1);
		assertThat(f.frOfficer.get("/api/v1/notifications").json().findValuesAsString("kind"))
			.as("only the SPOC is told of its agency's overdue requests").doesNotContain("REQUEST_OVERDUE");
		assertThat(f.deOfficer.get("/api/v1/notifications").json().findValuesAsString("kind")).contains("REQUEST_OVERDUE");

		Api.Response overdue = f.frOfficer.get("/api/v1/messages/overdue");
		assertThat(overdue.at("/0/id")).isEqualTo(requestId);
		assertThat(overdue.at("/0/receipts/0/deadline")).isEqualTo("OVERDUE");
		assertThat(overdue.at("/0/receipts/0/escalatedAt")).isNotNull();
		assertThat(f.deOfficer.get("/api/v1/cases?deadline=OVERDUE").json().findValuesAsString("id")).contains(caseId);

		Api.Response figures = f.frOfficer.get("/api/v1/messages/figures");
		assertThat(figures.json().at("/received/overdue").asLong()).isEqualTo(1);
		assertThat(figures.json().at("/received/escalated").asLong()).isEqualTo(1);
		assertThat(f.deOfficer.get("/api/v1/messages/figures").json().at("/sent/overdue").asLong()).isEqualTo(1);

		Api.Response late = f.frOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "ANSWER", "inReplyTo", requestId, "body", "Sorry, late."));
		assertThat(late.status()).isEqualTo(201);
		Api.Response afterAnswer = f.frOfficer.get("/api/v1/messages/figures");
		assertThat(afterAnswer.json().at("/received/answeredLate").asLong()).isEqualTo(1);
		assertThat(afterAnswer.json().at("/received/overdue").asLong()).isZero();
	}

	private OffsetDateTime escalatedAt(String messageId) {
		return jdbc.sql("SELECT escalated_at FROM msg_recipient WHERE message_id = ?").param(messageId)
			.query(OffsetDateTime.class).optional().orElse(null);
	}

	@Test
	void recipientDelaysAJustifiedDeadlineAndTheRequesterIsTold() {
		Api.Response opened = f.open("delay " + Fixtures.unique("S"), MessagingFixture.request("urgent", true, "DIRECT"));
		String caseId = opened.at("/caseFile/id");
		String requestId = opened.at("/messages/0/id");
		Instant due = Instant.parse(opened.at("/messages/0/recipients/0/dueAt"));
		Instant later = due.plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

		Api.Response past = f.frOfficer.post("/api/v1/cases/" + caseId + "/messages/" + requestId + "/delay",
				Map.of("until", "2020-01-01T00:00:00Z", "justification", "waiting for the registry"));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.at("/type")).isEqualTo("urn:liaison:problem:deadline-in-past");
		Api.Response unjustified = f.frOfficer.post("/api/v1/cases/" + caseId + "/messages/" + requestId + "/delay",
				Map.of("until", later.toString(), "justification", " "));
		assertThat(unjustified.status()).isEqualTo(400);
		assertThat(f.deOfficer.post("/api/v1/cases/" + caseId + "/messages/" + requestId + "/delay",
				Map.of("until", later.toString(), "justification", "x")).status())
			.as("the requester cannot delay its own request").isEqualTo(409);

		Api.Response delayed = f.frOfficer.post("/api/v1/cases/" + caseId + "/messages/" + requestId + "/delay",
				Map.of("until", later.toString(), "justification", "waiting for the land registry"));
		assertThat(delayed.status()).as(delayed.text()).isEqualTo(200);
		assertThat(Instant.parse(delayed.at("/recipients/0/dueAt"))).isEqualTo(later);
		assertThat(delayed.at("/recipients/0/delayReason")).isEqualTo("waiting for the land registry");
		assertThat(f.deOfficer.get("/api/v1/notifications").json().findValuesAsString("kind")).contains("REQUEST_DELAYED");
		assertThat(Instant.parse(f.deOfficer.get("/api/v1/messages?box=outbox").at("/0/receipts/0/dueAt"))).isEqualTo(later);
	}

	@Test
	void messageAndItsFilesAreSentInOneMultipartRequest() throws Exception {
		String caseId = f.open("multipart " + Fixtures.unique("S"), Map.of("type", "NOTIFICATION", "body", "hello"))
			.at("/caseFile/id");
		byte[] pdf = "%PDF-1.7\nreport\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] note = "plain words".getBytes(StandardCharsets.US_ASCII);
		Api.Response sent = f.deOfficer.postBytes("/api/v1/cases/" + caseId + "/messages", Multipart.TYPE,
				new Multipart().json("message", Map.of("type", "REQUEST", "body", "see the files", "urgent", false))
					.file("files", "report.pdf", pdf)
					.file("files", "note.txt", note)
					.bytes());

		assertThat(sent.status()).as(sent.text()).isEqualTo(201);
		assertThat(sent.json().get("attachments").findValuesAsString("name")).containsExactly("report.pdf", "note.txt");
		assertThat(sent.at("/attachments/0/contentType")).isEqualTo("application/pdf");
		assertThat(sent.at("/attachments/0/sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		String fileId = sent.at("/attachments/1/id");
		assertThat(f.frOfficer.getBytes("/api/v1/cases/" + caseId + "/attachments/" + fileId).body()).isEqualTo(note);
		assertThat(f.frOfficer.get("/api/v1/messages?box=inbox").json().findValuesAsString("id")).contains(sent.at("/id"));
	}

	@Test
	void aRefusedFileInAMultipartSendStoresNeitherMessageNorFiles() {
		String caseId = f.open("multipart refused " + Fixtures.unique("S"), Map.of("type", "NOTIFICATION", "body", "hello"))
			.at("/caseFile/id");
		Api.Response refused = f.deOfficer.postBytes("/api/v1/cases/" + caseId + "/messages", Multipart.TYPE,
				new Multipart().json("message", Map.of("type", "NOTIFICATION", "body", "two files"))
					.file("files", "report.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
					.file("files", "tool.bin", new byte[] { 'M', 'Z', 0, 0, 1, 2 })
					.bytes());

		assertThat(refused.status()).as(refused.text()).isEqualTo(415);
		assertThat(refused.at("/type")).isEqualTo("urn:liaison:problem:attachment-type-refused");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM msg_message WHERE case_id = ?").param(caseId).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM msg_attachment WHERE case_id = ?").param(caseId).query(Long.class).single())
			.isZero();
	}

	@Test
	void sendReadDownloadAndExportAreAudited() {
		Api.Response opened = f.open("audit " + Fixtures.unique("S"), Map.of("type", "NOTIFICATION", "body", "hello"));
		String caseId = opened.at("/caseFile/id");
		String messageId = opened.at("/messages/0/id");
		Api.Response file = f.deOfficer.postBytes("/api/v1/cases/" + caseId + "/attachments?name=note.txt", "text/plain",
				"plain words".getBytes());
		assertThat(file.status()).as(file.text()).isEqualTo(201);
		f.deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "NOTIFICATION", "body", "file", "attachments", List.of(file.at("/id"))));
		f.frOfficer.get("/api/v1/cases/" + caseId + "/messages/" + messageId);
		assertThat(f.frOfficer.getBytes("/api/v1/cases/" + caseId + "/attachments/" + file.at("/id")).statusCode()).isEqualTo(200);
		Api.Response export = f.frOfficer.get("/api/v1/cases/" + caseId + "/export");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.json().get("messages")).hasSize(2);

		auditLog.seal();
		List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE subject_id IN (?, ?, ?) OR detail LIKE ?")
			.params(caseId, messageId, file.at("/id"), "%" + caseId + "%").query(String.class).list();
		assertThat(actions).contains("case.open", "message.send", "message.read", "attachment.upload", "attachment.download",
				"case.export");
	}

	@Test
	void aScreeningHitOpensAFollowUpRequestTheOwnerMustAnswerIn12Hours() {
		Api reviewer = api.as(fixtures.user(f.fr, "REVIEWER"), Fixtures.PASSWORD);
		String name = "Radovan " + Fixtures.unique("Kestrel").toLowerCase();
		Map<String, Object> body = Fixtures.alert("WANTED_PERSON", "Person",
				Map.of("name", List.of(name), "birthDate", List.of("1975-09-21")), "ARREST", f.agreement);
		Api.Response alert = f.frOfficer.post("/api/v1/alerts", body);
		assertThat(alert.status()).as(alert.text()).isEqualTo(201);
		String alertId = alert.at("/id");
		assertThat(reviewer.post("/api/v1/alerts/" + alertId + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
		Api.Response hit = f.deOfficer.post("/api/v1/screening",
				Map.of("subject", Map.of("schema", "Person", "properties", Map.of("name", List.of(name), "birthDate", List.of("1975-09-21")))));
		assertThat(hit.at("/result")).as(hit.text()).isEqualTo("HIT");

		Api.Response inbox = f.frOfficer.get("/api/v1/messages?box=inbox");
		assertThat(inbox.at("/0/kind")).as(inbox.text()).isEqualTo("SCREENING_FOLLOW_UP");
		assertThat(inbox.at("/0/from")).isEqualTo(f.de);
		Instant sent = Instant.parse(inbox.at("/0/sentAt"));
		Instant due = Instant.parse(inbox.at("/0/receipts/0/dueAt"));
		assertThat(Duration.between(sent, due)).isBetween(Duration.ofHours(12).minusSeconds(5), Duration.ofHours(12));
		String caseId = inbox.at("/0/caseId");
		Api.Response view = f.frOfficer.get("/api/v1/cases/" + caseId);
		assertThat(view.at("/messages/0/body")).contains(alertId).doesNotContain(name);
		Api.Response answer = f.frOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "ANSWER", "inReplyTo", inbox.at("/0/id"), "body", "Arrest him; extradition request follows."));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		assertThat(f.deOfficer.get("/api/v1/messages?box=inbox").at("/0/type")).isEqualTo("ANSWER");
	}

	@Test
	void openApiListsTheMessagingEndpoints() {
		Api.Response docs = api.anonymous().get("/v3/api-docs");
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/cases", "/api/v1/cases/{id}",
				"/api/v1/cases/{id}/messages", "/api/v1/cases/{id}/messages/{messageId}",
				"/api/v1/cases/{id}/messages/{messageId}/delay", "/api/v1/cases/{id}/attachments",
				"/api/v1/cases/{id}/attachments/{attachmentId}", "/api/v1/cases/{id}/close", "/api/v1/cases/{id}/export",
				"/api/v1/messages", "/api/v1/messages/overdue", "/api/v1/messages/figures", "/api/v1/notifications",
				"/api/v1/notifications/stream", "/api/v1/webhook", "/api/v1/webhook/deliveries");
	}
}
