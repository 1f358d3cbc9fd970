package org.liaison.messaging.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a file's type from its first bytes, never from its name or the type the sender claims. Knows the
 * executables (PE, ELF, Mach-O, Java classes, scripts with a shebang, Windows shortcuts and installers)
 * so that they can be refused, the common document and image formats, and text (UTF-8 without NUL).
 */
public final class ContentSniffer {

	/** How many of a file's first bytes {@link #sniff} looks at, at most. */
	public static final int SAMPLE = 64 * 1024;

	private ContentSniffer() {
	}

	/** The content type of these bytes (the first few kilobytes are enough). */
	public static String sniff(byte[] content) {
		byte[] b = content;
		if (starts(b, 'M', 'Z')) {
			return "application/x-msdownload";
		}
		if (starts(b, 0x7F, 'E', 'L', 'F')) {
			return "application/x-executable";
		}
		if (starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
			// both a Java class and a universal (fat) Mach-O binary begin so: refused either way
			return b.length > 7 && (b[7] & 0xFF) > 30 ? "application/java-vm" : "application/x-mach-binary";
		}
		if (starts(b, 0xFE, 0xED, 0xFA, 0xCE) || starts(b, 0xFE, 0xED, 0xFA, 0xCF) || starts(b, 0xCE, 0xFA, 0xED, 0xFE)
				|| starts(b, 0xCF, 0xFA, 0xED, 0xFE)) {
			return "application/x-mach-binary";
		}
		if (starts(b, '#', '!')) {
			return "text/x-shellscript";
		}
		if (starts(b, 0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00)) {
			return "application/x-ms-shortcut";
		}
		if (starts(b, '%', 'P', 'D', 'F', '-')) {
			return "application/pdf";
		}
		if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (starts(b, 'G', 'I', 'F', '8')) {
			return "image/gif";
		}
		if (starts(b, 'I', 'I', '*', 0) || starts(b, 'M', 'M', 0, '*')) {
			return "image/tiff";
		}
		if (starts(b, 'R', 'I', 'F', 'F') && b.length > 11 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		if (starts(b, 'P', 'K', 3, 4)) {
			return zipKind(b);
		}
		if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			// OLE2: old Office documents, and Windows installers (refused by their extension, .msi)
			return "application/x-ole-storage";
		}
		if (starts(b, 0x1F, 0x8B)) {
			return "application/gzip";
		}
		if (isUtf8Text(b)) {
			String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8).stripLeading()
				.toLowerCase(Locale.ROOT);
			if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<script")) {
				return "text/html";
			}
			if (head.startsWith("<?xml") || head.startsWith("<svg")) {
				return head.contains("<svg") ? "image/svg+xml" : "application/xml";
			}
			if (head.startsWith("{") || head.startsWith("[")) {
				return "application/json";
			}
			return "text/plain";
		}
		return "application/octet-stream";
	}

	private static String zipKind(byte[] b) {
		if (contains(b, "META-INF/MANIFEST.MF")) {
			return "application/x-java-archive";
		}
		if (contains(b, "word/")) {
			return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
		}
		if (contains(b, "xl/")) {
			return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		}
		if (contains(b, "ppt/")) {
			return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
		}
		if (contains(b, "mimetypeapplication/vnd.oasis.opendocument.text")) {
			return "application/vnd.oasis.opendocument.text";
		}
		return "application/zip";
	}

	private static boolean starts(byte[] b, int... prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(byte[] b, String ascii) {
		byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
		int limit = Math.min(b.length, SAMPLE) - needle.length;
		outer: for (int i = 0; i <= limit; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (b[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static boolean isUtf8Text(byte[] b) {
		int n = Math.min(b.length, 8192);
		for (int i = 0; i < n; i++) {
			int c = b[i] & 0xFF;
			if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)) {
				return false;
			}
		}
		try {
			// a multi-byte character cut at the sample's end is not a reason to call it binary
			int end = n;
			while (end > 0 && n < b.length && (b[end - 1] & 0xC0) == 0x80) {
				end--;
			}
			if (end > 0 && n < b.length && (b[end - 1] & 0xC0) == 0xC0) {
				end--;
			}
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(b, 0, end));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}
}
