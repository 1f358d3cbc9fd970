package org.liaison.treaty.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.liaison.agency.Actor;
import org.liaison.common.Problem;
import org.liaison.treaty.Agreement;
import org.liaison.treaty.AgreementKind;
import org.liaison.treaty.AgreementStatus;
import org.liaison.treaty.Agreements;
import org.liaison.treaty.Article;
import org.liaison.treaty.ArticleSubject;
import org.liaison.treaty.Category;
import org.liaison.treaty.Classification;
import org.liaison.treaty.OnwardTransfer;
import org.liaison.treaty.Party;
import org.liaison.treaty.Purpose;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agreements: record, read, suspend and resume. */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementController {

	private final Agreements agreements;

	AgreementController(Agreements agreements) {
		this.agreements = agreements;
	}

	record PartyBody(@NotBlank String party, @NotNull LocalDate boundFrom, @Nullable LocalDate boundUntil) {
	}

	record ArticleBody(@NotBlank @Size(max = 20) String number, @NotBlank @Size(max = 20000) String text,
			@Nullable ArticleSubject governs) {
	}

	record AgreementBody(@NotBlank @Size(max = 80) String id, @NotBlank @Size(max = 500) String title,
			@Nullable AgreementKind kind, @Nullable AgreementStatus status, @NotNull LocalDate validFrom,
			@Nullable LocalDate validUntil, @NotEmpty @Size(min = 2, max = 500) List<@Valid @NotNull PartyBody> parties,
			@NotEmpty Set<@NotNull Category> categories, @NotEmpty Set<@NotNull Purpose> purposes,
			@NotNull Classification maxClassification, @NotNull OnwardTransfer onwardTransfer,
			@Nullable @Positive Integer retentionDays, @Nullable @Size(max = 500) List<@Valid @NotNull ArticleBody> articles) {

		Agreement toAgreement() {
			try {
				return new Agreement(id, title.strip(),
						kind != null ? kind : parties.size() == 2 ? AgreementKind.BILATERAL : AgreementKind.MULTILATERAL,
						status == null ? AgreementStatus.DRAFT : status, validFrom,
						validUntil, parties.stream().map(p -> new Party(p.party(), p.boundFrom(), p.boundUntil())).toList(),
						categories, purposes, maxClassification, onwardTransfer, retentionDays,
						articles == null ? List.of()
								: articles.stream().map(a -> new Article(a.number().strip(), a.text(), a.governs())).toList(),
						1);
			}
			catch (IllegalArgumentException e) {
				throw Problem.badRequest("invalid-agreement", e.getMessage());
			}
		}
	}

	@PostMapping
	ResponseEntity<Agreement> create(Actor actor, @Valid @RequestBody AgreementBody body) {
		Agreement created = agreements.create(actor, body.toAgreement());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id())).body(created);
	}

	@GetMapping
	List<Agreement> list() {
		return agreements.all();
	}

	@GetMapping("/{id}")
	Agreement get(@PathVariable String id) {
		return agreements.find(id).orElseThrow(() -> Problem.notFound("agreement"));
	}

	@PostMapping("/{id}/suspend")
	Agreement suspend(Actor actor, @PathVariable String id) {
		return agreements.suspend(actor, id);
	}

	@PostMapping("/{id}/resume")
	Agreement resume(Actor actor, @PathVariable String id) {
		return agreements.resume(actor, id);
	}
}
