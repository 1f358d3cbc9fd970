package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.IntegrationTest;

/** The OpenAPI description documents the contract's endpoints. */
class ApiDocumentationTest extends IntegrationTest {

	@Test
	void openApiListsTheContract() {
		Api.Response docs = api.anonymous().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/agencies", "/api/v1/agencies/{id}/users",
				"/api/v1/agreements", "/api/v1/agreements/{id}/suspend", "/api/v1/agreements/{id}/resume", "/api/v1/records",
				"/api/v1/records/{id}", "/api/v1/records/{id}/disclosures", "/api/v1/decisions/dry-run", "/api/v1/audit",
				"/api/v1/audit/verify", "/api/v1/alerts", "/api/v1/alerts/{id}/review", "/api/v1/alerts/{id}/withdraw",
				"/api/v1/screening", "/api/v1/screening/batch", "/api/v1/alerts/{id}/hits", "/api/v1/screening/false-positives",
				"/api/v1/alerts/{id}/hits/{hitId}/follow-up", "/api/v1/screening/hits", "/api/v1/screening/follow-ups");
	}
}
