package org.liaison.treaty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.Agency;
import org.liaison.agency.Role;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditLog;
import org.liaison.common.Problem;
import org.liaison.treaty.internal.AgreementStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The agreements this node knows, and the policy decision point built on them: every disclosure is
 * decided here, against the agreements as they stand at that moment (a suspension takes effect on the
 * next decision, on every replica).
 */
@Service
public class Agreements {

	private final AgreementStore store;
	private final Agencies agencies;
	private final AuditLog audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private volatile Snapshot snapshot = new Snapshot(-1, AgreementIndex.empty());

	Agreements(AgreementStore store, Agencies agencies, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	private record Snapshot(long generation, AgreementIndex index) {
	}

	/** Records an agreement (NODE_ADMIN, or a TREATY_ADMIN whose agency or country is a party). */
	@Transactional
	public Agreement create(Actor actor, Agreement agreement) {
		requireAdministers(actor, agreement);
		if (store.find(agreement.id()).isPresent()) {
			throw Problem.conflict("duplicate-agreement", "an agreement with this id already exists");
		}
		store.insert(agreement);
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), "agreement.create")
			.subject("agreement", agreement.id())
			.outcome(agreement.status().name())
			.detail("parties", agreement.parties().stream().map(Party::party).sorted().toList()));
		events.publishEvent(new AgreementChanged(agreement.id(), agreement.version()));
		return agreement;
	}

	@Transactional
	public Agreement suspend(Actor actor, String id) {
		return transition(actor, id, "agreement.suspend", Agreement::suspend);
	}

	@Transactional
	public Agreement resume(Actor actor, String id) {
		return transition(actor, id, "agreement.resume", Agreement::resume);
	}

	private Agreement transition(Actor actor, String id, String action, java.util.function.UnaryOperator<Agreement> move) {
		Agreement current = store.findForUpdate(id).orElseThrow(() -> Problem.notFound("agreement"));
		requireAdministers(actor, current);
		Agreement next = move.apply(current);
		store.updateStatus(next);
		audit.append(AuditEvent.of(actor.username(), actor.agencyOrNode(), action)
			.subject("agreement", id)
			.outcome(next.status().name())
			.detail("from", current.status()));
		events.publishEvent(new AgreementChanged(next.id(), next.version()));
		return next;
	}

	/** From the current index: one read of the generation rather than three queries per look-up. */
	public Optional<Agreement> find(String id) {
		return index().find(id);
	}

	public List<Agreement> all() {
		return index().all();
	}

	/** Decides a disclosure against the agreements as they stand now; the caller audits the answer. */
	public DisclosureDecision decide(DisclosureRequest request) {
		return DisclosurePolicy.decide(request, index());
	}

	/** Today, in the node's clock: the day decisions are taken for. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The current index, rebuilt when any agreement changed since it was built (on any replica). */
	public AgreementIndex index() {
		long generation = store.generation();
		Snapshot current = snapshot;
		if (current.generation() != generation) {
			synchronized (this) {
				current = snapshot;
				if (current.generation() != generation) {
					current = new Snapshot(generation, AgreementIndex.of(store.all()));
					snapshot = current;
					forgetIfRolledBack(current);
				}
			}
		}
		return current.index();
	}

	/**
	 * An index built inside a transaction may hold that transaction's own uncommitted change (and its
	 * generation): if it rolls back, the index is dropped, so that a later change reaching the same
	 * generation is not mistaken for it.
	 */
	private void forgetIfRolledBack(Snapshot built) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					synchronized (Agreements.this) {
						if (snapshot == built) {
							snapshot = new Snapshot(-1, AgreementIndex.empty());
						}
					}
				}
			}
		});
	}

	private void requireAdministers(Actor actor, Agreement agreement) {
		if (actor.has(Role.NODE_ADMIN)) {
			return;
		}
		actor.require(Role.TREATY_ADMIN);
		Agency own = agencies.get(actor.requireAgency());
		if (agreement.parties().stream().noneMatch(p -> p.includes(own))) {
			throw Problem.forbidden("a treaty administrator manages only agreements its agency or country is party to");
		}
	}
}
