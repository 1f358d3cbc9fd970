package org.liaison.federation.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.common.Problem;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox's door: peers post a sealed batch (wire format 2), or a list of sealed envelopes (wire
 * format 1, still accepted from nodes that send it), and learn per message what became of it.
 */
@RestController
class EnvelopeController {

	static final int MAX_BATCH = 1000;
	static final int MAX_ENVELOPE_CHARS = 1_000_000;
	static final int MAX_BATCH_CHARS = 16_000_000;

	record Batch(List<String> envelopes) {
	}

	record Sealed(@Nullable String batch) {
	}

	private final Inbox inbox;

	EnvelopeController(Inbox inbox) {
		this.inbox = inbox;
	}

	@PostMapping("/federation/v1/envelopes")
	Map<String, List<Inbox.Result>> receive(@RequestBody Batch batch) {
		if (batch.envelopes() == null || batch.envelopes().size() > MAX_BATCH) {
			throw Problem.badRequest("invalid-batch", "a batch holds 1 to " + MAX_BATCH + " envelopes");
		}
		List<String> readable = batch.envelopes().stream()
			.filter(e -> e != null && e.length() <= MAX_ENVELOPE_CHARS)
			.toList();
		Iterator<Inbox.Result> received = inbox.receiveAll(readable).iterator();
		List<Inbox.Result> results = new ArrayList<>(batch.envelopes().size());
		for (String envelope : batch.envelopes()) {
			results.add(envelope == null || envelope.length() > MAX_ENVELOPE_CHARS
					? new Inbox.Result("", "REJECTED", Rejection.Reason.MALFORMED.name(), "empty or too large")
					: received.next());
		}
		return Map.of("results", results);
	}

	@PostMapping("/federation/v2/batches")
	Inbox.BatchResult receive(@RequestBody Sealed sealed) {
		if (sealed.batch() == null || sealed.batch().length() > MAX_BATCH_CHARS) {
			throw Problem.badRequest("invalid-batch", "the body holds one sealed batch of at most " + MAX_BATCH_CHARS
					+ " characters");
		}
		return inbox.receiveBatch(sealed.batch());
	}
}
