package org.quotetrace.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the engine's word lists from {@code models/} (packaged in the jar under {@code /models}).
 * A list file has one entry a line; blank lines and lines starting with {@code #} are skipped.
 */
public final class ModelResources {

    private ModelResources() {
    }

    /** The non-comment, non-blank lines of {@code models/<name>}, trimmed. */
    public static List<String> lines(String name) {
        String path = "models/" + name;
        InputStream in = ModelResources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("resource " + path + " is missing from the classpath");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return lines;
    }
}
