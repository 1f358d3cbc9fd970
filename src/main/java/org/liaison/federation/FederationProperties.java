package org.liaison.federation;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code liaison.federation.*}: who this node is, how its private keys are protected at rest, which
 * peers to pin at start, and how envelopes are timed and retried.
 *
 * @param nodeId this node's id ({@code LIAISON_NODE_ID})
 * @param keyPassword the password the private keys are encrypted under; when blank, {@code keyFile} is used
 * @param keyFile a file holding that secret; made with 32 random bytes on first start when absent
 * @param peersFile a JSON file of peers to pin at start ({@code LIAISON_PEERS_FILE}); blank for none
 * @param allowPlainHttp development only: accept peers at {@code http://} URLs
 * @param clockSkew how far a peer's clock may be off when an envelope's times are checked
 * @param envelopeTtl how long a sealed envelope stays valid after it is sent
 * @param keyOverlap how long the keys a rotation replaces stay valid
 * @param maxAttempts after this many failed attempts a message becomes a dead letter
 * @param backoffBase the delay after the first failure, doubled after each further one (with jitter)
 * @param backoffMax the longest delay between two attempts
 * @param batchSize the most envelopes sent to one peer in one request
 * @param timeout connect and request timeout towards peers
 * @param sslBundle the Spring Boot SSL bundle whose key and trust material the node presents to peers and
 *        checks them against (mutual TLS); blank for the JDK's defaults
 * @param screeningBudget how long a screening across the federation waits for the peers' answers; a
 *        peer that has not answered by then is reported TIMED_OUT
 */
@ConfigurationProperties("liaison.federation")
public record FederationProperties(@DefaultValue("local") String nodeId, @Nullable String keyPassword,
		@Nullable String keyFile, @Nullable String peersFile, @DefaultValue("false") boolean allowPlainHttp,
		@DefaultValue("PT2M") Duration clockSkew, @DefaultValue("PT5M") Duration envelopeTtl,
		@DefaultValue("P7D") Duration keyOverlap, @DefaultValue("12") int maxAttempts,
		@DefaultValue("PT1S") Duration backoffBase, @DefaultValue("PT10M") Duration backoffMax,
		@DefaultValue("200") int batchSize, @DefaultValue("PT10S") Duration timeout, @Nullable String sslBundle,
		@DefaultValue("PT2S") Duration screeningBudget) {

	public NodeId node() {
		return NodeId.of(nodeId);
	}
}
