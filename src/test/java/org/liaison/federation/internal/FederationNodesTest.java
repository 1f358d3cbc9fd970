package org.liaison.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.LiaisonApplication;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peers;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two real nodes in one JVM, each with its own database and keys, on loopback ports (plain http under
 * the development flag). A German node and a French node pin each other's keys, then records, alerts
 * and envelopes cross between them while the receiver is down, the sender restarts, envelopes repeat
 * or are forged, and the two sides disagree on an agreement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationNodesTest {

	static final String ADMIN_PASSWORD = "admin-password-for-tests";

	LoopbackNode de;
	LoopbackNode fr;
	String deAgency;
	String frAgency;
	Api deOfficer;
	Api frOfficer;
	Fixtures.AgreementSpec agreement;

	@BeforeAll
	void startTwoNodesThatPinEachOther() throws IOException {
		de = new LoopbackNode("de");
		fr = new LoopbackNode("fr");
		de.start();
		fr.start();
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		deAgency = c1 + ".POLICE";
		frAgency = c2 + ".POLICE";
		for (LoopbackNode n : List.of(de, fr)) {
			for (String a : List.of(deAgency, frAgency)) {
				Api.Response r = n.admin().post("/api/v1/agencies",
						Map.of("id", a, "name", "Agency " + a, "country", a.substring(0, 2), "kind", "POLICE"));
				assertThat(r.status()).as(r.text()).isEqualTo(201);
			}
		}
		agreement = Fixtures.using(de.admin()).agreement(c1, c2)
			.with("categories", List.of("PERSON", "TRAVEL_DOCUMENT"));
		agreement.create();
		assertThat(fr.admin().post("/api/v1/agreements", agreement.body).status()).isEqualTo(201);
		deOfficer = Api.at(de.port).as(Fixtures.using(de.admin()).user(deAgency, "OFFICER"), Fixtures.PASSWORD);
		frOfficer = Api.at(fr.port).as(Fixtures.using(fr.admin()).user(frAgency, "OFFICER"), Fixtures.PASSWORD);

		pin(de, fr, frAgency);
		pin(fr, de, deAgency);
	}

	/** The administrator of {@code at} reads the peer's fingerprints "out of band" and pins it. */
	void pin(LoopbackNode at, LoopbackNode peer, String hostedAgency) {
		Api.Response doc = Api.at(peer.port).anonymous().get("/.well-known/liaison-node");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.at("/nodeId")).isEqualTo(peer.id);
		List<String> fingerprints = doc.json().get("fingerprints").findValuesAsString("fingerprint");
		assertThat(fingerprints).hasSize(2);
		Api.Response r = at.admin().post("/api/v1/federation/peers", Map.of("nodeId", peer.id, "baseUrl",
				"http://127.0.0.1:" + peer.port, "fingerprints", fingerprints, "agencies", List.of(hostedAgency)));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
	}

	@AfterAll
	void stopNodes() {
		if (de != null) {
			de.stop();
		}
		if (fr != null) {
			fr.stop();
		}
	}

	@Test
	void pinningRefusesFingerprintsThatAreNotThoseOfThePeersKeys() {
		Api.Response r = de.admin().post("/api/v1/federation/peers", Map.of("nodeId", "int", "baseUrl",
				"http://127.0.0.1:" + fr.port, "fingerprints", List.of("x", "y"), "agencies", List.of()));
		assertThat(r.status()).as(r.text()).isIn(400);
		Api.Response wrongKeys = de.admin().post("/api/v1/federation/peers", Map.of("nodeId", "fr", "baseUrl",
				"http://127.0.0.1:" + fr.port, "fingerprints", List.of("abc", "def"), "agencies", List.of()));
		assertThat(wrongKeys.status()).isIn(400, 409);
		assertThat(deOfficer.get("/api/v1/federation/peers").status()).as("NODE_ADMIN only").isEqualTo(403);
		assertThat(de.admin().get("/api/v1/federation/peers").json().findValuesAsString("id")).containsExactly("fr");
	}

	@Test
	void aDisclosureToAnAgencyOnThePeerArrivesOnceAndBothSidesAuditTheirDecision() {
		String record = createRecord(deOfficer);
		Api.Response shared = deOfficer.post("/api/v1/records/" + record + "/disclosures",
				Map.of("to", frAgency, "purpose", "TERRORISM"));
		assertThat(shared.status()).as(shared.text()).isEqualTo(201);
		await(() -> frOfficer.get("/api/v1/records/" + record).status() == 200);
		assertThat(frOfficer.get("/api/v1/records/" + record).at("/properties/name/0")).isEqualTo("Ivan Petrov");
		await(() -> delivered(de) >= 1);
		assertThat(auditCount(fr, "disclosure.receive", record)).isEqualTo(1);
		assertThat(auditCount(de, "disclosure.decide", record)).isEqualTo(1);
	}

	@Test
	void anAlertPublishedOnOneNodeIsScreenedOnThePeerUntilWithdrawn() {
		String number = "FD" + (100000 + new java.util.Random().nextInt(800000));
		Map<String, Object> body = Fixtures.alert("STOLEN_TRAVEL_DOCUMENT", "Passport",
				Map.of("number", List.of(number), "country", List.of("DE")), "SEIZE", agreement.id());
		Api.Response created = deOfficer.post("/api/v1/alerts", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String id = created.at("/id");
		Map<String, Object> query = Map.of("subject", Map.of("schema", "Passport", "properties",
				Map.of("number", List.of(number), "country", List.of("DE"))));
		await(() -> frOfficer.post("/api/v1/screening", query).text().contains(id));
		assertThat(frOfficer.post("/api/v1/screening", query).at("/hits/0/owner")).isEqualTo(deAgency);

		assertThat(deOfficer.post("/api/v1/alerts/" + id + "/withdraw", Map.of()).status()).isEqualTo(200);
		await(() -> !frOfficer.post("/api/v1/screening", query).text().contains(id));
	}

	@Test
	void aHitOnAPeersAlertIsRecordedOnTheOwnersNodeOnceWhereItsFollowUpIsAnsweredAndTheAnswerComesBack() {
		String number = "FH" + (100000 + new java.util.Random().nextInt(800000));
		Api.Response created = deOfficer.post("/api/v1/alerts", Fixtures.alert("STOLEN_TRAVEL_DOCUMENT", "Passport",
				Map.of("number", List.of(number), "country", List.of("DE")), "SEIZE", agreement.id()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String alert = created.at("/id");
		Map<String, Object> query = Map.of("subject", Map.of("schema", "Passport", "properties",
				Map.of("number", List.of(number), "country", List.of("DE"))));
		await(() -> frOfficer.post("/api/v1/screening", query).text().contains(alert));

		// the French asker lists its hit; the German owner gets it with the same id and deadline
		String hit = frOfficer.get("/api/v1/screening/hits").json().valueStream()
			.filter(h -> h.get("alert").asString().equals(alert)).findFirst().orElseThrow().get("id").asString();
		await(() -> deOfficer.get("/api/v1/alerts/" + alert + "/hits").text().contains(hit));
		Api.Response atOwner = deOfficer.get("/api/v1/alerts/" + alert + "/hits");
		assertThat(atOwner.json().size()).isEqualTo(1);
		assertThat(atOwner.at("/0/asker")).isEqualTo(frAgency);
		assertThat(atOwner.at("/0/followUpDue")).isEqualTo(frOfficer.get("/api/v1/screening/hits").json().valueStream()
			.filter(h -> h.get("id").asString().equals(hit)).findFirst().orElseThrow().get("followUpDue").asString());
		assertThat(deOfficer.get("/api/v1/screening/follow-ups").text()).contains(hit);
		// the follow-up request is opened where the owner can answer it, not on the asker's node
		await(() -> de.jdbc().sql("SELECT COUNT(*) FROM msg_message WHERE body LIKE ?").param("%" + hit + "%")
			.query(Long.class).single() == 1);
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM msg_message WHERE body LIKE ?").param("%" + hit + "%")
			.query(Long.class).single()).isZero();

		// the envelope again: applied once
		String messageId = fr.jdbc().sql("SELECT message_id FROM federation_outbox WHERE message_type = ? AND payload LIKE ?")
			.params(HitForwarding.TYPE, "%" + hit + "%").query(String.class).single();
		String payload = fr.jdbc().sql("SELECT payload FROM federation_outbox WHERE message_id = ?").param(messageId)
			.query(String.class).single();
		Api.Response replay = Api.at(de.port).anonymous().post("/federation/v1/envelopes",
				Map.of("envelopes", List.of(seal(fr, de, messageId, HitForwarding.TYPE, payload, Instant.now()))));
		assertThat(replay.at("/results/0/outcome")).isEqualTo("DUPLICATE");
		assertThat(deOfficer.get("/api/v1/alerts/" + alert + "/hits").json().size()).isEqualTo(1);

		Api.Response answered = deOfficer.post("/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up",
				Map.of("answer", "Seize the document; call the duty officer."));
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		await(() -> frOfficer.get("/api/v1/screening/hits").text().contains("call the duty officer"));
	}

		@Test
	void aCaseWithAnAgencyOnThePeerTravelsWithItsAttachmentAndTheAnswerComesBackAndMarksTheRequestAnswered() {
		Map<String, Object> c = new HashMap<>();
		c.put("subject", "Crossing " + UUID.randomUUID());
		c.put("parties", List.of(deAgency));
		c.put("category", "PERSON");
		c.put("purpose", "TERRORISM");
		c.put("legalBasis", agreement.id());
		c.put("priority", "HIGH");
		c.put("classification", "RESTRICTED");
		c.put("tlp", "AMBER");
		c.put("handlingCodes", List.of("H1"));
		c.put("message", Map.of("type", "NOTIFICATION", "body", "Opening the case."));
		Api.Response opened = frOfficer.post("/api/v1/cases", c);
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		String caseId = opened.at("/caseFile/id");
		byte[] content = "travel record, page 1".getBytes(StandardCharsets.UTF_8);
		Api.Response file = frOfficer.postBytes("/api/v1/cases/" + caseId + "/attachments?name=page.txt", "text/plain", content);
		assertThat(file.status()).as(file.text()).isEqualTo(201);
		Api.Response request = frOfficer.post("/api/v1/cases/" + caseId + "/messages", Map.of("type", "REQUEST", "body",
				"Who travelled with him?", "urgent", false, "attachments", List.of(file.at("/id"))));
		assertThat(request.status()).as(request.text()).isEqualTo(201);
		String requestId = request.at("/id");

		await(() -> deOfficer.get("/api/v1/cases/" + caseId).status() == 200
				&& deOfficer.get("/api/v1/cases/" + caseId).json().get("messages").size() == 2);
		Api.Response atDe = deOfficer.get("/api/v1/cases/" + caseId);
		assertThat(atDe.at("/caseFile/reference")).isEqualTo(opened.at("/caseFile/reference"));
		assertThat(atDe.at("/messages/1/body")).isEqualTo("Who travelled with him?");
		assertThat(atDe.at("/messages/1/recipients/0/dueAt")).isEqualTo(request.at("/recipients/0/dueAt"));
		assertThat(deOfficer.get("/api/v1/messages?box=inbox").text()).contains(requestId);
		assertThat(deOfficer.getBytes("/api/v1/cases/" + caseId + "/attachments/" + file.at("/id")).body()).isEqualTo(content);
		assertThat(auditCount(de, "message.receive", requestId)).isEqualTo(1);

		Api.Response answer = deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "ANSWER", "body", "His brother.", "inReplyTo", requestId));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		await(() -> frOfficer.get("/api/v1/cases/" + caseId).json().get("messages").size() == 3);
		Api.Response atFr = frOfficer.get("/api/v1/cases/" + caseId);
		assertThat(atFr.at("/messages/2/body")).isEqualTo("His brother.");
		assertThat(atFr.at("/messages/1/recipients/0/answerId")).isEqualTo(answer.at("/id"));
		// each message stored once on each side
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM msg_message WHERE case_id = ?").param(caseId).query(Long.class).single())
			.isEqualTo(3);
		assertThat(de.jdbc().sql("SELECT COUNT(*) FROM msg_message WHERE case_id = ?").param(caseId).query(Long.class).single())
			.isEqualTo(3);
	}

	/** FR opens a case with DE holding a request; returns the case id and the request id once DE has both. */
	String[] caseFromFrWithRequestSeenOnDe(String subject) {
		Map<String, Object> c = new HashMap<>();
		c.put("subject", subject);
		c.put("parties", List.of(deAgency));
		c.put("category", "PERSON");
		c.put("purpose", "TERRORISM");
		c.put("legalBasis", agreement.id());
		c.put("classification", "RESTRICTED");
		c.put("tlp", "AMBER");
		c.put("message", Map.of("type", "REQUEST", "body", "Anything on the driver?", "urgent", false));
		Api.Response opened = frOfficer.post("/api/v1/cases", c);
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		String caseId = opened.at("/caseFile/id");
		String requestId = opened.at("/messages/0/id");
		await(() -> de.jdbc().sql("SELECT COUNT(*) FROM msg_message WHERE id = ?").param(requestId).query(Long.class).single() == 1);
		return new String[] { caseId, requestId };
	}

	/** A field of DE's receipt of the request, as FR's outbox shows it. */
	String frReceiptField(String requestId, String field) {
		Api.Response outbox = frOfficer.get("/api/v1/messages?box=outbox&size=200");
		int i = outbox.json().findValuesAsString("id").indexOf(requestId);
		assertThat(i).as("the request is in FR's outbox").isGreaterThanOrEqualTo(0);
		return outbox.at("/" + i + "/receipts/0/" + field);
	}

	@Test
	void theRecipientsNodeAcknowledgesReportsTheReadAndTheAnswerAndAStaleReportUndoesNothing() {
		String[] ids = caseFromFrWithRequestSeenOnDe("Receipts " + UUID.randomUUID());
		String caseId = ids[0];
		String requestId = ids[1];
		await(() -> frReceiptField(requestId, "deliveredAt") != null);
		assertThat(frReceiptField(requestId, "readAt")).isNull();

		assertThat(deOfficer.get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
		await(() -> frReceiptField(requestId, "readAt") != null);
		String readAt = frReceiptField(requestId, "readAt");
		assertThat(frReceiptField(requestId, "readBy")).isEqualTo(de.jdbc()
			.sql("SELECT read_by FROM msg_recipient WHERE message_id = ?").param(requestId).query(String.class).single());

		Api.Response answer = deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "ANSWER", "body", "No record of him.", "inReplyTo", requestId));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		await(() -> answer.at("/id").equals(frReceiptField(requestId, "answerId")));
		assertThat(frReceiptField(requestId, "deadline")).isEqualTo("ANSWERED");

		// a report that says less (replayed late, or from before the answer) changes nothing
		String stale = "{\"receipts\":[{\"message\":\"" + requestId + "\",\"agency\":\"" + deAgency
				+ "\",\"deliveredAt\":null,\"readAt\":\"2020-01-01T00:00:00Z\",\"readBy\":\"someone\",\"answeredAt\":null,\"answerId\":null}]}";
		Api.Response applied = Api.at(fr.port).anonymous().post("/federation/v1/envelopes", Map.of("envelopes",
				List.of(seal(de, fr, UUID.randomUUID().toString(), ReceiptForwarding.TYPE, stale, Instant.now()))));
		assertThat(applied.at("/results/0/outcome")).as(applied.text()).isEqualTo("APPLIED");
		assertThat(frReceiptField(requestId, "readAt")).isEqualTo(readAt);
		assertThat(frReceiptField(requestId, "answerId")).isEqualTo(answer.at("/id"));

		// DE may not report for an agency it does not host
		String forged = stale.replace(deAgency, frAgency);
		Api.Response refused = Api.at(fr.port).anonymous().post("/federation/v1/envelopes", Map.of("envelopes",
				List.of(seal(de, fr, UUID.randomUUID().toString(), ReceiptForwarding.TYPE, forged, Instant.now()))));
		assertThat(refused.at("/results/0/reason")).isEqualTo("NOT_HOSTED_BY_SENDER");
	}

	@Test
	void aCaseClosedOnTheOwnersNodeIsClosedOnThePeerWhereAnAnswerIsRefused() {
		String[] ids = caseFromFrWithRequestSeenOnDe("Closing " + UUID.randomUUID());
		Api.Response closed = frOfficer.post("/api/v1/cases/" + ids[0] + "/close", Map.of("reason", "Suspect arrested."));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		await(() -> "CLOSED".equals(deOfficer.get("/api/v1/cases/" + ids[0]).at("/caseFile/status")));
		assertThat(deOfficer.get("/api/v1/cases/" + ids[0]).at("/caseFile/closeReason")).isEqualTo("Suspect arrested.");
		Api.Response late = deOfficer.post("/api/v1/cases/" + ids[0] + "/messages",
				Map.of("type", "ANSWER", "body", "Too late?", "inReplyTo", ids[1]));
		assertThat(late.status()).as(late.text()).isEqualTo(409);
		assertThat(late.at("/type")).isEqualTo("urn:liaison:problem:case-closed");
		assertThat(deOfficer.post("/api/v1/cases/" + ids[0] + "/close", Map.of()).status()).as("DE did not open it").isEqualTo(403);
	}

	@Test
	void aPartyIsAddedOnlyUnderAnAgreementAndTheAdditionIsCarriedToThePeer() {
		String c3 = Fixtures.freshCountry();
		String third = c3 + ".CUSTOMS";
		for (LoopbackNode n : List.of(de, fr)) {
			assertThat(n.admin().post("/api/v1/agencies", Map.of("id", third, "name", "Customs " + c3, "country", c3,
					"kind", "CUSTOMS")).status()).isEqualTo(201);
		}
		String[] ids = caseFromFrWithRequestSeenOnDe("Parties " + UUID.randomUUID());
		Api.Response denied = frOfficer.post("/api/v1/cases/" + ids[0] + "/parties", Map.of("agency", third));
		assertThat(denied.status()).as(denied.text()).isEqualTo(403);
		assertThat(denied.at("/type")).isEqualTo("urn:liaison:problem:no-agreement");
		assertThat(denied.at("/detail")).isNotBlank();
		assertThat(deOfficer.post("/api/v1/cases/" + ids[0] + "/parties", Map.of("agency", third)).status())
			.as("only the owner adds parties").isEqualTo(403);

		Fixtures.AgreementSpec customs = Fixtures.using(fr.admin()).agreement(frAgency.substring(0, 2), c3);
		customs.create();
		assertThat(de.admin().post("/api/v1/agreements", customs.body).status()).isEqualTo(201);
		Api.Response added = frOfficer.post("/api/v1/cases/" + ids[0] + "/parties", Map.of("agency", third));
		assertThat(added.status()).as(added.text()).isEqualTo(200);
		assertThat(added.at("/decision")).isEqualTo("PERMIT");
		assertThat(added.at("/agreement")).isEqualTo(customs.id());
		assertThat(added.at("/explanation")).contains(customs.id());
		assertThat(added.json().at("/caseFile/parties").valueStream().map(p -> p.asString())).contains(third);
		assertThat(frOfficer.post("/api/v1/cases/" + ids[0] + "/parties", Map.of("agency", third)).status()).isEqualTo(409);
		await(() -> de.jdbc().sql("SELECT COUNT(*) FROM msg_case_party WHERE case_id = ? AND agency = ?")
			.params(ids[0], third).query(Long.class).single() == 1);
		assertThat(auditCount(fr, "case.party.add", ids[0])).isEqualTo(2);
		assertThat(auditCount(de, "case.party.receive", ids[0])).isEqualTo(1);
	}

		@Test
	void whatWasQueuedWhileTheReceiverWasDownIsDeliveredOnceWhenItIsBack() {
		fr.stop();
		List<String> records = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String record = createRecord(deOfficer);
			assertThat(deOfficer.post("/api/v1/records/" + record + "/disclosures",
					Map.of("to", frAgency, "purpose", "TERRORISM")).status()).isEqualTo(201);
			records.add(record);
		}
		await(() -> de.jdbc().sql("SELECT COUNT(*) FROM federation_outbox WHERE status = 'QUEUED' AND attempts > 0 "
				+ "AND last_error LIKE 'peer unreachable%'").query(Long.class).single() >= 3);
		Api.Response queued = de.admin().get("/api/v1/federation/outbox?status=QUEUED");
		assertThat(queued.at("/messages/0/lastError")).startsWith("peer unreachable");

		fr.start();
		await(() -> records.stream().allMatch(r -> frOfficer.get("/api/v1/records/" + r).status() == 200));
		for (String r : records) {
			assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM disclosure WHERE record_id = ?").param(r).query(Long.class).single())
				.isEqualTo(1);
		}
		await(() -> de.jdbc().sql("SELECT COUNT(*) FROM federation_outbox WHERE status = 'QUEUED'").query(Long.class)
			.single() == 0);
	}

	@Test
	void aSenderStoppedBetweenCommitAndSendDeliversOnceAfterItsRestart() {
		fr.stop();
		String record = createRecord(deOfficer);
		assertThat(deOfficer.post("/api/v1/records/" + record + "/disclosures",
				Map.of("to", frAgency, "purpose", "TERRORISM")).status()).isEqualTo(201);
		de.stop();
		fr.start();
		de.start();
		await(() -> frOfficer.get("/api/v1/records/" + record).status() == 200);
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM disclosure WHERE record_id = ?").param(record).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aRepeatedEnvelopeIsAppliedOnceAndForgedOnesAreRefusedAndAudited() {
		String envelope = sealFromDe(UUID.randomUUID().toString(), Instant.now());
		Api fromDe = Api.at(fr.port).anonymous();
		Api.Response first = fromDe.post("/federation/v1/envelopes", Map.of("envelopes", List.of(envelope)));
		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.at("/results/0/outcome")).as(first.text()).isEqualTo("REJECTED"); // payload is no alert
		Api.Response again = fromDe.post("/federation/v1/envelopes", Map.of("envelopes", List.of(envelope, envelope)));
		assertThat(again.json().get("results").findValuesAsString("outcome")).containsExactly("REJECTED", "REJECTED");

		String tampered = envelope.substring(0, envelope.length() - 8) + "AAAAAAAA";
		String expired = sealFromDe(UUID.randomUUID().toString(), Instant.now().minus(Duration.ofMinutes(30)));
		Api.Response forged = fromDe.post("/federation/v1/envelopes",
				Map.of("envelopes", List.of(tampered, expired, "garbage", envelope.substring(0, 100))));
		assertThat(forged.json().get("results").findValuesAsString("reason"))
			.containsExactly("UNDECRYPTABLE", "EXPIRED", "MALFORMED", "MALFORMED");
		fr.bean(org.liaison.audit.AuditLog.class).seal();
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'federation.reject'").query(Long.class)
			.single()).isGreaterThanOrEqualTo(5);
		assertThat(fr.admin().get("/api/v1/federation/inbox?outcome=REJECTED").text()).contains("INVALID_PAYLOAD");
	}

	@Test
	void aValidEnvelopeRepeatedIsAnsweredDuplicateAndAppliedOnce() {
		String record = createRecord(deOfficer);
		assertThat(deOfficer.post("/api/v1/records/" + record + "/disclosures",
				Map.of("to", frAgency, "purpose", "TERRORISM")).status()).isEqualTo(201);
		await(() -> frOfficer.get("/api/v1/records/" + record).status() == 200);
		String messageId = de.jdbc().sql("SELECT message_id FROM federation_outbox WHERE payload LIKE ?")
			.param("%" + record + "%").query(String.class).single();
		String payload = de.jdbc().sql("SELECT payload FROM federation_outbox WHERE message_id = ?").param(messageId)
			.query(String.class).single();
		String replay = seal(messageId, DisclosureForwarding.TYPE, payload, Instant.now());
		Api.Response r = Api.at(fr.port).anonymous().post("/federation/v1/envelopes", Map.of("envelopes", List.of(replay)));
		assertThat(r.at("/results/0/outcome")).isEqualTo("DUPLICATE");
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM disclosure WHERE record_id = ?").param(record).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aDecisionMismatchRefusesTheDisclosureAndBothAdministratorsSeeIt() {
		Fixtures.AgreementSpec only = Fixtures.using(de.admin()).agreement(deAgency.substring(0, 2), frAgency.substring(0, 2))
			.with("categories", List.of("ORGANISATION"));
		only.create(); // on the German node only: the French node holds no such agreement
		Map<String, Object> org = new HashMap<>(Fixtures.person("Acme Holdings", "AMBER", "RESTRICTED", List.of()));
		org.put("schema", "Organization");
		org.put("properties", Map.of("name", List.of("Acme Holdings")));
		Api.Response created = deOfficer.post("/api/v1/records", org);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String record = created.at("/id");
		assertThat(deOfficer.post("/api/v1/records/" + record + "/disclosures",
				Map.of("to", frAgency, "purpose", "TERRORISM")).status()).isEqualTo(201);
		await(() -> de.admin().get("/api/v1/federation/outbox/dead-letters").text().contains("AGREEMENT_MISMATCH"));
		assertThat(fr.admin().get("/api/v1/federation/inbox?outcome=REJECTED").text()).contains("AGREEMENT_MISMATCH");
		assertThat(frOfficer.get("/api/v1/records/" + record).status()).isEqualTo(404);

		// once the French node holds the same agreement, a manual retry delivers it
		assertThat(fr.admin().post("/api/v1/agreements", only.body).status()).isEqualTo(201);
		String dead = de.jdbc().sql("SELECT message_id FROM federation_outbox WHERE status = 'DEAD' AND payload LIKE ?")
			.param("%" + record + "%").query(String.class).single();
		assertThat(de.admin().post("/api/v1/federation/outbox/" + dead + "/retry", Map.of()).status()).isEqualTo(202);
		await(() -> frOfficer.get("/api/v1/records/" + record).status() == 200);
	}

	@Test
	void aKeyRotationIsAnnouncedToPeersWhoPinTheNewKeysWhileTheOldStayValid() {
		Api.Response rotated = de.admin().post("/api/v1/federation/node/keys/rotate", Map.of());
		assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
		List<String> fingerprints = rotated.json().get("fingerprints").findValuesAsString("fingerprint");
		assertThat(fingerprints).hasSize(4);
		await(() -> fr.admin().get("/api/v1/federation/peers").json().get(0).get("fingerprints").size() == 4);
		assertThat(fr.admin().get("/api/v1/federation/peers").json().get(0).get("fingerprints").valueStream()
			.map(n -> n.asString()).toList()).containsExactlyInAnyOrderElementsOf(fingerprints);
		// still delivered after the rotation
		String record = createRecord(deOfficer);
		deOfficer.post("/api/v1/records/" + record + "/disclosures", Map.of("to", frAgency, "purpose", "TERRORISM"));
		await(() -> frOfficer.get("/api/v1/records/" + record).status() == 200);
	}

	String createRecord(Api officer) {
		Api.Response r = officer.post("/api/v1/records", Fixtures.person("Ivan Petrov", "AMBER", "RESTRICTED", List.of()));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return r.at("/id");
	}

	String sealFromDe(String id, Instant sent) {
		return seal(id, AlertForwarding.TYPE, "{\"alert\":{\"nonsense\":true}}", sent);
	}

	String seal(String id, String type, String payload, Instant sent) {
		return seal(de, fr, id, type, payload, sent);
	}

	String seal(LoopbackNode from, LoopbackNode to, String id, String type, String payload, Instant sent) {
		var key = from.bean(Peers.class).find(NodeId.of(to.id)).orElseThrow().encryptionKey().orElseThrow();
		EnvelopeHeader h = new EnvelopeHeader(id, NodeId.of(from.id), NodeId.of(to.id), type, sent, sent,
				sent.plus(from.bean(FederationProperties.class).envelopeTtl()));
		return EnvelopeCodec.seal(h, payload.getBytes(StandardCharsets.UTF_8), from.bean(NodeKeys.class).signingKey(), key);
	}

	long delivered(LoopbackNode n) {
		return n.jdbc().sql("SELECT COUNT(*) FROM federation_outbox WHERE status = 'DELIVERED'").query(Long.class).single();
	}

	long auditCount(LoopbackNode n, String action, String subject) {
		n.bean(org.liaison.audit.AuditLog.class).seal();
		return n.jdbc().sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND subject_id = ?").params(action, subject)
			.query(Long.class).single();
	}

	static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not reached within 40 s");
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
