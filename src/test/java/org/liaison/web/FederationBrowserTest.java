package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;
import org.liaison.support.Fixtures;
import org.openqa.selenium.By;

/**
 * The node administrator's federation page: reads this node's fingerprints, pins a peer by typing the
 * fingerprints its administrator read out (a wrong one is refused beside the form), sees the deliveries
 * and a dead letter with its reason, retries it, reads what peers sent that was refused, and removes the
 * peer.
 */
class FederationBrowserTest extends BrowserTest {

	@Test
	void nodeAdministratorPinsAPeerByItsFingerprintsRetriesADeadLetterAndRemovesThePeer() throws Exception {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		String peer = "p" + UUID.randomUUID().toString().substring(0, 8);
		ECKey sig = key(KeyUse.SIGNATURE);
		ECKey enc = key(KeyUse.ENCRYPTION);
		String keys = new JWKSet(List.of(sig.toPublicJWK(), enc.toPublicJWK())).toString();
		String dead = UUID.randomUUID().toString();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("INSERT INTO federation_outbox (message_id, recipient, message_type, payload, created_at, status, attempts, "
				+ "next_attempt, last_error) VALUES (?, ?, 'alert.state', '{}', ?, 'DEAD', 12, ?, ?)")
			.params(dead, peer, now, now, "gave up after 12 attempts: TLS handshake with the peer failed: validity check failed")
			.update();
		String refused = UUID.randomUUID().toString();
		jdbc.sql("INSERT INTO federation_inbox (message_id, sender, message_type, created_at, received_at, outcome, detail) "
				+ "VALUES (?, ?, 'record.disclosure', ?, ?, 'REJECTED', 'AGREEMENT_MISMATCH: no agreement DE-FR-1 v2 here')")
			.params(refused, peer, now, now).update();

		browser.signIn("admin", ADMIN_PASSWORD);
		browser.open("/federation");
		assertThat(browser.unlabelledFields()).isEmpty();
		assertThat(browser.text(By.id("node-id"))).isEqualTo("local");
		assertThat(browser.find(By.id("node-fingerprints")).findElements(By.cssSelector("tbody tr"))).hasSize(2);
		assertThat(browser.text(By.id("node-fingerprints"))).contains("signing", "encryption");

		fillPeer(peer, sig.computeThumbprint().toString(), "not-the-fingerprint", agency, keys);
		browser.clickAndWaitForPage(By.cssSelector("form[action='/federation/peers'] button"));
		assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("not those of the keys");
		assertThat(browser.find(By.id("peer-id")).getAttribute("value")).as("the form keeps what was typed").isEqualTo(peer);

		browser.find(By.id("peer-enc")).clear();
		browser.find(By.id("peer-enc")).sendKeys(enc.computeThumbprint().toString());
		browser.clickAndWaitForPage(By.cssSelector("form[action='/federation/peers'] button"));
		assertThat(browser.text(By.id("status"))).isEqualTo("Peer " + peer + " pinned: its keys match the fingerprints you typed.");
		assertThat(browser.text(By.id("peer-" + peer))).contains("https://" + peer + ".example", agency,
				sig.computeThumbprint().toString(), enc.computeThumbprint().toString());

		assertThat(browser.text(By.id("dead-" + dead))).contains(peer, "alert.state", "12", "validity check failed");
		assertThat(Long.parseLong(browser.text(By.id("count-dead")))).isGreaterThanOrEqualTo(1);
		assertThat(browser.text(By.id("rejected"))).contains(refused, peer, "AGREEMENT_MISMATCH");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("console-federation.png");

		browser.clickAndWaitForPage(By.cssSelector("#dead-" + dead.replace("-", "\\-") + " button"));
		assertThat(browser.text(By.id("status"))).isEqualTo("Message " + dead + " queued again.");
		assertThat(jdbc.sql("SELECT status FROM federation_outbox WHERE message_id = ?").param(dead).query(String.class)
			.single()).isIn("QUEUED", "DEAD");
		assertThat(browser.driver.findElements(By.id("dead-" + dead))).isEmpty();

		browser.clickAndWaitForPage(By.cssSelector("#peer-" + peer + " button"));
		assertThat(browser.text(By.id("status"))).startsWith("Peer " + peer + " removed");
		assertThat(browser.driver.findElements(By.id("peer-" + peer))).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
		browser.signOut();
	}

	@Test
	void officersHaveNoFederationPage() {
		String officer = fixtures.user(fixtures.agency(Fixtures.freshCountry(), "POLICE"), "OFFICER");
		browser.signIn(officer, Fixtures.PASSWORD);
		assertThat(browser.driver.findElements(By.linkText("Federation"))).isEmpty();
		browser.open("/federation");
		assertThat(browser.driver.findElements(By.id("node-fingerprints"))).isEmpty();
		browser.signOut();
	}

	void fillPeer(String id, String sig, String enc, String agency, String keys) {
		browser.find(By.id("peer-id")).sendKeys(id);
		browser.find(By.id("peer-url")).sendKeys("https://" + id + ".example");
		browser.find(By.id("peer-sig")).sendKeys(sig);
		browser.find(By.id("peer-enc")).sendKeys(enc);
		browser.find(By.cssSelector("input[name=agencies][value='" + agency + "']")).click();
		browser.find(By.id("peer-keys")).sendKeys(keys);
	}

	static ECKey key(KeyUse use) throws JOSEException {
		return new ECKeyGenerator(Curve.P_256).keyUse(use).generate();
	}

}
