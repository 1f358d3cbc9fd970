package org.liaison.records.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.liaison.agency.Actor;
import org.liaison.agency.AgencyId;
import org.liaison.common.Problem;
import org.liaison.records.ConsentRequest;
import org.liaison.records.Consents;
import org.liaison.records.DisclosureOutcome;
import org.liaison.records.Disclosures;
import org.liaison.records.EntityRecord;
import org.liaison.records.RecordView;
import org.liaison.records.Records;
import org.liaison.records.Retention;
import org.liaison.records.Schema;
import org.liaison.records.Schemata;
import org.liaison.agency.Role;
import org.liaison.treaty.DisclosureDecision;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Records, their disclosures, consent to onward transfer, dry-run decisions and retention. */
@RestController
@RequestMapping("/api/v1")
class RecordController {

	private final Records records;
	private final Disclosures disclosures;
	private final Consents consents;
	private final Retention retention;
	private final Schemata schemata;

	RecordController(Records records, Disclosures disclosures, Consents consents, Retention retention, Schemata schemata) {
		this.records = records;
		this.disclosures = disclosures;
		this.consents = consents;
		this.retention = retention;
		this.schemata = schemata;
	}

	@PostMapping("/records")
	ResponseEntity<EntityRecord> create(Actor actor, @Valid @RequestBody RecordBodies.RecordBody body) {
		if (body.originator() != null && !body.originator().equals(String.valueOf(actor.agency()))) {
			throw Problem.forbidden("a user creates records only for the agency it acts for");
		}
		EntityRecord record = records.create(actor, body.toNewRecord());
		return ResponseEntity.created(URI.create("/api/v1/records/" + record.id())).body(record);
	}

	@GetMapping("/records")
	List<EntityRecord> list(Actor actor, @RequestParam(defaultValue = "originated") String scope,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (!scope.equals("originated") && !scope.equals("received")) {
			throw Problem.invalid("scope", "scope is 'originated' or 'received'");
		}
		return records.list(actor, scope.equals("received"), page, size);
	}

	@GetMapping("/records/{id}")
	RecordView get(Actor actor, @PathVariable String id) {
		return records.read(actor, id);
	}

	@PostMapping("/records/{id}/disclosures")
	ResponseEntity<Map<String, Object>> disclose(Actor actor, @PathVariable String id,
			@Valid @RequestBody RecordBodies.DisclosureBody body) {
		DisclosureOutcome outcome = disclosures.disclose(actor, id, body.to(), body.purpose());
		DisclosureDecision d = outcome.decision();
		if (!d.permitted()) {
			throw denied(d);
		}
		Map<String, Object> out = decisionBody(d);
		if (outcome.disclosure() != null) {
			out.put("id", outcome.disclosure().id());
			out.put("record", outcome.disclosure().record());
			out.put("from", outcome.disclosure().from());
			out.put("to", outcome.disclosure().to());
			out.put("purpose", outcome.disclosure().purpose());
			out.put("retentionUntil", outcome.disclosure().retentionUntil());
		}
		return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(out);
	}

	@PostMapping("/decisions/dry-run")
	Map<String, Object> dryRun(Actor actor, @Valid @RequestBody RecordBodies.DryRunBody body) {
		String from = body.from() != null ? body.from() : String.valueOf(actor.requireAgency());
		if (!AgencyId.isWellFormed(from)) {
			throw Problem.invalid("from", "'from' must be an agency id like FR.DGPN");
		}
		DisclosureDecision d = disclosures.dryRun(actor, body.record(), body.hypothetical(from), body.from(), body.to(),
				body.purpose(), body.at());
		return decisionBody(d);
	}

	@PostMapping("/records/{id}/consents")
	ResponseEntity<ConsentRequest> requestConsent(Actor actor, @PathVariable String id,
			@Valid @RequestBody RecordBodies.ConsentBody body) {
		ConsentRequest c = consents.request(actor, id, body.to(), body.purpose(), body.reason());
		return ResponseEntity.created(URI.create("/api/v1/consents/" + c.id())).body(c);
	}

	@GetMapping("/consents")
	List<ConsentRequest> consents(Actor actor) {
		return consents.involving(actor);
	}

	@PostMapping("/consents/{id}/grant")
	ConsentRequest grant(Actor actor, @PathVariable String id, @RequestBody(required = false) RecordBodies.ReasonBody body) {
		return consents.grant(actor, id, body == null ? null : body.reason());
	}

	@PostMapping("/consents/{id}/refuse")
	ConsentRequest refuse(Actor actor, @PathVariable String id, @RequestBody(required = false) RecordBodies.ReasonBody body) {
		return consents.refuse(actor, id, body == null ? null : body.reason());
	}

	@PostMapping("/retention/purge")
	Retention.Purged purge(Actor actor) {
		actor.require(Role.NODE_ADMIN);
		return retention.purgeExpired();
	}

	@GetMapping("/schemata")
	List<Schema> schemata() {
		return schemata.all();
	}

	static Map<String, Object> decisionBody(DisclosureDecision d) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("decision", d.decision());
		out.put("reason", d.reason());
		out.put("explanation", d.explanation());
		out.put("agreement", d.agreement());
		out.put("article", d.article());
		out.put("citations", d.citations());
		out.put("obligations", d.obligations());
		return out;
	}

	/** A DENY as a 403 problem whose type names the reason, for example {@code urn:liaison:problem:no-agreement}. */
	static Problem denied(DisclosureDecision d) {
		Problem p = new Problem(HttpStatus.FORBIDDEN, d.reason().name().toLowerCase().replace('_', '-'),
				"Disclosure denied", d.explanation());
		p.with("decision", d.decision()).with("reason", d.reason()).with("citations", d.citations());
		if (d.agreement() != null) {
			p.with("agreement", d.agreement()).with("article", d.article());
		}
		return p;
	}
}
