package org.quotetrace.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invented word pools of the synthetic corpus ({@code pools.txt} next to this class): names,
 * outlets, topics, statement templates, filler and page furniture. A pool is a {@code [section]}
 * of lines; a line may hold several fields separated by {@code |} (blanks around a field are dropped).
 */
final class SynthPools {

    private static final String RESOURCE = "pools.txt";

    private final Map<String, List<String>> sections;

    private SynthPools(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    /** The pools shipped with quotetrace. */
    static SynthPools standard() {
        InputStream in = SynthPools.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " of the synth package is missing");
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(trimmed.substring(1, trimmed.length() - 1), current);
                } else if (current != null) {
                    current.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new SynthPools(frozen);
    }

    /** The lines of section {@code name}. */
    List<String> section(String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException("synth pool [" + name + "] is missing or empty");
        }
        return lines;
    }

    /** The lines of section {@code name}, each split into its {@code " | "}-separated fields. */
    List<List<String>> records(String name) {
        List<List<String>> records = new ArrayList<>();
        for (String line : section(name)) {
            List<String> fields = new ArrayList<>();
            for (String field : line.split("\\|", -1)) {
                fields.add(field.strip());
            }
            records.add(List.copyOf(fields));
        }
        return records;
    }
}
