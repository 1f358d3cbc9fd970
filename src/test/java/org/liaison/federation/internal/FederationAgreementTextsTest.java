package org.liaison.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * Agreement texts between the parties' nodes: a text one node records reaches the other party's node as
 * a copy its administrator may adopt; once adopted both see the same version and digest; a suspension on
 * one side only is a mismatch both administrators see, until the other side follows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationAgreementTextsTest {

	LoopbackNode de;
	LoopbackNode fr;
	String c1;
	String c2;

	@BeforeAll
	void startTwoNodesThatPinEachOther() throws IOException {
		de = LoopbackNode.onSuiteDatabase("de");
		fr = LoopbackNode.onSuiteDatabase("fr");
		de.start();
		fr.start();
		c1 = Fixtures.freshCountry();
		c2 = Fixtures.freshCountry();
		FederationScreeningTest.register(de, c1 + ".POLICE", c2 + ".POLICE");
		FederationScreeningTest.register(fr, c1 + ".POLICE", c2 + ".POLICE");
		FederationSyncTest.pin(de, fr, c2 + ".POLICE");
		FederationSyncTest.pin(fr, de, c1 + ".POLICE");
	}

	@AfterAll
	void stopNodes() {
		for (LoopbackNode n : new LoopbackNode[] { de, fr }) {
			if (n != null) {
				n.stop();
			}
		}
	}

	@Test
	void aTextReachesTheOtherPartyIsAdoptedThereAndASuspensionOnOneSideIsAMismatchBothSee() {
		String id = Fixtures.using(de.admin()).agreement(c1, c2).create();
		FederationNodesTest.await(() -> "MISSING_HERE".equals(state(fr, id, "de")));
		FederationNodesTest.await(() -> "MISSING_THERE".equals(state(de, id, "fr")));
		assertThat(fr.admin().get("/api/v1/agreements/" + id).status()).as("a copy is not the node's own").isEqualTo(404);

		Api.Response adopted = fr.admin().post("/api/v1/federation/agreements/" + id + "/adopt", Map.of("from", "de"));
		assertThat(adopted.status()).as(adopted.text()).isEqualTo(201);
		assertThat(fr.admin().get("/api/v1/agreements/" + id).at("/title"))
			.isEqualTo(de.admin().get("/api/v1/agreements/" + id).at("/title"));
		FederationNodesTest.await(() -> "IN_AGREEMENT".equals(state(de, id, "fr")));
		FederationNodesTest.await(() -> "IN_AGREEMENT".equals(state(fr, id, "de")));
		assertThat(peerState(fr, id, "de").get("digest").asString()).isEqualTo(entry(de, id).get("digest").asString());
		assertThat(fr.admin().post("/api/v1/federation/agreements/" + id + "/adopt", Map.of("from", "de")).status())
			.isEqualTo(409);

		assertThat(de.admin().post("/api/v1/agreements/" + id + "/suspend", Map.of()).status()).isEqualTo(200);
		FederationNodesTest.await(() -> "MISMATCH".equals(state(fr, id, "de")));
		FederationNodesTest.await(() -> "MISMATCH".equals(state(de, id, "fr")));
		assertThat(peerState(fr, id, "de").get("version").asLong()).isEqualTo(entry(fr, id).get("version").asLong() + 1);

		assertThat(fr.admin().post("/api/v1/agreements/" + id + "/suspend", Map.of()).status()).isEqualTo(200);
		FederationNodesTest.await(() -> "IN_AGREEMENT".equals(state(de, id, "fr")));
		FederationNodesTest.await(() -> "IN_AGREEMENT".equals(state(fr, id, "de")));
		fr.bean(org.liaison.audit.AuditLog.class).seal();
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'federation.agreement.adopt' AND subject_id = ?")
			.param(id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anAgreementWithoutAPartyOnThePeerStaysHere() {
		String other = Fixtures.freshCountry();
		String id = Fixtures.using(de.admin()).agreement(c1, other).create();
		String control = Fixtures.using(de.admin()).agreement(c1, c2).create();
		FederationNodesTest.await(() -> state(fr, control, "de") != null);
		assertThat(entry(fr, id)).isNull();
		assertThat(entry(de, id).get("peers").size()).isZero();
	}

	@Test
	void onlyANodeAdministratorSeesTheStatesAndAdoptsAndBadInputIsAProblem() {
		Api officer = Api.at(de.port).as(Fixtures.using(de.admin()).user(c1 + ".POLICE", "OFFICER"), Fixtures.PASSWORD);
		assertThat(officer.get("/api/v1/federation/agreements").status()).isEqualTo(403);
		assertThat(de.admin().post("/api/v1/federation/agreements/NOPE/adopt", Map.of("from", "fr")).status()).isEqualTo(404);
		Api.Response noFrom = de.admin().post("/api/v1/federation/agreements/NOPE/adopt", Map.of());
		assertThat(noFrom.status()).isEqualTo(400);
		assertThat(noFrom.text()).contains("from");
	}

	@Test
	void aTextWhoseDigestIsNotItsOwnOrWhosePartiesTheSenderDoesNotHostIsRefused() {
		String id = Fixtures.using(de.admin()).agreement(c1, c2).create();
		JsonNode text = de.admin().get("/api/v1/agreements/" + id).json();
		String forged = "{\"agreement\":" + text + ",\"digest\":\"" + "0".repeat(64) + "\"}";
		Api.Response r = Api.at(fr.port).anonymous().post("/federation/v1/envelopes",
				Map.of("envelopes", List.of(seal(AgreementTexts.TYPE, forged))));
		assertThat(r.at("/results/0/reason")).as(r.text()).isEqualTo("INVALID_PAYLOAD");

		String stranger = Fixtures.freshCountry();
		String foreign = Fixtures.using(fr.admin()).agreement(c2, stranger).create();
		JsonNode foreignText = fr.admin().get("/api/v1/agreements/" + foreign).json();
		String digest = AgreementDigest.of(fr.bean(org.liaison.treaty.Agreements.class).find(foreign).orElseThrow());
		Api.Response claimed = Api.at(fr.port).anonymous().post("/federation/v1/envelopes", Map.of("envelopes",
				List.of(seal(AgreementTexts.TYPE, "{\"agreement\":" + foreignText + ",\"digest\":\"" + digest + "\"}"))));
		assertThat(claimed.at("/results/0/reason")).as(claimed.text()).isEqualTo("NOT_HOSTED_BY_SENDER");
	}

	String seal(String type, String payload) {
		var key = de.bean(Peers.class).find(NodeId.of("fr")).orElseThrow().encryptionKey().orElseThrow();
		Instant now = Instant.now();
		EnvelopeHeader h = new EnvelopeHeader(UUID.randomUUID().toString(), NodeId.of("de"), NodeId.of("fr"), type, now, now,
				now.plus(de.bean(FederationProperties.class).envelopeTtl()));
		return EnvelopeCodec.seal(h, payload.getBytes(StandardCharsets.UTF_8), de.bean(NodeKeys.class).signingKey(), key);
	}

	static JsonNode entry(LoopbackNode n, String agreement) {
		for (JsonNode a : n.admin().get("/api/v1/federation/agreements").json()) {
			if (a.get("agreement").asString().equals(agreement)) {
				return a;
			}
		}
		return null;
	}

	static JsonNode peerState(LoopbackNode n, String agreement, String peer) {
		JsonNode a = entry(n, agreement);
		if (a == null) {
			return null;
		}
		for (JsonNode p : a.get("peers")) {
			if (p.get("node").asString().equals(peer)) {
				return p;
			}
		}
		return null;
	}

	static String state(LoopbackNode n, String agreement, String peer) {
		JsonNode p = peerState(n, agreement, peer);
		return p == null ? null : p.get("state").asString();
	}
}
