package org.liaison.messaging.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.liaison.common.Problem;
import org.liaison.messaging.MessagingProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Attachment contents as files named by their SHA-256 under {@code liaison.messaging.attachment-dir}
 * ({@code ab/abcdef...}), so that neither the node nor the database copies them through the row store.
 * A file is written to a temporary file, forced to disk and moved into place atomically, replacing any
 * file of the same name: equal content gives the same file, and a file in place is always complete.
 * The rows of {@code msg_attachment} refer to a file by its SHA-256; {@link #purgeIfOld} removes one
 * that no row refers to.
 */
@Component
public class AttachmentFiles {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	/** An upload read into a temporary file: its size, SHA-256 and first bytes (for sniffing its type). */
	public record Incoming(Path temporary, long size, String sha256, byte[] head) {
	}

	private final Path root;
	private final Path temporaries;

	AttachmentFiles(MessagingProperties properties) {
		this.root = properties.attachmentDir().toAbsolutePath().normalize();
		this.temporaries = root.resolve("tmp");
		try {
			Files.createDirectories(temporaries);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create the attachment directory " + root, e);
		}
	}

	/**
	 * Reads the stream into a temporary file, at most {@code max} bytes (413 {@code attachment-too-large}
	 * beyond, the temporary file removed), hashing it and keeping its first {@code headBytes}.
	 */
	public Incoming receive(InputStream in, long max, int headBytes) {
		Path tmp = null;
		try {
			tmp = Files.createTempFile(temporaries, "upload-", ".part");
			MessageDigest digest = sha256();
			byte[] head = new byte[headBytes];
			long size = 0;
			try (OutputStream out = Files.newOutputStream(tmp); InputStream hashed = new DigestInputStream(in, digest)) {
				byte[] buffer = new byte[64 * 1024];
				int n;
				while ((n = hashed.read(buffer)) != -1) {
					if (size + n > max) {
						throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "attachment-too-large", "Attachment too large",
								"an attachment has at most " + max + " bytes");
					}
					if (size < headBytes) {
						System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, headBytes - size));
					}
					out.write(buffer, 0, n);
					size += n;
				}
			}
			return new Incoming(tmp, size, HexFormat.of().formatHex(digest.digest()),
					Arrays.copyOf(head, (int) Math.min(size, headBytes)));
		}
		catch (IOException | RuntimeException e) {
			discard(tmp);
			if (e instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw (RuntimeException) e;
		}
	}

	/** Forces the upload to disk and moves it into place under its SHA-256; returns that name. */
	public String keep(Incoming incoming) {
		try (FileChannel channel = FileChannel.open(incoming.temporary(), StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		catch (IOException e) {
			discard(incoming.temporary());
			throw new UncheckedIOException(e);
		}
		moveIntoPlace(incoming.temporary(), incoming.sha256());
		return incoming.sha256();
	}

	/** Stores these bytes (an attachment arriving from another node, or one moved out of the database). */
	public String write(byte[] content) {
		Incoming incoming = receive(new java.io.ByteArrayInputStream(content), content.length, 0);
		return keep(incoming);
	}

	/** Removes an upload that is not kept (refused, or empty). */
	public void discard(Incoming incoming) {
		discard(incoming.temporary());
	}

	/** The file named by this SHA-256, if it is there. */
	public Optional<Path> find(String sha256) {
		Path file = pathOf(sha256);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/** Whether the file's content still has the SHA-256 it is named by. */
	public boolean isIntact(Path file, String sha256) {
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException e) {
			return false;
		}
		return HexFormat.of().formatHex(digest.digest()).equals(sha256);
	}

	public byte[] read(String sha256) {
		try {
			return Files.readAllBytes(pathOf(sha256));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Offers the SHA-256 of every stored file to the consumer. */
	public void each(Consumer<String> stored) {
		try (Stream<Path> files = Files.walk(root, 2)) {
			files.filter(Files::isRegularFile)
				.map(p -> p.getFileName().toString())
				.filter(name -> SHA256.matcher(name).matches())
				.forEach(stored);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Removes the file if it was last written before {@code cutoff}; the caller has checked that no row
	 * refers to it. An upload of the same content moves a fresh file into place: a file set aside here and
	 * found fresh is such an upload's and is put back, so an upload racing the purge keeps its file.
	 */
	public boolean purgeIfOld(String sha256, Instant cutoff) {
		Path file = pathOf(sha256);
		Path aside = temporaries.resolve(sha256 + ".purging");
		try {
			if (!Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
				return false;
			}
			Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			if (Files.getLastModifiedTime(aside).toInstant().isBefore(cutoff)) {
				Files.delete(aside);
				return true;
			}
			Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return false;
		}
		catch (NoSuchFileException e) {
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Removes temporary files left by uploads interrupted before {@code cutoff} (a crash mid-upload). */
	public int purgeTemporaries(Instant cutoff) {
		try (Stream<Path> files = Files.list(temporaries)) {
			return (int) files.filter(p -> lastModifiedBefore(p, cutoff)).filter(AttachmentFiles::deleted).count();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void moveIntoPlace(Path tmp, String sha256) {
		Path target = pathOf(sha256);
		try {
			Files.createDirectories(target.getParent());
			try {
				Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
				dir.force(true); // the rename itself survives a crash
			}
			catch (IOException e) {
				// some platforms cannot open a directory; the file itself is on disk
			}
		}
		catch (IOException e) {
			discard(tmp);
			throw new UncheckedIOException(e);
		}
	}

	private Path pathOf(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256 in hex");
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private static boolean lastModifiedBefore(Path p, Instant cutoff) {
		try {
			return Files.getLastModifiedTime(p).toInstant().isBefore(cutoff);
		}
		catch (IOException e) {
			return false;
		}
	}

	private static boolean deleted(Path p) {
		try {
			return Files.deleteIfExists(p);
		}
		catch (IOException e) {
			return false;
		}
	}

	private static void discard(Path tmp) {
		if (tmp != null) {
			deleted(tmp);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
