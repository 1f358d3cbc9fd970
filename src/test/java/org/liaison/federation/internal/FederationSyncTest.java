package org.liaison.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;

/**
 * Catching up from a cursor between two real nodes: a French node pinned after the German one
 * published alerts gets them all; after an outage during which the German node published and withdrew
 * alerts, and its queued envelopes to the French node were lost, the French node catches up again from
 * where it stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationSyncTest {

	LoopbackNode de;
	LoopbackNode fr;
	String deAgency;
	String frAgency;
	Api deOfficer;
	Api frOfficer;
	Fixtures.AgreementSpec agreement;

	@BeforeAll
	void startTwoNodesThatDoNotKnowEachOtherYet() throws IOException {
		de = fast(new LoopbackNode("de"));
		fr = fast(new LoopbackNode("fr"));
		de.start();
		fr.start();
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		deAgency = c1 + ".POLICE";
		frAgency = c2 + ".POLICE";
		for (LoopbackNode n : List.of(de, fr)) {
			for (String a : List.of(deAgency, frAgency)) {
				assertThat(n.admin().post("/api/v1/agencies",
						Map.of("id", a, "name", "Agency " + a, "country", a.substring(0, 2), "kind", "POLICE")).status())
					.isEqualTo(201);
			}
		}
		agreement = Fixtures.using(de.admin()).agreement(c1, c2).with("categories", List.of("PERSON", "TRAVEL_DOCUMENT"));
		agreement.create();
		assertThat(fr.admin().post("/api/v1/agreements", agreement.body).status()).isEqualTo(201);
		deOfficer = Api.at(de.port).as(Fixtures.using(de.admin()).user(deAgency, "OFFICER"), Fixtures.PASSWORD);
		frOfficer = Api.at(fr.port).as(Fixtures.using(fr.admin()).user(frAgency, "OFFICER"), Fixtures.PASSWORD);
	}

	static LoopbackNode fast(LoopbackNode n) {
		return n.with("liaison.federation.sync-interval", "PT0.3S")
			.with("liaison.federation.sync-initial-delay", "PT0.3S")
			.with("liaison.federation.sync-settle", "PT0.1S")
			.with("liaison.federation.sync-page-size", 2);
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
	void aPeerPinnedLateCatchesUpAndAfterAnOutageCatchesUpFromItsCursor() {
		List<String> numbers = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			publish(numbers, ids);
		}
		pin(de, fr, frAgency);
		pin(fr, de, deAgency);
		for (String number : numbers) {
			FederationNodesTest.await(() -> screened(number));
		}
		FederationNodesTest.await(() -> cursorAtFr() == lastSeqAtDe());
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM alert WHERE origin_node = 'de'").query(Long.class).single()).isEqualTo(5);
		// the pages of two went through the signed and encrypted exchange, and were audited on both sides
		de.bean(org.liaison.audit.AuditLog.class).seal();
		assertThat(de.jdbc().sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'federation.sync.serve'").query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);

		fr.stop();
		String withdrawn = ids.get(0);
		assertThat(deOfficer.post("/api/v1/alerts/" + withdrawn + "/withdraw", Map.of()).status()).isEqualTo(200);
		List<String> later = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			publish(later, new ArrayList<>());
		}
		// what was queued for the French node is lost: the cursor alone must bring it up to date
		de.jdbc().sql("DELETE FROM federation_outbox WHERE recipient = 'fr' AND status <> 'DELIVERED'").update();
		fr.start();
		for (String number : later) {
			FederationNodesTest.await(() -> screened(number));
		}
		FederationNodesTest.await(() -> !screened(numbers.get(0)));
		assertThat(fr.jdbc().sql("SELECT status FROM alert WHERE id = ?").param(withdrawn).query(String.class).single())
			.isEqualTo("WITHDRAWN");
		FederationNodesTest.await(() -> cursorAtFr() == lastSeqAtDe());
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM alert WHERE origin_node = 'de'").query(Long.class).single()).isEqualTo(8);
	}

	@Test
	void aSyncRequestThatIsNotASealedEnvelopeOfAPeerIsRefused() {
		Api.Response r = Api.at(de.port).anonymous().post("/federation/v1/sync", Map.of("request", "garbage"));
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.at("/reason")).isEqualTo("MALFORMED");
	}

	void publish(List<String> numbers, List<String> ids) {
		String number = "FS" + (100000 + new java.util.Random().nextInt(800000));
		Api.Response created = deOfficer.post("/api/v1/alerts", Fixtures.alert("STOLEN_TRAVEL_DOCUMENT", "Passport",
				Map.of("number", List.of(number), "country", List.of("DE")), "SEIZE", agreement.id()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		numbers.add(number);
		ids.add(created.at("/id"));
	}

	boolean screened(String number) {
		Api.Response r = frOfficer.post("/api/v1/screening", Map.of("subject", Map.of("schema", "Passport", "properties",
				Map.of("number", List.of(number), "country", List.of("DE")))));
		return r.status() == 200 && r.at("/result").equals("HIT");
	}

	long cursorAtFr() {
		return fr.jdbc().sql("SELECT COALESCE(MAX(after_seq), 0) FROM federation_sync_cursor WHERE peer = 'de'")
			.query(Long.class).single();
	}

	long lastSeqAtDe() {
		return de.jdbc().sql("SELECT COALESCE(MAX(seq), 0) FROM federation_alert_log").query(Long.class).single();
	}

	static void pin(LoopbackNode at, LoopbackNode peer, String hostedAgency) {
		Api.Response doc = Api.at(peer.port).anonymous().get("/.well-known/liaison-node");
		List<String> fingerprints = doc.json().get("fingerprints").findValuesAsString("fingerprint");
		Api.Response r = at.admin().post("/api/v1/federation/peers", Map.of("nodeId", peer.id, "baseUrl",
				"http://127.0.0.1:" + peer.port, "fingerprints", fingerprints, "agencies", List.of(hostedAgency)));
		assertThat(r.status()).as(r.text()).isEqualTo(201);
	}
}
