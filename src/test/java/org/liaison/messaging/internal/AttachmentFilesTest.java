package org.liaison.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.common.Problem;
import org.liaison.messaging.MessagingProperties;

/** The content-addressed attachment files: naming, idempotence, the size limit, integrity and the purge. */
class AttachmentFilesTest {

	@TempDir
	Path dir;

	AttachmentFiles files;

	@BeforeEach
	void store() {
		files = new AttachmentFiles(new MessagingProperties(null, null, null, 0, null, null, 0, null, dir, null));
	}

	@Test
	void anUploadIsKeptUnderItsSha256WithItsHeadForSniffing() throws Exception {
		byte[] content = "%PDF-1.7\nhello\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		AttachmentFiles.Incoming in = files.receive(new ByteArrayInputStream(content), 1000, 4);

		assertThat(in.size()).isEqualTo(content.length);
		assertThat(in.sha256()).isEqualTo(sha256(content));
		assertThat(in.head()).containsExactly('%', 'P', 'D', 'F');
		assertThat(files.keep(in)).isEqualTo(sha256(content));
		Path file = dir.resolve(sha256(content).substring(0, 2)).resolve(sha256(content));
		assertThat(Files.readAllBytes(file)).isEqualTo(content);
		assertThat(files.find(sha256(content))).contains(file);
		assertThat(temporaries()).isEmpty();
	}

	@Test
	void equalContentGivesOneFile() throws Exception {
		byte[] content = "same words".getBytes(StandardCharsets.US_ASCII);
		String first = files.write(content);
		String second = files.keep(files.receive(new ByteArrayInputStream(content), 100, 16));

		assertThat(second).isEqualTo(first);
		List<String> stored = new ArrayList<>();
		files.each(stored::add);
		assertThat(stored).containsExactly(first);
	}

	@Test
	void anUploadOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
		assertThatThrownBy(() -> files.receive(new ByteArrayInputStream(new byte[101]), 100, 16))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("attachment-too-large"));
		assertThat(temporaries()).isEmpty();
		List<String> stored = new ArrayList<>();
		files.each(stored::add);
		assertThat(stored).isEmpty();
	}

	@Test
	void aFileChangedOnDiskIsNoLongerIntact() throws Exception {
		String sha = files.write("original".getBytes(StandardCharsets.US_ASCII));
		Path file = files.find(sha).orElseThrow();
		assertThat(files.isIntact(file, sha)).isTrue();

		Files.writeString(file, "tampered");
		assertThat(files.isIntact(file, sha)).isFalse();
	}

	@Test
	void purgeRemovesOnlyFilesOlderThanTheCutoff() throws Exception {
		Instant now = Instant.now();
		String old = files.write("old".getBytes(StandardCharsets.US_ASCII));
		String fresh = files.write("fresh".getBytes(StandardCharsets.US_ASCII));
		Files.setLastModifiedTime(files.find(old).orElseThrow(), FileTime.from(now.minus(Duration.ofDays(2))));

		assertThat(files.purgeIfOld(fresh, now.minus(Duration.ofDays(1)))).isFalse();
		assertThat(files.purgeIfOld(old, now.minus(Duration.ofDays(1)))).isTrue();
		assertThat(files.find(old)).isEmpty();
		assertThat(files.find(fresh)).isPresent();
		assertThat(files.purgeIfOld(old, now)).isFalse();
	}

	@Test
	void anOldFileWrittenAgainIsFreshAndSurvivesThePurge() throws Exception {
		Instant now = Instant.now();
		byte[] content = "uploaded twice".getBytes(StandardCharsets.US_ASCII);
		String sha = files.write(content);
		Files.setLastModifiedTime(files.find(sha).orElseThrow(), FileTime.from(now.minus(Duration.ofDays(2))));

		files.write(content);
		assertThat(files.purgeIfOld(sha, now.minus(Duration.ofDays(1)))).isFalse();
		assertThat(files.read(sha)).isEqualTo(content);
	}

	private List<Path> temporaries() throws IOException {
		try (var s = Files.list(dir.resolve("tmp"))) {
			return s.toList();
		}
	}

	private static String sha256(byte[] b) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
	}
}
