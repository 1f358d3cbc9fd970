package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every bad input of the issue: refused with a stable problem type, and nothing stored or sent. */
class MessagingBadInputTest extends IntegrationTest {

	MessagingFixture f;

	@BeforeEach
	void parties() {
		f = new MessagingFixture(api, fixtures);
	}

	private long cases(String subject) {
		return jdbc.sql("SELECT COUNT(*) FROM msg_case WHERE subject = ?").param(subject).query(Long.class).single();
	}

	@Test
	void messageToAnAgencyWithoutAgreementIsForbiddenWithTheReasonAndNothingIsSent() {
		String subject = "no agreement " + Fixtures.unique("S");
		Api.Response r = f.deOfficer.post("/api/v1/cases",
				f.caseBody(subject, List.of(f.es), MessagingFixture.request("anything?", false, null)));
		assertThat(r.status()).as(r.text()).isEqualTo(403);
		assertThat(r.at("/type")).isEqualTo("urn:liaison:problem:no-agreement");
		assertThat(r.at("/reason")).isEqualTo("NO_AGREEMENT");
		assertThat(r.at("/recipient")).isEqualTo(f.es);
		assertThat(r.at("/detail")).contains("agreement");
		assertThat(cases(subject)).isZero();
		assertThat(f.esOfficer.get("/api/v1/messages?box=inbox").json()).isEmpty();
		assertThat(f.esOfficer.get("/api/v1/notifications").json()).isEmpty();

		auditLog.seal();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'message.send' AND outcome = 'DENY' AND detail LIKE ?")
			.param("%" + f.es + "%").query(Long.class).single()).isEqualTo(1);

		// one permitted and one denied recipient: still nothing at all
		Api.Response mixed = f.deOfficer.post("/api/v1/cases",
				f.caseBody(subject, List.of(f.fr, f.es), MessagingFixture.request("anything?", false, null)));
		assertThat(mixed.status()).isEqualTo(403);
		assertThat(cases(subject)).isZero();
		assertThat(f.frOfficer.get("/api/v1/messages?box=inbox").json()).isEmpty();
	}

	@Test
	void aCaseOrMessageOfOtherPartiesIsNotFoundExactlyLikeOneThatDoesNotExist() {
		Api.Response opened = f.open("private " + Fixtures.unique("S"), Map.of("type", "NOTIFICATION", "body", "for FR only"));
		String caseId = opened.at("/caseFile/id");
		String messageId = opened.at("/messages/0/id");
		String missing = "00000000-0000-0000-0000-000000000000";

		Api.Response other = f.esOfficer.get("/api/v1/cases/" + caseId);
		Api.Response none = f.esOfficer.get("/api/v1/cases/" + missing);
		assertThat(other.status()).isEqualTo(404);
		assertThat(withoutInstance(other)).isEqualTo(withoutInstance(none));
		Api.Response post = f.esOfficer.post("/api/v1/cases/" + caseId + "/messages", Map.of("type", "NOTIFICATION", "body", "hi"));
		Api.Response postNone = f.esOfficer.post("/api/v1/cases/" + missing + "/messages", Map.of("type", "NOTIFICATION", "body", "hi"));
		assertThat(post.status()).isEqualTo(404);
		assertThat(withoutInstance(post)).isEqualTo(withoutInstance(postNone));
		assertThat(f.esOfficer.get("/api/v1/cases/" + caseId + "/messages/" + messageId).status()).isEqualTo(404);
		assertThat(f.esOfficer.postBytes("/api/v1/cases/" + caseId + "/attachments?name=a.txt", "text/plain", "x".getBytes()).status())
			.isEqualTo(404);
		assertThat(f.esOfficer.get("/api/v1/cases/" + caseId + "/export").status()).isEqualTo(404);
		assertThat(f.deOfficer.get("/api/v1/cases/" + caseId + "/messages/" + missing).status()).isEqualTo(404);
		assertThat(f.deOfficer.get("/api/v1/cases/" + caseId).json().get("messages")).hasSize(1);
	}

	@Test
	void anAnswerOrAttachmentInAClosedCaseIsAConflict() {
		Api.Response opened = f.open("closing " + Fixtures.unique("S"), MessagingFixture.request("q", false, null));
		String caseId = opened.at("/caseFile/id");
		String requestId = opened.at("/messages/0/id");
		assertThat(f.frOfficer.post("/api/v1/cases/" + caseId + "/close", Map.of()).status())
			.as("only the agency that opened it closes a case").isEqualTo(403);
		Api.Response closed = f.deOfficer.post("/api/v1/cases/" + caseId + "/close", Map.of("reason", "resolved"));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		assertThat(closed.at("/status")).isEqualTo("CLOSED");

		Api.Response answer = f.frOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "ANSWER", "inReplyTo", requestId, "body", "too late"));
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.at("/type")).isEqualTo("urn:liaison:problem:case-closed");
		assertThat(f.frOfficer.postBytes("/api/v1/cases/" + caseId + "/attachments?name=a.txt", "text/plain", "x".getBytes())
			.at("/type")).isEqualTo("urn:liaison:problem:case-closed");
		assertThat(f.deOfficer.post("/api/v1/cases/" + caseId + "/close", Map.of()).status()).isEqualTo(409);
		assertThat(f.deOfficer.get("/api/v1/cases/" + caseId).json().get("messages")).hasSize(1);
	}

	@Test
	void htmlAndScriptAreStoredAndReturnedAsPlainText() {
		String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"";
		Api.Response opened = f.open(hostile, Map.of("type", "NOTIFICATION", "body", hostile));
		String caseId = opened.at("/caseFile/id");
		Api.Response read = f.frOfficer.get("/api/v1/cases/" + caseId);
		assertThat(read.contentType()).startsWith("application/json");
		assertThat(read.at("/messages/0/body")).isEqualTo(hostile);
		assertThat(read.at("/caseFile/subject")).isEqualTo(hostile);
		assertThat(jdbc.sql("SELECT body FROM msg_message WHERE case_id = ?").param(caseId).query(String.class).single())
			.isEqualTo(hostile);
	}

	@Test
	void aDeadlineInThePastIsRefused() {
		String subject = "past " + Fixtures.unique("S");
		var message = MessagingFixture.request("yesterday", false, null);
		message.put("dueAt", Instant.now().minusSeconds(3600).toString());
		Api.Response r = f.deOfficer.post("/api/v1/cases", f.caseBody(subject, List.of(f.fr), message));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.at("/type")).isEqualTo("urn:liaison:problem:deadline-in-past");
		assertThat(cases(subject)).isZero();
	}

	@Test
	void malformedCasesAndMessagesAreRefused() {
		String subject = "bad " + Fixtures.unique("S");
		assertInvalid(f.caseBody(subject, List.of(Fixtures.freshCountry() + ".NOBODY"), MessagingFixture.request("q", false, null)), "unknown-agency");
		assertInvalid(f.caseBody(subject, List.of("not an id"), MessagingFixture.request("q", false, null)), "invalid-field");
		assertInvalid(f.caseBody(subject, List.of(), MessagingFixture.request("q", false, null)), "invalid-field");
		var unknownBasis = f.caseBody(subject, List.of(f.fr), MessagingFixture.request("q", false, null));
		unknownBasis.put("legalBasis", "NO-SUCH-TREATY");
		assertInvalid(unknownBasis, "invalid-field");
		assertInvalid(f.caseBody(subject, List.of(f.fr), MessagingFixture.request(" ", false, null)), "invalid-field");
		assertInvalid(f.caseBody(subject, List.of(f.fr), MessagingFixture.request("bell\u0007", false, null)), "invalid-field");
		assertInvalid(f.caseBody(subject, List.of(f.fr), MessagingFixture.request("urgent but how?", true, null)), "invalid-field");
		assertInvalid(f.caseBody(subject, List.of(f.fr), Map.of("type", "GOSSIP", "body", "x")), "invalid-field");
		assertInvalid(f.caseBody(subject, List.of(f.fr), Map.of("type", "ANSWER", "body", "to nothing")), "invalid-field");
		assertInvalid(f.caseBody(subject, List.of(f.fr), Map.of("type", "NOTIFICATION", "body", "x", "dueAt", "2099-01-01T00:00:00Z")),
				"invalid-field");
		assertThat(cases(subject)).isZero();

		String caseId = f.open("ok " + Fixtures.unique("S"), MessagingFixture.request("q", false, null)).at("/caseFile/id");
		String requestId = f.deOfficer.get("/api/v1/cases/" + caseId).at("/messages/0/id");
		assertThat(f.deOfficer.post("/api/v1/cases/" + caseId + "/messages", Map.of("type", "NOTIFICATION", "body", "x", "to", List.of(f.es)))
			.at("/field")).isEqualTo("to");
		assertThat(f.deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "ANSWER", "inReplyTo", requestId, "body", "answering myself")).at("/field")).isEqualTo("inReplyTo");
		assertThat(f.deOfficer.post("/api/v1/cases/" + caseId + "/messages", "{not json").at("/type"))
			.isEqualTo("urn:liaison:problem:malformed-json");

		Api auditor = api.as(fixtures.user(f.de, "AUDITOR"), Fixtures.PASSWORD);
		assertThat(auditor.post("/api/v1/cases/" + caseId + "/messages", Map.of("type", "NOTIFICATION", "body", "x")).status())
			.isEqualTo(403);
		assertThat(f.deOfficer.get("/api/v1/cases/" + caseId).json().get("messages")).hasSize(1);
	}

	private void assertInvalid(Map<String, Object> body, String type) {
		Api.Response r = f.deOfficer.post("/api/v1/cases", body);
		assertThat(r.status()).as(r.text()).isEqualTo(400);
		assertThat(r.at("/type")).as(r.text()).isEqualTo("urn:liaison:problem:" + type);
	}

	@Test
	void attachmentsAreSniffedHashedAndExecutablesRefused() throws Exception {
		String caseId = f.open("files " + Fixtures.unique("S"), Map.of("type", "NOTIFICATION", "body", "files follow"))
			.at("/caseFile/id");
		String upload = "/api/v1/cases/" + caseId + "/attachments?name=";

		byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		Api.Response ok = f.deOfficer.postBytes(upload + "holiday.jpg", "image/jpeg", pdf);
		assertThat(ok.status()).as(ok.text()).isEqualTo(201);
		assertThat(ok.at("/contentType")).as("sniffed, not taken from the name or the header").isEqualTo("application/pdf");
		assertThat(ok.at("/sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(ok.json().get("size").asLong()).isEqualTo(pdf.length);
		assertThat(ok.at("/name")).isEqualTo("holiday.jpg");

		byte[] pe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		byte[] elf = new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 };
		byte[] macho = new byte[] { (byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0, 0, 1 };
		byte[] shebang = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
		for (byte[] executable : List.of(pe, elf, macho, shebang)) {
			Api.Response refused = f.deOfficer.postBytes(upload + "report.pdf", "application/pdf", executable);
			assertThat(refused.status()).isEqualTo(415);
			assertThat(refused.at("/type")).isEqualTo("urn:liaison:problem:attachment-type-refused");
		}
		assertThat(f.deOfficer.postBytes(upload + "invoice.PDF.exe", "application/pdf", pdf).status()).isEqualTo(415);
		assertThat(f.deOfficer.postBytes(upload + "empty.txt", "text/plain", new byte[0]).status()).isEqualTo(400);

		byte[] big = new byte[10 * 1024 * 1024 + 1];
		Api.Response tooLarge = f.deOfficer.postBytes(upload + "big.bin", "application/octet-stream", big);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.at("/type")).isEqualTo("urn:liaison:problem:body-too-large");
		assertThat(chunkedUpload(upload + "big.bin", big)).as("a chunked body is counted as it is read").isEqualTo(413);
		assertThat(f.deOfficer.postBytes(upload + "just-under.bin", "application/octet-stream", new byte[10 * 1024 * 1024]).status())
			.as("the attachment limit, not the API's 256 KiB, applies").isEqualTo(201);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM msg_attachment WHERE case_id = ?").param(caseId).query(Long.class).single())
			.isEqualTo(2);

		String fileId = ok.at("/id");
		String download = "/api/v1/cases/" + caseId + "/attachments/" + fileId;
		assertThat(f.frOfficer.getBytes(download).statusCode()).as("not sent yet: the recipient cannot see it").isEqualTo(404);
		Api.Response sent = f.deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "NOTIFICATION", "body", "the file", "attachments", List.of(fileId)));
		assertThat(sent.status()).as(sent.text()).isEqualTo(201);
		assertThat(sent.at("/attachments/0/sha256")).isEqualTo(ok.at("/sha256"));
		HttpResponse<byte[]> got = f.frOfficer.getBytes(download);
		assertThat(got.statusCode()).isEqualTo(200);
		assertThat(got.body()).isEqualTo(pdf);
		assertThat(got.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(got.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(got.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(got.headers().firstValue("Repr-Digest")).hasValue("sha-256=:"
				+ Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(pdf)) + ":");
		assertThat(f.esOfficer.getBytes(download).statusCode()).isEqualTo(404);

		Api.Response again = f.deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "NOTIFICATION", "body", "the same file again", "attachments", List.of(fileId)));
		assertThat(again.status()).as("a file is sent once").isEqualTo(400);
		assertThat(again.at("/field")).isEqualTo("attachments");
	}

	private int chunkedUpload(String path, byte[] body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
					(jdbc.sql("SELECT username FROM user_account WHERE agency_id = ? AND roles = 'OFFICER' ORDER BY username LIMIT 1")
						.param(f.de).query(String.class).single() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException e) {
			// the node may close the connection once it has answered 413, before the client finished sending
			return 413;
		}
	}

	private static JsonNode withoutInstance(Api.Response r) {
		ObjectNode copy = (ObjectNode) r.json().deepCopy();
		copy.remove("instance");
		return copy;
	}
}
