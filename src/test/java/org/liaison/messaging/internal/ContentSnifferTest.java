package org.liaison.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Types are told from the bytes: executables of every kind are recognised whatever they are named. */
class ContentSnifferTest {

	private static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			b[i] = (byte) values[i];
		}
		return b;
	}

	private static byte[] text(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void recognisesExecutablesAndScripts() {
		assertThat(ContentSniffer.sniff(bytes('M', 'Z', 0x90, 0))).isEqualTo("application/x-msdownload");
		assertThat(ContentSniffer.sniff(bytes(0x7F, 'E', 'L', 'F', 2, 1))).isEqualTo("application/x-executable");
		assertThat(ContentSniffer.sniff(bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0))).isEqualTo("application/x-mach-binary");
		assertThat(ContentSniffer.sniff(bytes(0xFE, 0xED, 0xFA, 0xCE, 0, 0))).isEqualTo("application/x-mach-binary");
		assertThat(ContentSniffer.sniff(bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 2))).as("fat Mach-O: two architectures")
			.isEqualTo("application/x-mach-binary");
		assertThat(ContentSniffer.sniff(bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61))).as("a Java 17 class")
			.isEqualTo("application/java-vm");
		assertThat(ContentSniffer.sniff(text("#!/usr/bin/env python3\nprint(1)\n"))).isEqualTo("text/x-shellscript");
		assertThat(ContentSniffer.sniff(bytes(0x4C, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0))).isEqualTo("application/x-ms-shortcut");
		byte[] jar = new byte[200];
		System.arraycopy(bytes('P', 'K', 3, 4), 0, jar, 0, 4);
		System.arraycopy(text("META-INF/MANIFEST.MF"), 0, jar, 30, 20);
		assertThat(ContentSniffer.sniff(jar)).isEqualTo("application/x-java-archive");
	}

	@Test
	void recognisesDocumentsImagesAndText() {
		assertThat(ContentSniffer.sniff(text("%PDF-1.4\n"))).isEqualTo("application/pdf");
		assertThat(ContentSniffer.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).isEqualTo("image/png");
		assertThat(ContentSniffer.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo("image/jpeg");
		byte[] docx = new byte[200];
		System.arraycopy(bytes('P', 'K', 3, 4), 0, docx, 0, 4);
		System.arraycopy(text("word/document.xml"), 0, docx, 30, 17);
		assertThat(ContentSniffer.sniff(docx)).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(ContentSniffer.sniff(text("Протокол допроса, 12 страниц\n"))).isEqualTo("text/plain");
		assertThat(ContentSniffer.sniff(text("  <!DOCTYPE html><p>x"))).isEqualTo("text/html");
		assertThat(ContentSniffer.sniff(text("{\"a\":1}"))).isEqualTo("application/json");
		assertThat(ContentSniffer.sniff(bytes(1, 2, 3, 0, 200))).isEqualTo("application/octet-stream");
		assertThat(ContentSniffer.sniff(bytes('a', 0xC3))).as("not valid UTF-8").isEqualTo("application/octet-stream");
	}

	@Test
	void aMultiByteCharacterCutAtTheSampleEndIsStillText() {
		byte[] head = text("é".repeat(5000));
		assertThat(head.length).isGreaterThan(8192);
		assertThat(ContentSniffer.sniff(head)).isEqualTo("text/plain");
		byte[] odd = text("a" + "é".repeat(5000));
		assertThat(ContentSniffer.sniff(odd)).isEqualTo("text/plain");
	}
}
