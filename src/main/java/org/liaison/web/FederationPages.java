package org.liaison.web;

import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.agency.Agencies;
import org.liaison.agency.AgencyId;
import org.liaison.agency.Role;
import org.liaison.federation.NodeId;
import org.liaison.federation.Outbox;
import org.liaison.federation.OutboxMessage;
import org.liaison.federation.PeerEnrolment;
import org.liaison.federation.Peers;
import org.liaison.federation.Receipts;
import org.liaison.federation.ThisNode;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Federation for a node administrator: this node's id and key fingerprints (to read to peers), the
 * peers with theirs, enrolling a peer by typing the fingerprints its administrator read out, removing
 * one; deliveries (counts per status, the last error, dead letters with a retry) and refused receipts.
 */
@ConsoleController
class FederationPages {

	private final ThisNode node;
	private final Peers peers;
	private final PeerEnrolment enrolment;
	private final Outbox outbox;
	private final Receipts receipts;
	private final Agencies agencies;

	FederationPages(ThisNode node, Peers peers, PeerEnrolment enrolment, Outbox outbox, Receipts receipts,
			Agencies agencies) {
		this.node = node;
		this.peers = peers;
		this.enrolment = enrolment;
		this.outbox = outbox;
		this.receipts = receipts;
		this.agencies = agencies;
	}

	record PeerForm(@Nullable String nodeId, @Nullable String baseUrl, @Nullable String signingFingerprint,
			@Nullable String encryptionFingerprint, @Nullable List<String> agencies, @Nullable String keys) {
	}

	@GetMapping("/federation")
	String page(Actor actor, Model model) {
		return page(actor, model, new PeerForm(null, null, null, null, List.of(), null));
	}

	/** The deliveries panel alone, which the page reloads every few seconds. */
	@GetMapping("/federation/deliveries")
	String deliveries(Actor actor, Model model) {
		actor.require(Role.NODE_ADMIN);
		addDeliveries(actor, model);
		return "federation :: deliveries";
	}

	@PostMapping("/federation/peers")
	String enrol(Actor actor, @ModelAttribute PeerForm form, Model model, RedirectAttributes redirect) {
		actor.require(Role.NODE_ADMIN);
		return Forms.submit(() -> {
			List<String> fingerprints = new ArrayList<>();
			for (String f : new String[] { form.signingFingerprint(), form.encryptionFingerprint() }) {
				if (f != null && !f.isBlank()) {
					fingerprints.add(f.strip());
				}
			}
			if (fingerprints.size() != 2) {
				throw new IllegalArgumentException("type both fingerprints the peer's administrator read to you");
			}
			URI url;
			try {
				url = URI.create(trim(form.baseUrl()));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("the base URL is not a URL");
			}
			List<AgencyId> hosted = form.agencies() == null ? List.of() : form.agencies().stream().map(AgencyId::of).toList();
			org.liaison.federation.Peer peer;
			try {
				peer = enrolment.enrol(actor, NodeId.of(trim(form.nodeId())), url, keys(form.keys()), fingerprints, hosted);
			}
			catch (org.liaison.common.Problem p) {
				if (p.status().value() != 502) {
					throw p;
				}
				// the peer's node document could not be fetched: say so beside the form, which keeps what was typed
				throw new IllegalArgumentException(p.getMessage());
			}
			redirect.addFlashAttribute("flash", new Flash("flash.peer.added", peer.id().value()));
			return "redirect:/federation";
		}, error -> {
			model.addAttribute("peerError", error);
			return page(actor, model, form);
		});
	}

	@PostMapping("/federation/peers/{nodeId}/remove")
	String remove(Actor actor, @PathVariable String nodeId, RedirectAttributes redirect) {
		peers.remove(actor, NodeId.of(nodeId));
		redirect.addFlashAttribute("flash", new Flash("flash.peer.removed", nodeId));
		return "redirect:/federation";
	}

	@PostMapping("/federation/outbox/{messageId}/retry")
	String retry(Actor actor, @PathVariable String messageId, RedirectAttributes redirect) {
		outbox.retry(actor, messageId);
		redirect.addFlashAttribute("flash", new Flash("flash.outbox.retried", messageId));
		return "redirect:/federation";
	}

	private String page(Actor actor, Model model, PeerForm form) {
		actor.require(Role.NODE_ADMIN);
		model.addAttribute("node", node.id().value());
		model.addAttribute("fingerprints", node.fingerprints());
		model.addAttribute("peers", peers.all());
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("peerForm", form);
		model.addAttribute("rejected", receipts.list(actor, "REJECTED"));
		model.addAttribute("nav", "federation");
		addDeliveries(actor, model);
		return "federation";
	}

	private void addDeliveries(Actor actor, Model model) {
		model.addAttribute("counts", outbox.counts());
		List<OutboxMessage> recent = outbox.list(actor, null);
		model.addAttribute("pending", recent.stream().filter(m -> m.status() == OutboxMessage.Status.QUEUED).limit(50).toList());
		model.addAttribute("dead", outbox.list(actor, OutboxMessage.Status.DEAD));
		model.addAttribute("lastError", recent.stream().filter(m -> m.lastError() != null).findFirst().orElse(null));
	}

	private static @Nullable JWKSet keys(@Nullable String pasted) {
		if (pasted == null || pasted.isBlank()) {
			return null;
		}
		try {
			return JWKSet.parse(pasted.strip());
		}
		catch (ParseException e) {
			throw new IllegalArgumentException("the keys pasted are not a JWK set");
		}
	}

	private static String trim(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
