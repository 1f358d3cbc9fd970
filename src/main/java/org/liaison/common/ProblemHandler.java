package org.liaison.common;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of a REST controller into an RFC 9457 problem detail with a stable type. Details
 * name the field at fault, never the value sent (it may be personal data), never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> problem(Problem p) {
		return ResponseEntity.status(p.status()).body(p.toProblemDetail());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
		return problem(Problem.badRequest("invalid-request", e.getMessage()));
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<ProblemDetail> state(IllegalStateException e) {
		return problem(Problem.conflict("invalid-state", e.getMessage()));
	}

	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(org.springframework.dao.DataIntegrityViolationException e) {
		return problem(Problem.conflict("conflict", "the change conflicts with stored data"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("unexpected failure", e);
		return problem(new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"the node could not complete the request"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String fields = ex.getBindingResult().getFieldErrors().stream()
			.map(f -> f.getField() + " " + f.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		ProblemDetail pd = Problem.badRequest("validation", fields.isEmpty() ? "the request is not valid" : fields)
			.with("fields", ex.getBindingResult().getFieldErrors().stream().map(f -> f.getField()).distinct().sorted().toList())
			.toProblemDetail();
		return ResponseEntity.badRequest().body(pd);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		Problem p;
		if (cause instanceof DatabindException db && !db.getPath().isEmpty()) {
			String field = db.getPath().stream()
				.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			Throwable root = rootCause(db);
			String why = root instanceof IllegalArgumentException && root.getMessage() != null ? ": " + root.getMessage() : "";
			p = Problem.invalid(field, "invalid value for '" + field + "'" + why);
		}
		else if (cause instanceof JacksonException) {
			p = Problem.badRequest("malformed-json", "the body is not well-formed JSON");
		}
		else {
			p = Problem.badRequest("unreadable-body", "the request body is missing or unreadable");
		}
		return ResponseEntity.badRequest().body(p.toProblemDetail());
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail pd && (pd.getType() == null || "about:blank".equals(pd.getType().toString()))) {
			pd.setType(Problem.typeOf("http-" + statusCode.value()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static Throwable rootCause(Throwable t) {
		Throwable c = t;
		while (c.getCause() != null && c.getCause() != c) {
			c = c.getCause();
		}
		return c;
	}
}
