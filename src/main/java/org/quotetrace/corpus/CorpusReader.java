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
 */
public final class CorpusReader {

    /** Largest article file accepted, in bytes. */
    public static final long MAX_ARTICLE_BYTES = 64L * 1024 * 1024;

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
        for (String file : manifest.keySet()) {
            Path target = root.resolve(file).normalize();
            if (!target.getParent().equals(root)) {
                throw new InputException(manifestPath + ": file '" + file + "' is not inside the corpus folder");
            }
            if (!Files.isRegularFile(target)) {
                throw new InputException(manifestPath + ": file '" + file + "' does not exist in " + folder);
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
            articles.add(readArticle(file, entry, warnings));
        }
        return new Corpus(articles, warnings);
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
                        + MAX_ARTICLE_BYTES + " bytes for one article");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
        DecodedText decoded = decoder.decode(name, bytes);
        warnings.addAll(decoded.warnings());
        if (entry == null) {
            return Article.of(name, decoded.text());
        }
        return new Article(name, entry.outlet(), entry.url(), entry.published(), entry.role(), decoded.text());
    }
}
