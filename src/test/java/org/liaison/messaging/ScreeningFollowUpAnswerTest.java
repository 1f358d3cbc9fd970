package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One follow-up of a screening hit, answered either way over HTTP: in the follow-up's case or on the hit,
 * the answer shows on both sides, once.
 */
class ScreeningFollowUpAnswerTest extends IntegrationTest {

	@Autowired
	Messages messages;

	MessagingFixture f;
	String frOfficerName;
	Api frOfficer;
	String alert;
	String hit;
	String caseId;
	String requestId;

	@BeforeEach
	void aHitAndItsFollowUpRequest() {
		f = new MessagingFixture(api, fixtures);
		frOfficerName = fixtures.user(f.fr, "OFFICER");
		frOfficer = api.as(frOfficerName, Fixtures.PASSWORD);
		Api reviewer = api.as(fixtures.user(f.fr, "REVIEWER"), Fixtures.PASSWORD);
		String name = "Milena " + Fixtures.unique("Harrowgate").toLowerCase();
		Map<String, List<String>> person = Map.of("name", List.of(name), "birthDate", List.of("1981-03-14"));
		Api.Response created = frOfficer.post("/api/v1/alerts",
				Fixtures.alert("WANTED_PERSON", "Person", person, "ARREST", f.agreement));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		alert = created.at("/id");
		assertThat(reviewer.post("/api/v1/alerts/" + alert + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
		Api.Response screened = f.deOfficer.post("/api/v1/screening",
				Map.of("subject", Map.of("schema", "Person", "properties", person)));
		assertThat(screened.at("/result")).as(screened.text()).isEqualTo("HIT");
		hit = frOfficer.get("/api/v1/alerts/" + alert + "/hits").at("/0/id");
		Api.Response inbox = frOfficer.get("/api/v1/messages?box=inbox");
		assertThat(inbox.at("/0/kind")).as(inbox.text()).isEqualTo("SCREENING_FOLLOW_UP");
		caseId = inbox.at("/0/caseId");
		requestId = inbox.at("/0/id");
		assertThat(jdbc.sql("SELECT screening_hit FROM msg_message WHERE id = ?").param(requestId).query(String.class).single())
			.as("the request names its hit").isEqualTo(hit);
	}

	@Test
	void anAnswerInTheCaseIsTheHitsAnswer() {
		jdbc.sql("UPDATE screening_hit SET follow_up_due = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5), hit)
			.update();
		assertThat(frOfficer.get("/api/v1/alerts/" + alert + "/hits").at("/0/overdue")).isEqualTo("true");

		Api.Response answer = answerInCase("Arrest her; the European arrest warrant follows.");
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);

		Api.Response hits = frOfficer.get("/api/v1/alerts/" + alert + "/hits");
		assertThat(hits.at("/0/answer")).isEqualTo("Arrest her; the European arrest warrant follows.");
		assertThat(hits.at("/0/answeredBy")).isEqualTo(frOfficerName);
		assertThat(hits.at("/0/answeredAt")).isNotBlank();
		assertThat(hits.at("/0/overdue")).as("answered, even late, is not overdue").isEqualTo("false");
		assertThat(frOfficer.get("/api/v1/screening/follow-ups").json().findValuesAsString("alert")).doesNotContain(alert);
		assertThat(f.deOfficer.get("/api/v1/screening/hits").at("/0/answer")).isEqualTo("Arrest her; the European arrest warrant follows.");
		assertThat(f.deOfficer.get("/api/v1/messages?box=outbox").at("/0/receipts/0/answerId")).isEqualTo(answer.at("/id"));

		auditLog.seal();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE action = 'screening.follow-up.answer' AND subject_id = ?
				  AND outcome = 'ANSWERED' AND actor = ?""").params(hit, frOfficerName).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void anAnswerOnTheHitIsSentInTheCaseAndStopsEscalation() {
		Api.Response answered = frOfficer.post("/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up",
				Map.of("answer", "Confirmed: detain and call the SIRENE bureau."));
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);

		Api.Response inbox = f.deOfficer.get("/api/v1/messages?box=inbox");
		assertThat(inbox.at("/0/type")).as(inbox.text()).isEqualTo("ANSWER");
		assertThat(inbox.at("/0/caseId")).isEqualTo(caseId);
		assertThat(inbox.at("/0/from")).isEqualTo(f.fr);
		assertThat(inbox.at("/0/sentBy")).isEqualTo(frOfficerName);
		Api.Response outbox = f.deOfficer.get("/api/v1/messages?box=outbox");
		assertThat(outbox.at("/0/id")).isEqualTo(requestId);
		assertThat(outbox.at("/0/receipts/0/deadline")).isEqualTo("ANSWERED");
		assertThat(outbox.at("/0/receipts/0/answerId")).isEqualTo(inbox.at("/0/id"));
		Api.Response view = f.deOfficer.get("/api/v1/cases/" + caseId);
		assertThat(view.at("/messages/1/body")).isEqualTo("Confirmed: detain and call the SIRENE bureau.");
		assertThat(view.at("/messages/1/inReplyTo")).isEqualTo(requestId);

		jdbc.sql("UPDATE msg_recipient SET due_at = ? WHERE message_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), requestId)
			.update();
		messages.escalateOverdue();
		assertThat(jdbc.sql("SELECT escalated_at FROM msg_recipient WHERE message_id = ?").param(requestId)
			.query(OffsetDateTime.class).optional()).as("an answered request is not escalated").isEmpty();
		assertThat(frOfficer.get("/api/v1/messages/overdue").json().findValuesAsString("id")).doesNotContain(requestId);
	}

	@Test
	void anAnswerOnTheHitThatNeverReachedTheCaseIsSentThereInsteadOfEscalating() {
		// as if the node had stopped between the answer's commit and the listener's
		jdbc.sql("""
				UPDATE screening_hit SET follow_up_answer = ?, follow_up_answered_by = ?, follow_up_answered_at = ?
				WHERE id = ?""").params("Answered before the node stopped.", frOfficerName, OffsetDateTime.now(ZoneOffset.UTC), hit)
			.update();
		jdbc.sql("UPDATE msg_recipient SET due_at = ? WHERE message_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), requestId)
			.update();

		messages.escalateOverdue();

		assertThat(jdbc.sql("SELECT escalated_at FROM msg_recipient WHERE message_id = ?").param(requestId)
			.query(OffsetDateTime.class).optional()).as("caught up rather than escalated").isEmpty();
		Api.Response view = f.deOfficer.get("/api/v1/cases/" + caseId);
		assertThat(view.json().get("messages")).hasSize(2);
		assertThat(view.at("/messages/1/body")).isEqualTo("Answered before the node stopped.");
		assertThat(view.at("/messages/1/sentBy")).isEqualTo(frOfficerName);
		assertThat(f.deOfficer.get("/api/v1/messages?box=outbox").at("/0/receipts/0/deadline")).isEqualTo("ANSWERED_LATE");
	}

	@Test
	void aSecondAnswerEitherWayIsAConflictAndNothingIsDuplicated() {
		assertThat(answerInCase("First, in the case.").status()).isEqualTo(201);
		Api.Response onHit = frOfficer.post("/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up",
				Map.of("answer", "Second, on the hit."));
		assertThat(onHit.status()).as(onHit.text()).isEqualTo(409);
		Api.Response inCase = answerInCase("Third, in the case again.");
		assertThat(inCase.status()).as(inCase.text()).isEqualTo(409);
		assertThat(inCase.at("/type")).isEqualTo(onHit.at("/type")).isEqualTo("urn:liaison:problem:invalid-state");

		assertThat(frOfficer.get("/api/v1/alerts/" + alert + "/hits").at("/0/answer")).isEqualTo("First, in the case.");
		assertThat(f.deOfficer.get("/api/v1/cases/" + caseId).json().get("messages")).as("the request and one answer")
			.hasSize(2);
	}

	@Test
	void aSecondAnswerAfterOneOnTheHitIsAConflictInTheCase() {
		assertThat(frOfficer.post("/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up",
				Map.of("answer", "First, on the hit.")).status()).isEqualTo(200);
		Api.Response inCase = answerInCase("Second, in the case.");
		assertThat(inCase.status()).as(inCase.text()).isEqualTo(409);
		assertThat(frOfficer.post("/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up",
				Map.of("answer", "Third, on the hit.")).status()).isEqualTo(409);

		Api.Response view = f.deOfficer.get("/api/v1/cases/" + caseId);
		assertThat(view.json().get("messages")).as("the request and one answer").hasSize(2);
		assertThat(view.at("/messages/1/body")).isEqualTo("First, on the hit.");
		assertThat(frOfficer.get("/api/v1/alerts/" + alert + "/hits").at("/0/answer")).isEqualTo("First, on the hit.");
	}

	@Test
	void anAnswerTooLongForTheHitIsRefusedInTheCase() {
		Api.Response tooLong = answerInCase("x".repeat(4001));
		assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(400);
		assertThat(tooLong.at("/field")).isEqualTo("body");
		assertThat(frOfficer.get("/api/v1/alerts/" + alert + "/hits").at("/0/answer")).isNull();
		assertThat(f.deOfficer.get("/api/v1/messages?box=outbox").at("/0/receipts/0/answeredAt")).isNull();
	}

	private Api.Response answerInCase(String body) {
		return frOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "ANSWER", "inReplyTo", requestId, "body", body));
	}
}
