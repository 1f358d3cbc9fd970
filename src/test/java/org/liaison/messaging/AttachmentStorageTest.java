package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.messaging.internal.AttachmentFiles;
import org.liaison.messaging.internal.AttachmentPurge;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Attachment contents in files named by their SHA-256: writing, serving, checking, moving out of rows, purging. */
class AttachmentStorageTest extends IntegrationTest {

	@Autowired
	AttachmentFiles files;

	@Autowired
	AttachmentPurge purge;

	MessagingFixture f;
	String caseId;

	@BeforeEach
	void aCase() {
		f = new MessagingFixture(api, fixtures);
		caseId = f.open("files " + Fixtures.unique("S"), Map.of("type", "NOTIFICATION", "body", "hello")).at("/caseFile/id");
	}

	@Test
	void anUploadIsKeptInAFileNamedBySha256AndNotInTheRow() throws Exception {
		byte[] content = unique("report");
		Api.Response up = upload(content);

		assertThat(up.at("/sha256")).isEqualTo(sha256(content));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM msg_attachment WHERE id = ? AND content IS NULL").param(up.at("/id"))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(Files.readAllBytes(files.find(sha256(content)).orElseThrow())).isEqualTo(content);
		HttpResponse<byte[]> download = f.deOfficer.getBytes(path(up.at("/id")));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(content);
		assertThat(download.headers().firstValue("Repr-Digest")).contains(
				"sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(content))) + ":");
	}

	@Test
	void aFileChangedOnDiskIsNotServedAndTheFailureIsAudited() throws Exception {
		byte[] content = unique("evidence");
		String id = upload(content).at("/id");
		Files.writeString(files.find(sha256(content)).orElseThrow(), "tampered");

		Api.Response refused = f.deOfficer.get(path(id));
		assertThat(refused.status()).isEqualTo(500);
		assertThat(refused.at("/type")).isEqualTo("urn:liaison:problem:attachment-unavailable");
		auditLog.seal();
		assertThat(jdbc.sql("SELECT outcome FROM audit_entry WHERE action = 'attachment.download' AND subject_id = ?").param(id)
			.query(String.class).list()).containsExactly("CORRUPT");
	}

	@Test
	void contentHeldInARowFromBeforeV24IsServedThenMovedToItsFile() throws Exception {
		byte[] content = unique("legacy");
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO msg_attachment (id, case_id, agency, uploaded_by, name, content_type, size_bytes, sha256, content, uploaded_at)
				VALUES (?, ?, ?, 'someone', 'old.txt', 'text/plain', ?, ?, ?, ?)""")
			.params(id, caseId, f.de, content.length, sha256(content), content, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		assertThat(f.deOfficer.getBytes(path(id)).body()).isEqualTo(content);

		assertThat(purge.run().movedOutOfRows()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM msg_attachment WHERE id = ? AND content IS NULL").param(id)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(Files.readAllBytes(files.find(sha256(content)).orElseThrow())).isEqualTo(content);
		assertThat(f.deOfficer.getBytes(path(id)).body()).isEqualTo(content);
	}

	@Test
	void purgeDeletesOldUploadsNeverSentAndFilesNothingRefersTo() throws Exception {
		byte[] pending = unique("never sent");
		byte[] sent = unique("sent");
		byte[] orphan = unique("left by a refused send");
		String pendingId = upload(pending).at("/id");
		String sentId = upload(sent).at("/id");
		Api.Response message = f.deOfficer.post("/api/v1/cases/" + caseId + "/messages",
				Map.of("type", "NOTIFICATION", "body", "the file", "attachments", List.of(sentId)));
		assertThat(message.status()).as(message.text()).isEqualTo(201);
		files.write(orphan);
		Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
		jdbc.sql("UPDATE msg_attachment SET uploaded_at = ? WHERE id IN (?, ?)")
			.params(twoDaysAgo.atOffset(ZoneOffset.UTC), pendingId, sentId).update();
		for (byte[] b : List.of(pending, sent, orphan)) {
			Files.setLastModifiedTime(files.find(sha256(b)).orElseThrow(), FileTime.from(twoDaysAgo));
		}
		byte[] freshOrphan = unique("refused a moment ago");
		files.write(freshOrphan);

		AttachmentPurge.Result result = purge.run();

		assertThat(result.pendingDeleted()).isGreaterThanOrEqualTo(1);
		assertThat(result.filesRemoved()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("SELECT id FROM msg_attachment WHERE id IN (?, ?)").params(pendingId, sentId).query(String.class).list())
			.containsExactly(sentId);
		assertThat(files.find(sha256(pending))).isEmpty();
		assertThat(files.find(sha256(orphan))).isEmpty();
		assertThat(files.find(sha256(freshOrphan))).isPresent();
		assertThat(f.frOfficer.getBytes(path(sentId)).body()).isEqualTo(sent);
		auditLog.seal();
		assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'attachment.purge' AND subject_id = ?").param(pendingId)
			.query(String.class).single()).contains("never sent", caseId);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'attachment.files.purge'").query(Long.class).single())
			.isPositive();
	}

	private Api.Response upload(byte[] content) {
		Api.Response r = f.deOfficer.postBytes("/api/v1/cases/" + caseId + "/attachments?name=note.txt", "text/plain", content);
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return r;
	}

	private String path(String attachmentId) {
		return "/api/v1/cases/" + caseId + "/attachments/" + attachmentId;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static byte[] unique(String words) {
		return (words + " " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
	}
}
