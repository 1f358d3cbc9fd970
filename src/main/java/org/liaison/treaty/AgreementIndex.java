package org.liaison.treaty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.liaison.agency.Agency;

/**
 * An immutable set of agreements, indexed so that the agreements naming both sides of a disclosure are
 * found without scanning the rest. The candidates for a pair of agencies are worked out once and kept.
 */
public final class AgreementIndex {

	private static final AgreementIndex EMPTY = new AgreementIndex(List.of());

	private final List<Agreement> agreements;
	private final Map<String, Agreement> byId = new java.util.HashMap<>();
	private final Map<String, List<Agreement>> byParty = new java.util.HashMap<>();
	private final Map<String, List<Agreement>> byPair = new ConcurrentHashMap<>();

	private AgreementIndex(Collection<Agreement> agreements) {
		List<Agreement> sorted = new ArrayList<>(agreements);
		sorted.sort(Comparator.comparing(Agreement::id));
		this.agreements = List.copyOf(sorted);
		for (Agreement a : this.agreements) {
			byId.put(a.id(), a);
			for (Party p : a.parties()) {
				byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(a);
			}
		}
	}

	public static AgreementIndex of(Collection<Agreement> agreements) {
		return agreements.isEmpty() ? EMPTY : new AgreementIndex(agreements);
	}

	public static AgreementIndex empty() {
		return EMPTY;
	}

	public java.util.Optional<Agreement> find(String id) {
		return java.util.Optional.ofNullable(byId.get(id));
	}

	public List<Agreement> all() {
		return agreements;
	}

	/** The agreements that list both agencies as parties (whatever their status or dates), by id. */
	public List<Agreement> naming(Agency from, Agency to) {
		return byPair.computeIfAbsent(from.id().value() + '|' + to.id().value(), k -> {
			List<Agreement> out = new ArrayList<>();
			for (Agreement a : partiesOf(from)) {
				if (a.partyOf(to).isPresent() && !out.contains(a)) {
					out.add(a);
				}
			}
			out.sort(Comparator.comparing(Agreement::id));
			return List.copyOf(out);
		});
	}

	private List<Agreement> partiesOf(Agency agency) {
		List<Agreement> out = new ArrayList<>(byParty.getOrDefault(agency.id().value(), List.of()));
		out.addAll(byParty.getOrDefault(agency.country().value(), List.of()));
		return out;
	}
}
