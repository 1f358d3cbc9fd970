package org.liaison.federation.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.AgencyId;
import org.liaison.alerts.Alert;
import org.liaison.alerts.AlertExpired;
import org.liaison.alerts.AlertId;
import org.liaison.alerts.AlertPublished;
import org.liaison.alerts.AlertReplicas;
import org.liaison.alerts.AlertWithdrawn;
import org.liaison.federation.Outbox;
import org.liaison.federation.Peer;
import org.liaison.federation.Peers;
import org.liaison.federation.internal.Rejection.Reason;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.DisclosureRequest;
import org.liaison.treaty.Purpose;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Alerts of this node's agencies follow into the screening index of every peer that hosts an agency the
 * alert may be disclosed to (for one of its purposes, today): each publication, withdrawal and expiry
 * sends the alert's new state, in the transaction that made it. Arriving states are applied through
 * {@link AlertReplicas}, which keeps only newer versions; the sender must host the alert's owner.
 */
@Component
class AlertForwarding implements PayloadHandler {

	static final String TYPE = "alert.state";

	record Payload(Alert alert) {
	}

	private final AlertReplicas replicas;
	private final Agreements agreements;
	private final Agencies agencies;
	private final Peers peers;
	private final Outbox outbox;
	private final ObjectMapper json;
	private final AlertLog log;

	AlertForwarding(AlertReplicas replicas, Agreements agreements, Agencies agencies, Peers peers, Outbox outbox,
			ObjectMapper json, AlertLog log) {
		this.log = log;
		this.replicas = replicas;
		this.agreements = agreements;
		this.agencies = agencies;
		this.peers = peers;
		this.outbox = outbox;
		this.json = json;
	}

	@EventListener
	void on(AlertPublished event) {
		forward(event.alertId(), event.owner());
	}

	@EventListener
	void on(AlertWithdrawn event) {
		forward(event.alertId(), event.owner());
	}

	@EventListener
	void on(AlertExpired event) {
		forward(event.alertId(), event.owner());
	}

	private void forward(AlertId id, AgencyId owner) {
		if (peers.isRemote(owner)) {
			return; // a replica's change stays here; its owner's node announces its own
		}
		Alert alert = replicas.current(id).orElseThrow(() -> new IllegalStateException("alert " + id + " vanished"));
		log.append(alert.id(), alert.version()); // for peers that catch up from a cursor (AlertSync)
		if (peers.all().isEmpty()) {
			return;
		}
		Agency from = agencies.get(owner);
		for (Peer peer : peers.all()) {
			if (visibleToAny(alert, from, peer.agencies())) {
				outbox.enqueue(peer.id(), TYPE, new Payload(alert));
			}
		}
	}

	/** Whether an agency of {@code hosted} may see the alert today (for one of its purposes). */
	boolean visibleToAny(Alert alert, Set<AgencyId> hosted) {
		return visibleToAny(alert, agencies.get(alert.owner()), hosted);
	}

	private boolean visibleToAny(Alert alert, Agency owner, Set<AgencyId> hosted) {
		for (AgencyId id : hosted) {
			Agency to = agencies.find(id).orElse(null);
			if (to == null) {
				continue;
			}
			for (Purpose purpose : alert.purposes()) {
				if (agreements.decide(new DisclosureRequest(alert.asItem(), owner, to, purpose, agreements.today())).permitted()) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void apply(EnvelopeHeader header, byte[] bytes) {
		Alert alert;
		try {
			alert = json.readValue(new String(bytes, StandardCharsets.UTF_8), Payload.class).alert();
		}
		catch (RuntimeException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, "not an alert", header);
		}
		if (!header.sender().equals(peers.hostOf(alert.owner()).orElse(null))) {
			throw new Rejection(Reason.NOT_HOSTED_BY_SENDER, alert.owner() + " is not hosted by " + header.sender(), header);
		}
		try {
			replicas.apply(alert, header.sender().value());
		}
		catch (IllegalArgumentException e) {
			throw new Rejection(Reason.INVALID_PAYLOAD, e.getMessage() == null ? "invalid alert" : e.getMessage(), header);
		}
	}
}
