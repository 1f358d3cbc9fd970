package org.liaison.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.audit.AuditLog;
import org.liaison.federation.FederationProperties;
import org.liaison.federation.NodeId;
import org.liaison.federation.Peers;
import org.liaison.support.Api;
import tools.jackson.databind.node.ObjectNode;

/**
 * Batches (wire format 2) between two real nodes: the German node's dispatcher polls only once a
 * minute here, so every delivery below rides on the wake-up at commit; batches posted by hand show
 * that the receiver refuses a bad batch whole and a bad item alone, and applies a repeated id once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationBatchesTest {

	TestNode de;
	TestNode fr;
	/** The outbox payload of a disclosure from the German to the French node, applied there. */
	String template;
	String templateId;

	@BeforeAll
	void startTwoNodesAndDiscloseOnce() throws IOException {
		de = new TestNode("de").with("liaison.federation.allow-plain-http", true)
			.with("liaison.federation.dispatch-interval", "PT1M").start();
		fr = new TestNode("fr").with("liaison.federation.allow-plain-http", true).start();
		template = FederationThroughput.setUp(de, fr);
		templateId = de.jdbc().sql("SELECT message_id FROM federation_outbox WHERE payload = ?").param(template)
			.query(String.class).single();
	}

	@AfterAll
	void stopNodes() {
		de.stop();
		fr.stop();
	}

	@Test
	void aMessageLeavesWhenItsTransactionCommitsNotAtTheNextPoll() {
		long t0 = System.nanoTime();
		List<String> ids = FederationThroughput.enqueue(de, template, 3);
		FederationNodesTest.await(() -> de.jdbc().sql("SELECT COUNT(*) FROM federation_outbox WHERE status = 'DELIVERED' "
				+ "AND message_id IN (?, ?, ?)").params(ids.get(0), ids.get(1), ids.get(2)).query(Long.class).single() == 3);
		assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM federation_inbox WHERE outcome = 'APPLIED' AND message_id IN (?, ?, ?)")
			.params(ids.get(0), ids.get(1), ids.get(2)).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aReplayedIdInsideAFreshBatchIsAnsweredDuplicateWhileTheOtherItemsApply() {
		String fresh = UUID.randomUUID().toString();
		String record = UUID.randomUUID().toString();
		Api.Response r = post(sealFromDe(header(templateId, NodeId.of("fr")), template, header(fresh, NodeId.of("fr")),
				copy(template, record)));
		assertThat(r.json().get("results").findValuesAsString("outcome")).as(r.text()).containsExactly("DUPLICATE", "APPLIED");
		assertThat(r.at("/results/0/reason")).isEqualTo("REPLAYED");
		assertThat(recordsOnFr(record)).isEqualTo(1);
		assertThat(recordsOnFr(recordOf(template))).isEqualTo(1);
		assertThat(audited("federation.replay", templateId)).isEqualTo(1);
	}

	@Test
	void aBadItemIsRefusedAloneAndTheOthersApply() {
		String bad = UUID.randomUUID().toString();
		String record = UUID.randomUUID().toString();
		Api.Response r = post(sealFromDe(header(bad, NodeId.of("fr")), "{\"transfer\":{\"nonsense\":true}}",
				header(UUID.randomUUID().toString(), NodeId.of("fr")), copy(template, record)));
		assertThat(r.json().get("results").findValuesAsString("outcome")).as(r.text()).containsExactly("REJECTED", "APPLIED");
		assertThat(r.at("/results/0/reason")).isEqualTo("INVALID_PAYLOAD");
		assertThat(recordsOnFr(record)).isEqualTo(1);
		assertThat(fr.jdbc().sql("SELECT outcome FROM federation_inbox WHERE message_id = ?").param(bad).query(String.class)
			.single()).isEqualTo("REJECTED");
		assertThat(audited("federation.reject", bad)).isEqualTo(1);
	}

	@Test
	void aBatchForAnotherNodeIsRefusedWholeAndAudited() {
		NodeId elsewhere = NodeId.of("int");
		String record = UUID.randomUUID().toString();
		String id = UUID.randomUUID().toString();
		EnvelopeHeader batch = header(UUID.randomUUID().toString(), elsewhere, EnvelopeCodec.BATCH);
		String sealed = EnvelopeCodec.sealBatch(batch, List.of(item(header(id, elsewhere), copy(template, record))),
				de.bean(NodeKeys.class).signingKey(), frEncryptionKey());
		Api.Response r = post(sealed);
		assertThat(r.at("/rejected/reason")).as(r.text()).isEqualTo("WRONG_RECIPIENT");
		assertThat(r.json().get("results").size()).isZero();
		assertThat(recordsOnFr(record)).isZero();
		assertThat(audited("federation.reject", batch.id())).isEqualTo(1);
	}

	@Test
	void aTamperedOrTruncatedBatchIsRefusedWholeAndNothingInItIsApplied() {
		String record = UUID.randomUUID().toString();
		String id = UUID.randomUUID().toString();
		String sealed = sealFromDe(header(id, NodeId.of("fr")), copy(template, record));
		String[] parts = sealed.split("\\.");
		char[] ciphertext = parts[3].toCharArray();
		ciphertext[ciphertext.length / 2] = ciphertext[ciphertext.length / 2] == 'A' ? 'B' : 'A';
		parts[3] = new String(ciphertext);
		assertThat(post(String.join(".", parts)).at("/rejected/reason")).isEqualTo("UNDECRYPTABLE");
		assertThat(post(sealed.substring(0, sealed.length() - 40)).at("/rejected/reason")).isIn("UNDECRYPTABLE", "MALFORMED");
		assertThat(recordsOnFr(record)).isZero();
		assertThat(fr.jdbc().sql("SELECT COUNT(*) FROM federation_inbox WHERE message_id = ?").param(id).query(Long.class)
			.single()).isZero();
		// the same batch untouched is applied
		assertThat(post(sealed).at("/results/0/outcome")).isEqualTo("APPLIED");
		assertThat(recordsOnFr(record)).isEqualTo(1);
	}

	Api.Response post(String batch) {
		Api.Response r = Api.at(fr.port).anonymous().post("/federation/v2/batches", Map.of("batch", batch));
		assertThat(r.status()).as(r.text()).isEqualTo(200);
		return r;
	}

	String sealFromDe(EnvelopeHeader first, String firstPayload, Object... more) {
		List<EnvelopeCodec.Item> items = new java.util.ArrayList<>(List.of(item(first, firstPayload)));
		for (int i = 0; i < more.length; i += 2) {
			items.add(item((EnvelopeHeader) more[i], (String) more[i + 1]));
		}
		return EnvelopeCodec.sealBatch(header(UUID.randomUUID().toString(), NodeId.of("fr"), EnvelopeCodec.BATCH), items,
				de.bean(NodeKeys.class).signingKey(), frEncryptionKey());
	}

	com.nimbusds.jose.jwk.ECKey frEncryptionKey() {
		return de.bean(Peers.class).find(NodeId.of("fr")).orElseThrow().encryptionKey().orElseThrow();
	}

	EnvelopeHeader header(String id, NodeId recipient) {
		return header(id, recipient, DisclosureForwarding.TYPE);
	}

	EnvelopeHeader header(String id, NodeId recipient, String type) {
		Instant now = Instant.now();
		return new EnvelopeHeader(id, NodeId.of("de"), recipient, type, now, now,
				now.plus(de.bean(FederationProperties.class).envelopeTtl()));
	}

	static EnvelopeCodec.Item item(EnvelopeHeader h, String payload) {
		return new EnvelopeCodec.Item(h, payload.getBytes(StandardCharsets.UTF_8));
	}

	/** The template disclosure of another record (fresh record and disclosure ids). */
	static String copy(String template, String record) {
		ObjectNode p = (ObjectNode) Api.JSON.readTree(template);
		((ObjectNode) p.get("transfer").get("record")).put("id", record);
		ObjectNode d = (ObjectNode) p.get("transfer").get("disclosure");
		d.put("id", UUID.randomUUID().toString());
		d.put("record", record);
		return Api.JSON.writeValueAsString(p);
	}

	static String recordOf(String payload) {
		return Api.JSON.readTree(payload).at("/transfer/record/id").asString();
	}

	long recordsOnFr(String record) {
		return fr.jdbc().sql("SELECT COUNT(*) FROM disclosure WHERE record_id = ?").param(record).query(Long.class).single();
	}

	long audited(String action, String subject) {
		fr.bean(AuditLog.class).seal();
		return fr.jdbc().sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND subject_id = ?").params(action, subject)
			.query(Long.class).single();
	}
}
