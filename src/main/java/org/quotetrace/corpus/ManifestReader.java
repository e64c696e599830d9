package org.quotetrace.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a corpus manifest: a CSV with the header {@code file,outlet,url,published,role}. Only
 * {@code file} is required; the other columns may be missing or empty.
 */
public final class ManifestReader {

    /** Reads the manifest at {@code path}, keyed by file name, in file order. */
    public Map<String, ManifestEntry> read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.toString());
        } catch (IOException e) {
            throw new InputException(path + ": cannot read manifest: " + e.getMessage(), e);
        }
    }

    /** Reads a manifest from {@code reader} (e.g. a file on HDFS); {@code path} names it in messages. */
    public Map<String, ManifestEntry> read(Reader reader, String path) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true).build();
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        try (CSVParser parser = format.parse(reader)) {
            if (!parser.getHeaderMap().containsKey("file")) {
                throw new InputException(path + ": manifest has no 'file' column (expected file,outlet,url,published,role)");
            }
            for (CSVRecord row : parser) {
                String file = get(row, "file");
                if (file.isEmpty()) {
                    continue;
                }
                if (entries.containsKey(file)) {
                    throw new InputException(path + ": line " + row.getParser().getCurrentLineNumber()
                            + ": file '" + file + "' is listed twice");
                }
                entries.put(file, new ManifestEntry(file, get(row, "outlet"), get(row, "url"),
                        get(row, "published"), get(row, "role")));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InputException(path + ": cannot read manifest: " + e.getMessage(), e);
        }
        return entries;
    }

    /**
     * The entry of one file in the manifest at {@code path}, or null when the manifest does not
     * list it. For {@code verify}, which needs one article's metadata from a manifest that may list
     * a whole archive: when no line holds an odd number of quotation marks (so no quoted field
     * spans lines and each line is one record), only the header and the lines that contain the
     * file name are parsed; otherwise the whole manifest is. Not valid UTF-8 is read as by
     * {@link #read(Path)} only on the whole-manifest paths; the lines parsed are decoded leniently. A file listed twice is an error, as in
     * {@link #read(Path)}; other rows are not checked.
     */
    public ManifestEntry entryFor(Path path, String fileName) {
        String candidates;
        try {
            byte[] bytes = Files.readAllBytes(path);
            // one char a byte: the searches below are the JDK's intrinsic ones, fast on a cold JVM
            String raw = new String(bytes, StandardCharsets.ISO_8859_1);
            candidates = raw.indexOf('"') < 0 ? linesNaming(bytes, raw, fileName) : linesNaming(path, fileName);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(path + ": cannot read manifest: " + e.getMessage(), e);
        }
        if (candidates == null) {
            return read(path).get(fileName);
        }
        try {
            return read(new java.io.StringReader(candidates), path.toString()).get(fileName);
        } catch (InputException e) {
            return read(path).get(fileName); // the same error, with the manifest's own line numbers
        }
    }

    /** The header and the lines holding {@code fileName} of a manifest without quotation marks. */
    private static String linesNaming(byte[] bytes, String raw, String fileName) {
        String needle = new String(fileName.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        int headerEnd = raw.indexOf('\n');
        if (headerEnd < 0 || needle.isEmpty()) {
            return null;
        }
        StringBuilder lines = new StringBuilder(new String(bytes, 0, headerEnd, StandardCharsets.UTF_8)).append('\n');
        int lastLine = -1;
        for (int at = raw.indexOf(needle, headerEnd); at >= 0; at = raw.indexOf(needle, at + 1)) {
            int start = raw.lastIndexOf('\n', at) + 1;
            if (start == lastLine) {
                continue;
            }
            int end = raw.indexOf('\n', at);
            end = end < 0 ? raw.length() : end;
            lines.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append('\n');
            lastLine = start;
        }
        return lines.toString();
    }

    /**
     * The header and the lines holding {@code fileName}, or null when a line holds an odd number of
     * quotation marks (a quoted field may span lines, so lines are not records).
     */
    private static String linesNaming(Path path, String fileName) throws IOException {
        StringBuilder candidates = new StringBuilder();
        try (java.io.BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            if (header == null || oddQuotes(header)) {
                return null;
            }
            candidates.append(header).append('\n');
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (oddQuotes(line)) {
                    return null;
                }
                if (line.contains(fileName)) {
                    candidates.append(line).append('\n');
                }
            }
        }
        return candidates.toString();
    }

    private static boolean oddQuotes(String line) {
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                quotes++;
            }
        }
        return (quotes & 1) == 1;
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).trim() : "";
    }
}
