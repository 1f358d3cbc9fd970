package org.liaison.messaging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code liaison.messaging.*}: attachment limits, refused types, storage and purge, message size, the
 * "due soon" window, and the webhook's retries.
 *
 * @param maxAttachmentSize largest attachment accepted (default 10 MB)
 * @param refusedContentTypes sniffed content types refused (default: executables and scripts)
 * @param refusedExtensions file-name extensions refused whatever the content (default: those Windows runs)
 * @param maxBodyChars longest message text (default 100,000 characters)
 * @param dueSoon how long before its deadline a request shows as due soon (default 4 hours)
 * @param webhookBackoff wait before the first retry of a webhook delivery, doubled for each further one
 * @param webhookMaxAttempts attempts before a delivery is given up as FAILED
 * @param webhookTimeout connect and response timeout of one attempt
 * @param attachmentDir where attachment contents are kept, as files named by their SHA-256 (default
 *        {@code ./data/attachments}; replicas of a node share it)
 * @param attachmentPurgeAfter age after which an upload never sent, and a file no attachment refers to,
 *        is removed (default 24 hours)
 */
@ConfigurationProperties("liaison.messaging")
public record MessagingProperties(@Nullable DataSize maxAttachmentSize, @Nullable Set<String> refusedContentTypes,
		@Nullable Set<String> refusedExtensions, int maxBodyChars, @Nullable Duration dueSoon,
		@Nullable Duration webhookBackoff, int webhookMaxAttempts, @Nullable Duration webhookTimeout,
		@Nullable Path attachmentDir, @Nullable Duration attachmentPurgeAfter) {

	public static final Set<String> EXECUTABLE_TYPES = Set.of("application/x-msdownload", "application/x-executable",
			"application/x-mach-binary", "application/java-vm", "text/x-shellscript", "application/x-ms-shortcut",
			"application/x-msi", "application/x-java-archive");

	public static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "pif", "msi", "bat",
			"cmd", "ps1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "lnk", "jar", "sh", "cpl", "reg", "app", "elf");

	public MessagingProperties {
		maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
		refusedContentTypes = refusedContentTypes == null ? EXECUTABLE_TYPES : Set.copyOf(refusedContentTypes);
		refusedExtensions = refusedExtensions == null ? EXECUTABLE_EXTENSIONS : Set.copyOf(refusedExtensions);
		maxBodyChars = maxBodyChars <= 0 ? 100_000 : maxBodyChars;
		dueSoon = dueSoon == null ? Duration.ofHours(4) : dueSoon;
		webhookBackoff = webhookBackoff == null ? Duration.ofSeconds(10) : webhookBackoff;
		webhookMaxAttempts = webhookMaxAttempts <= 0 ? 8 : webhookMaxAttempts;
		webhookTimeout = webhookTimeout == null ? Duration.ofSeconds(5) : webhookTimeout;
		attachmentDir = attachmentDir == null ? Path.of("data", "attachments") : attachmentDir;
		attachmentPurgeAfter = attachmentPurgeAfter == null ? Duration.ofHours(24) : attachmentPurgeAfter;
	}

	public long maxAttachmentBytes() {
		return maxAttachmentSize().toBytes();
	}
}
