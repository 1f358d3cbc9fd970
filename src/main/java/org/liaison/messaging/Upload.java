package org.liaison.messaging;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/** A file as a form or client sends it: the name it gives (not trusted) and its bytes. */
public record Upload(@Nullable String name, InputStream content) {
}
