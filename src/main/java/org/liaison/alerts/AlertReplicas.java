package org.liaison.alerts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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
		Optional<Alert> existing = store.find(incoming.id());
		if (!applyOne(incoming, existing.map(a -> Map.entry(a, store.originOf(a.id()))), originNode)) {
			return false;
		}
		audit.append(AuditEvent.of("federation:" + originNode, incoming.owner().value(), "alert.replicate")
			.subject("alert", incoming.id().toString())
			.outcome(incoming.status().name())
			.legalBasis(incoming.legalBasis())
			.detail("version", incoming.version()));
		return true;
	}

	/**
	 * Applies a page of alert states from {@code originNode} (a catch-up from a cursor), as {@link #apply}
	 * does each: new alerts are inserted in one batch, one audit entry covers the page, and one
	 * {@link AlertsReplicated} event (not one per alert) tells the screening index. Returns how many
	 * changed anything; the whole page is refused if one alert is.
	 */
	@Transactional
	public int applyAll(List<Alert> incoming, String originNode) {
		Map<AlertId, Alert> newest = new java.util.LinkedHashMap<>();
		for (Alert a : incoming) {
			if (!REPLICATED.contains(a.status())) {
				throw new IllegalArgumentException("only published, withdrawn or expired alerts are replicated");
			}
			newest.merge(a.id(), a, (x, y) -> x.version() >= y.version() ? x : y);
		}
		Map<AlertId, Map.Entry<Alert, Optional<String>>> existing = store.findAll(newest.keySet());
		List<Alert> inserts = new java.util.ArrayList<>();
		List<Alert> published = new java.util.ArrayList<>();
		List<AlertId> removed = new java.util.ArrayList<>();
		for (Alert alert : newest.values()) {
			Map.Entry<Alert, Optional<String>> known = existing.get(alert.id());
			if (known != null) {
				if (known.getValue().isEmpty() || !known.getValue().get().equals(originNode)) {
					throw new IllegalArgumentException("this alert id belongs to another node");
				}
				if (known.getKey().version() >= alert.version()) {
					continue;
				}
				store.update(alert, known.getKey().version());
			}
			else {
				inserts.add(alert);
			}
			if (alert.status() == AlertStatus.PUBLISHED) {
				published.add(alert);
			}
			else {
				removed.add(alert.id());
			}
		}
		store.insertReplicas(inserts, originNode);
		int changed = published.size() + removed.size();
		audit.append(AuditEvent.of("federation:" + originNode, "NODE", "alert.replicate.page")
			.subject("node", originNode)
			.outcome("APPLIED")
			.detail("alerts", incoming.size())
			.detail("changed", changed));
		if (changed > 0) {
			events.publishEvent(new AlertsReplicated(published, removed));
		}
		return changed;
	}

	private boolean applyOne(Alert incoming, Optional<Map.Entry<Alert, Optional<String>>> existing, String originNode) {
		if (!REPLICATED.contains(incoming.status())) {
			throw new IllegalArgumentException("only published, withdrawn or expired alerts are replicated");
		}
		if (existing.isPresent()) {
			Optional<String> origin = existing.get().getValue();
			if (origin.isEmpty() || !origin.get().equals(originNode)) {
				throw new IllegalArgumentException("this alert id belongs to another node");
			}
			if (existing.get().getKey().version() >= incoming.version()) {
				return false;
			}
			store.update(incoming, existing.get().getKey().version());
		}
		else {
			store.insert(incoming);
			store.markOrigin(incoming.id(), originNode);
		}
		switch (incoming.status()) {
			case PUBLISHED -> events.publishEvent(new AlertPublished(incoming.id(), incoming.type(), incoming.owner(),
					incoming.schema(), incoming.expiresAt()));
			case WITHDRAWN -> events.publishEvent(new AlertWithdrawn(incoming.id(), incoming.owner()));
			default -> events.publishEvent(new AlertExpired(incoming.id(), incoming.owner()));
		}
		return true;
	}

	/** The current states of these alerts of agencies hosted here (replicas are left out), for a catch-up page. */
	@Transactional(readOnly = true)
	public List<Alert> currentOwnedHere(Collection<AlertId> ids) {
		return store.findAll(ids).values().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
	}
}
