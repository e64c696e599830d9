package org.quotetrace.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a corpus folder: every {@code *.txt} file directly inside it, plus the optional
 * {@code manifest.csv} that gives outlets, dates and roles. A manifest row must name a file inside
 * the folder; a row for a missing file or a path that leaves the folder is an error.
 *
 * <p>A file that cannot be used (binary, larger than {@link #MAX_ARTICLE_BYTES}, unreadable) fails
 * the whole read: every such file is named in one {@link InputException}, one line each, so the
 * user fixes them all at once. The build then writes nothing and the previous ledger stays as it
 * was; an article silently left out would make the ledger claim its outlet never carried a
 * statement. Oddities that still give a usable text (an empty file, invalid UTF-8) are warnings.
 */
public final class CorpusReader {

    /**
     * Largest article file accepted, in bytes (2 MiB). News articles are a few kilobytes, the longest
     * features a few hundred; the NLP annotation costs time and memory in proportion to the text, so
     * a bigger file is refused before it is read rather than tying up a build for many minutes.
     */
    public static final long MAX_ARTICLE_BYTES = 2L * 1024 * 1024;

    /** Most problem lines listed in one error; the rest are counted. */
    static final int MAX_PROBLEMS_LISTED = 20;

    private final TextDecoder decoder = new TextDecoder();
    private final ManifestReader manifestReader = new ManifestReader();

    /** Reads all articles of {@code folder}. */
    public Corpus read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder + ": not a folder (expected a folder of .txt articles)");
        }
        Path manifestPath = folder.resolve("manifest.csv");
        Map<String, ManifestEntry> manifest = Files.isRegularFile(manifestPath)
                ? manifestReader.read(manifestPath) : Map.of();
        Path root = folder.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        for (String file : manifest.keySet()) {
            Path target;
            try {
                target = root.resolve(file).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(manifestPath + ": file '" + file + "' is not a valid file name");
                continue;
            }
            if (!root.equals(target.getParent())) {
                problems.add(manifestPath + ": file '" + file + "' is not inside the corpus folder");
            } else if (!Files.isRegularFile(target)) {
                problems.add(manifestPath + ": file '" + file + "' does not exist in " + folder);
            }
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list folder: " + e.getMessage(), e);
        }
        List<Article> articles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            ManifestEntry entry = manifest.get(file.getFileName().toString());
            try {
                articles.add(readArticle(file, entry, warnings));
            } catch (InputException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(describe(folder, problems));
        }
        return new Corpus(articles, warnings);
    }

    /** One line per problem (at most {@link #MAX_PROBLEMS_LISTED}), after a line that sums them up. */
    static String describe(Path folder, List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder message = new StringBuilder(folder + ": " + problems.size()
                + " problems; fix them or remove the files (nothing was written):");
        problems.stream().limit(MAX_PROBLEMS_LISTED).forEach(p -> message.append(System.lineSeparator()).append("  ").append(p));
        if (problems.size() > MAX_PROBLEMS_LISTED) {
            message.append(System.lineSeparator()).append("  ... and ").append(problems.size() - MAX_PROBLEMS_LISTED).append(" more");
        }
        return message.toString();
    }

    /** Reads one article file; {@code entry} may be null when no manifest names it. */
    public Article readArticle(Path file, ManifestEntry entry, List<String> warnings) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a folder, not an article file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_ARTICLE_BYTES) {
                throw new InputException(file + ": " + size + " bytes is larger than the limit of "
                        + MAX_ARTICLE_BYTES + " bytes (2 MiB) for one article; split it or leave it out");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
        DecodedText decoded = decoder.decode(name, bytes);
        warnings.addAll(decoded.warnings());
        if (decoded.text().isBlank()) {
            warnings.add(name + ": empty article, no quotes to find");
        }
        if (entry == null) {
            return Article.of(name, decoded.text());
        }
        return new Article(name, entry.outlet(), entry.url(), entry.published(), entry.role(), decoded.text());
    }
}
