package org.liaison.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.liaison.agency.Actor;
import org.liaison.agency.Role;
import org.liaison.common.Problem;
import org.liaison.screening.Screening;
import org.liaison.screening.ScreeningQuery;
import org.liaison.screening.ScreeningResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Screening in batches: one subject a JSON line, at most {@value #MAX_LINES} lines, answered a line per
 * input line in order, each with its line number, written out as they are answered. A bad line gets an
 * error line and every other line is still answered; a batch over the limit is refused whole, before
 * anything is screened.
 */
@RestController
@RequestMapping("/api/v1/screening")
class ScreeningBatchController {

	static final int MAX_LINES = 10_000;
	static final long MAX_CHARS = 16L * 1024 * 1024;
	private static final String NDJSON = "application/x-ndjson";
	private static final int FLUSH_EVERY = 100;

	private final Screening screening;
	private final ObjectMapper json;

	ScreeningBatchController(Screening screening, ObjectMapper json) {
		this.screening = screening;
		this.json = json;
	}

	@PostMapping(path = "/batch", consumes = NDJSON, produces = NDJSON)
	void batch(Actor actor, HttpServletRequest request, HttpServletResponse response) throws IOException {
		actor.require(Role.OFFICER);
		actor.requireAgency();
		List<String> lines = read(request);
		response.setContentType(NDJSON);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		OutputStream out = response.getOutputStream();
		for (int i = 0; i < lines.size(); i++) {
			out.write(json.writeValueAsBytes(answer(actor, i + 1, lines.get(i))));
			out.write('\n');
			if ((i + 1) % FLUSH_EVERY == 0) {
				out.flush();
			}
		}
		out.flush();
	}

	/**
	 * The lines of the body, refused whole (before anything is screened) past {@value #MAX_LINES} lines or
	 * {@value #MAX_CHARS} characters: a chunked body has no length for the size filter to check.
	 */
	private static List<String> read(HttpServletRequest request) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		long total = 0;
		try (BufferedReader in = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))) {
			for (int c = in.read(); c >= 0; c = in.read()) {
				if (++total > MAX_CHARS) {
					throw new Problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Payload too large",
							"a batch holds at most " + MAX_CHARS + " characters");
				}
				if (c != '\n') {
					line.append((char) c);
					continue;
				}
				add(lines, line);
			}
		}
		if (!line.isEmpty()) {
			add(lines, line);
		}
		return lines;
	}

	private static void add(List<String> lines, StringBuilder line) {
		if (lines.size() == MAX_LINES) {
			throw Problem.badRequest("batch-too-large", "a batch holds at most " + MAX_LINES + " lines");
		}
		int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
		lines.add(line.substring(0, end));
		line.setLength(0);
	}

	private Map<String, Object> answer(Actor actor, int number, String line) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("line", number);
		try {
			ScreeningController.ScreeningBody body = json.readValue(line, ScreeningController.ScreeningBody.class);
			if (body == null || body.subject() == null) {
				throw Problem.invalid("subject", "the line needs a subject to screen");
			}
			ScreeningResult result = screening.screen(actor,
					ScreeningQuery.of(body.subject().schema(), body.subject().properties()));
			answer.put("result", result.result());
			answer.put("hits", result.hits());
			if (!result.notes().isEmpty()) {
				answer.put("notes", result.notes());
			}
		}
		catch (JacksonException e) {
			answer.put("error", error(Problem.typeOf("malformed-json").toString(), "the line is not a JSON subject"));
		}
		catch (Problem p) {
			answer.put("error", error(p.type().toString(), p.getMessage()));
		}
		return answer;
	}

	private static Map<String, String> error(String type, String detail) {
		return Map.of("type", type, "detail", detail == null ? "" : detail);
	}
}
