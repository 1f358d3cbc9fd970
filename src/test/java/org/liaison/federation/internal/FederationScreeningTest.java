package org.liaison.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peers;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * Remote screening between real nodes on loopback: a German asker, a French peer that answers, an
 * international one whose copy of the agreements lets the asker query nothing (it refuses), a peer
 * that accepts connections but never answers (timed out) and one that is down (unreachable).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationScreeningTest {

	LoopbackNode de;
	LoopbackNode fr;
	LoopbackNode in;
	ServerSocket silent;
	String deAgency;
	String frAgency;
	String inAgency;
	String slowAgency;
	String goneAgency;
	Api deOfficer;
	Api frOfficer;
	String deFr;
	String unreplicated;

	@BeforeAll
	void startThreeNodesAndPinTwoThatDoNotAnswer() throws IOException {
		// the asker catches up with no one: what it learns of the French alerts, it learns by asking
		de = LoopbackNode.onSuiteDatabase("de").with("liaison.federation.sync-interval", "PT1H")
			.with("liaison.federation.sync-initial-delay", "PT1H")
			.with("liaison.federation.screening-budget", "PT4S");
		fr = LoopbackNode.onSuiteDatabase("fr");
		in = LoopbackNode.onSuiteDatabase("int");
		de.start();
		fr.start();
		in.start();
		String[] c = { Fixtures.freshCountry(), Fixtures.freshCountry(), Fixtures.freshCountry(), Fixtures.freshCountry(),
				Fixtures.freshCountry() };
		deAgency = c[0] + ".POLICE";
		frAgency = c[1] + ".POLICE";
		inAgency = c[2] + ".POLICE";
		slowAgency = c[3] + ".POLICE";
		goneAgency = c[4] + ".POLICE";
		register(de, deAgency, frAgency, inAgency, slowAgency, goneAgency);
		register(fr, deAgency, frAgency);
		register(in, deAgency, inAgency);
		List<String> both = List.of("PERSON", "TRAVEL_DOCUMENT");
		var deFrSpec = Fixtures.using(de.admin()).agreement(c[0], c[1]).with("categories", both);
		deFr = deFrSpec.create();
		assertThat(fr.admin().post("/api/v1/agreements", deFrSpec.body).status()).isEqualTo(201);
		// on the asker's side only: the international node holds no agreement with the asker
		Fixtures.using(de.admin()).agreement(c[0], c[2]).with("categories", both).create();
		Fixtures.using(de.admin()).agreement(c[0], c[3]).with("categories", List.of("PERSON")).create();
		Fixtures.using(de.admin()).agreement(c[0], c[4]).with("categories", both).create();
		deOfficer = Api.at(de.port).as(Fixtures.using(de.admin()).user(deAgency, "OFFICER"), Fixtures.PASSWORD);
		frOfficer = Api.at(fr.port).as(Fixtures.using(fr.admin()).user(frAgency, "OFFICER"), Fixtures.PASSWORD);

		// published before the French node knew the asker, and the asker does not catch up: never replicated there
		unreplicated = publishOnFr();
		FederationSyncTest.pin(de, fr, frAgency);
		FederationSyncTest.pin(fr, de, deAgency);
		FederationSyncTest.pin(de, in, inAgency);
		FederationSyncTest.pin(in, de, deAgency);
		silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
		int closed;
		try (ServerSocket s = new ServerSocket(0)) {
			closed = s.getLocalPort();
		}
		JsonNode frDocument = Api.at(fr.port).anonymous().get("/.well-known/liaison-node").json();
		pinWithKeys("slow", silent.getLocalPort(), frDocument, slowAgency);
		pinWithKeys("gone", closed, frDocument, goneAgency);
	}

	@AfterAll
	void stopNodes() throws IOException {
		for (LoopbackNode n : new LoopbackNode[] { de, fr, in }) {
			if (n != null) {
				n.stop();
			}
		}
		if (silent != null) {
			silent.close();
		}
	}

	@Test
	void eachPeerTheAskerMayQueryIsAskedAndItsStatusReported() {
		Api.Response r = deOfficer.post("/api/v1/screening", Map.of("scope", "FEDERATION", "subject",
				Map.of("schema", "Person", "properties", Map.of("name", List.of("Jean Inconnu " + UUID.randomUUID())))));
		assertThat(r.status()).as(r.text()).isEqualTo(200);
		assertThat(r.at("/result")).isEqualTo("NO_HIT");
		Map<String, JsonNode> peers = byNode(r);
		assertThat(peers.keySet()).containsExactlyInAnyOrder("fr", "int", "slow", "gone");
		assertThat(peers.get("fr").get("status").asString()).isEqualTo("ANSWERED");
		assertThat(peers.get("fr").get("hits").asInt()).isZero();
		assertThat(peers.get("fr").get("latencyMs").asLong()).isBetween(0L, 4000L);
		assertThat(peers.get("int").get("status").asString()).isEqualTo("REFUSED");
		assertThat(peers.get("int").get("reason").asString()).isEqualTo("NO_AGREEMENT");
		assertThat(peers.get("slow").get("status").asString()).isEqualTo("TIMED_OUT");
		assertThat(peers.get("gone").get("status").asString()).isEqualTo("UNREACHABLE");
		// both sides audit: the asker its fan-out, the peers what they answered
		assertThat(auditDetail(de, "screening.fan-out")).contains("fr=ANSWERED", "int=REFUSED", "slow=TIMED_OUT",
				"gone=UNREACHABLE");
		assertThat(auditCount(fr, "screening.remote-query", "NO_HIT")).isGreaterThanOrEqualTo(1);
		assertThat(auditCount(in, "screening.remote-query", "REFUSED")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aPeersAlertTheAskerDoesNotHoldIsFoundByAskingAndTheOwnerGetsTheHit() {
		Map<String, Object> subject = passport(unreplicated);
		assertThat(deOfficer.post("/api/v1/screening", Map.of("subject", subject)).at("/result")).isEqualTo("NO_HIT");
		assertThat(deOfficer.post("/api/v1/screening", Map.of("subject", subject)).json().has("peers")).isFalse();

		Api.Response r = deOfficer.post("/api/v1/screening", Map.of("scope", "FEDERATION", "subject", subject));
		assertThat(r.status()).as(r.text()).isEqualTo(200);
		assertThat(r.at("/result")).isEqualTo("HIT");
		assertThat(r.json().get("hits").size()).isEqualTo(1);
		assertThat(r.at("/hits/0/owner")).isEqualTo(frAgency);
		String alert = r.at("/hits/0/alert");
		// a travel document: the peer that agreed to persons only is not asked
		assertThat(byNode(r).keySet()).containsExactlyInAnyOrder("fr", "int", "gone");
		assertThat(byNode(r).get("fr").get("hits").asInt()).isEqualTo(1);
		// the owner's node recorded the hit, with the asker, and opened its follow-up there
		Api.Response hits = frOfficer.get("/api/v1/alerts/" + alert + "/hits");
		assertThat(hits.json().size()).isEqualTo(1);
		assertThat(hits.at("/0/asker")).isEqualTo(deAgency);
		String hit = hits.at("/0/id");
		FederationNodesTest.await(() -> fr.jdbc().sql("SELECT COUNT(*) FROM msg_message WHERE body LIKE ?")
			.param("%" + hit + "%").query(Long.class).single() == 1);
		// the asker keeps the hit under the owner's id, and the alert as a replica: screened here from now on
		assertThat(deOfficer.get("/api/v1/screening/hits").text()).contains(hit);
		assertThat(deOfficer.post("/api/v1/screening", Map.of("subject", subject)).at("/hits/0/alert")).isEqualTo(alert);
		Api.Response answered = frOfficer.post("/api/v1/alerts/" + alert + "/hits/" + hit + "/follow-up",
				Map.of("answer", "Seize it and call us."));
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		FederationNodesTest.await(() -> deOfficer.get("/api/v1/screening/hits").text().contains("Seize it and call us."));
	}

	@Test
	void anAlertHeldHereAndAnsweredByItsOwnerIsOneHitRecordedOnce() {
		Map<String, Object> subject = passport(publishOnFr());
		FederationNodesTest.await(() -> "HIT".equals(deOfficer.post("/api/v1/screening", Map.of("subject", subject)).at("/result")));
		Api.Response r = deOfficer.post("/api/v1/screening", Map.of("scope", "FEDERATION", "subject", subject));
		assertThat(r.json().get("hits").size()).as(r.text()).isEqualTo(1);
		assertThat(byNode(r).get("fr").get("hits").asInt()).isEqualTo(1);
		String alert = r.at("/hits/0/alert");
		// the two local screenings that hit it were reported through the outbox; the federated answer recorded none
		FederationNodesTest.await(() -> frOfficer.get("/api/v1/alerts/" + alert + "/hits").json().size() == 2);
		assertThat(deOfficer.get("/api/v1/screening/hits").json().valueStream()
			.filter(h -> h.get("alert").asString().equals(alert)).count()).isEqualTo(2);
	}

	@Test
	void aForgedOrReplayedScreeningRequestIsRefusedAndAudited() {
		String request = "{\"asker\":\"" + deAgency + "\",\"subject\":{\"schema\":\"Passport\",\"properties\":"
				+ "{\"number\":[\"X1234567\"]}},\"known\":[]}";
		String sealed = seal(request);
		Api anyone = Api.at(fr.port).anonymous();
		Api.Response first = anyone.post("/federation/v1/screening", Map.of("request", sealed));
		assertThat(first.status()).as(first.text()).isEqualTo(200);
		Api.Response again = anyone.post("/federation/v1/screening", Map.of("request", sealed));
		assertThat(again.status()).isEqualTo(403);
		assertThat(again.at("/reason")).isEqualTo("REPLAYED");
		Api.Response impostor = anyone.post("/federation/v1/screening",
				Map.of("request", seal(request.replace(deAgency, frAgency))));
		assertThat(impostor.at("/reason")).isEqualTo("NOT_HOSTED_BY_SENDER");
		Api.Response tampered = anyone.post("/federation/v1/screening",
				Map.of("request", sealed.substring(0, sealed.length() - 8) + "AAAAAAAA"));
		assertThat(tampered.at("/reason")).isEqualTo("UNDECRYPTABLE");
		assertThat(anyone.post("/federation/v1/screening", Map.of("request", "garbage")).at("/reason")).isEqualTo("MALFORMED");
		assertThat(anyone.post("/federation/v1/screening", Map.of()).status()).isEqualTo(400);
		for (String reason : List.of("REPLAYED", "NOT_HOSTED_BY_SENDER", "UNDECRYPTABLE", "MALFORMED")) {
			assertThat(auditCount(fr, "federation.reject", reason)).as(reason).isGreaterThanOrEqualTo(1);
		}
	}

	String seal(String payload) {
		var encryption = de.bean(Peers.class).find(NodeId.of("fr")).orElseThrow().encryptionKey().orElseThrow();
		Instant now = Instant.now();
		EnvelopeHeader h = new EnvelopeHeader(UUID.randomUUID().toString(), NodeId.of("de"), NodeId.of("fr"),
				ScreeningRequests.REQUEST, now, now, now.plus(de.bean(FederationProperties.class).envelopeTtl()));
		return EnvelopeCodec.seal(h, payload.getBytes(StandardCharsets.UTF_8), de.bean(NodeKeys.class).signingKey(), encryption);
	}

	String publishOnFr() {
		String number = "FX" + (100000 + new java.util.Random().nextInt(800000));
		Api.Response created = frOfficer.post("/api/v1/alerts", Fixtures.alert("STOLEN_TRAVEL_DOCUMENT", "Passport",
				Map.of("number", List.of(number), "country", List.of("FR")), "SEIZE", deFr));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return number;
	}

	static Map<String, Object> passport(String number) {
		return Map.of("schema", "Passport", "properties", Map.of("number", List.of(number), "country", List.of("FR")));
	}

	static Map<String, JsonNode> byNode(Api.Response r) {
		Map<String, JsonNode> out = new java.util.HashMap<>();
		r.json().get("peers").forEach(p -> out.put(p.get("node").asString(), p));
		return out;
	}

	static void register(LoopbackNode n, String... agencies) {
		for (String a : agencies) {
			Api.Response r = n.admin().post("/api/v1/agencies",
					Map.of("id", a, "name", "Agency " + a, "country", a.substring(0, 2), "kind", "POLICE"));
			assertThat(r.status()).as(r.text()).isEqualTo(201);
		}
	}

	void pinWithKeys(String node, int port, JsonNode document, String agency) {
		Api.Response r = de.admin().post("/api/v1/federation/peers", Map.of("nodeId", node, "baseUrl",
				"http://127.0.0.1:" + port, "keys", document.get("keys"), "fingerprints",
				document.get("fingerprints").findValuesAsString("fingerprint"), "agencies", List.of(agency)));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
	}

	static long auditCount(LoopbackNode n, String action, String outcome) {
		n.bean(org.liaison.audit.AuditLog.class).seal();
		return n.jdbc().sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND outcome = ?").params(action, outcome)
			.query(Long.class).single();
	}

	static String auditDetail(LoopbackNode n, String action) {
		n.bean(org.liaison.audit.AuditLog.class).seal();
		return n.jdbc().sql("SELECT detail FROM audit_entry WHERE action = ? ORDER BY seq DESC LIMIT 1").param(action)
			.query(String.class).single();
	}
}
