package org.liaison.messaging;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of an inbox or outbox, newest first, with the cursors of the pages beside it: {@code older}
 * when this page is full (there may be more), {@code newer} when it did not start at the newest line.
 */
public record MessagePage(List<MessageLine> lines, @Nullable BoxCursor older, @Nullable BoxCursor newer) {
}
