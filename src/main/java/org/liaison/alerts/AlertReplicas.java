package org.liaison.alerts;

import java.util.Optional;
import java.util.Set;

import org.liaison.alerts.internal.AlertStore;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts of agencies hosted on other nodes, kept here so that this node's screening matches them: the
 * federation module hands over each state an alert reaches on its owner's node. A replica changes only
 * forward (a higher version wins, an older or equal one is ignored), so a late or repeated update
 * cannot bring a withdrawn alert back. Each change is announced with the same events as a local one
 * ({@link AlertPublished}, {@link AlertWithdrawn}, {@link AlertExpired}), which the screening index follows.
 */
@Service
public class AlertReplicas {

	private static final Set<AlertStatus> REPLICATED = Set.of(AlertStatus.PUBLISHED, AlertStatus.WITHDRAWN,
			AlertStatus.EXPIRED);

	private final AlertStore store;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	AlertReplicas(AlertStore store, AuditLog audit, ApplicationEventPublisher events) {
		this.store = store;
		this.audit = audit;
		this.events = events;
	}

	/** The alert in whatever state it is, without audit: for the federation module, which sends it on. */
	@Transactional(readOnly = true)
	public Optional<Alert> current(AlertId id) {
		return store.find(id);
	}

	/** The node an alert came from, or empty for an alert of an agency hosted here (or an unknown one). */
	@Transactional(readOnly = true)
	public Optional<String> originOf(AlertId id) {
		return store.originOf(id);
	}

	/**
	 * Applies a state of an alert from {@code originNode}; true when it changed anything. Refuses (with
	 * {@link IllegalArgumentException}) a state that is not published, withdrawn or expired, and an alert
	 * id this node knows as its own or as another node's.
	 */
	@Transactional
	public boolean apply(Alert incoming, String originNode) {
		if (!REPLICATED.contains(incoming.status())) {
			throw new IllegalArgumentException("only published, withdrawn or expired alerts are replicated");
		}
		Optional<Alert> existing = store.find(incoming.id());
		if (existing.isPresent()) {
			Optional<String> origin = store.originOf(incoming.id());
			if (origin.isEmpty() || !origin.get().equals(originNode)) {
				throw new IllegalArgumentException("this alert id belongs to another node");
			}
			if (existing.get().version() >= incoming.version()) {
				return false;
			}
			store.update(incoming, existing.get().version());
		}
		else {
			store.insert(incoming);
			store.markOrigin(incoming.id(), originNode);
		}
		audit.append(AuditEvent.of("federation:" + originNode, incoming.owner().value(), "alert.replicate")
			.subject("alert", incoming.id().toString())
			.outcome(incoming.status().name())
			.legalBasis(incoming.legalBasis())
			.detail("version", incoming.version()));
		switch (incoming.status()) {
			case PUBLISHED -> events.publishEvent(new AlertPublished(incoming.id(), incoming.type(), incoming.owner(),
					incoming.schema(), incoming.expiresAt()));
			case WITHDRAWN -> events.publishEvent(new AlertWithdrawn(incoming.id(), incoming.owner()));
			default -> events.publishEvent(new AlertExpired(incoming.id(), incoming.owner()));
		}
		return true;
	}
}
