package org.liaison.agency.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.liaison.common.Problem;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes problem details from filters, where no controller advice reaches. */
@Component
class ProblemResponses {

	private final ObjectMapper json;

	ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, int status, String slug, String title, String detail) throws IOException {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(status), detail);
		pd.setType(Problem.typeOf(slug));
		pd.setTitle(title);
		response.setStatus(status);
		response.setContentType("application/problem+json");
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"liaison\", Bearer");
		}
		json.writeValue(response.getOutputStream(), pd);
	}
}
