package org.quotetrace.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.corpus.InputException;
import org.quotetrace.corpus.ManifestEntry;
import org.quotetrace.corpus.ManifestReader;

/**
 * Reads the single articles that {@code verify} and {@code add} take, more strictly than a corpus
 * build: besides a missing file, a folder or binary content, it refuses an empty file, text that is
 * not valid UTF-8 (or UTF-16 with a byte-order mark), and files over {@value #MAX_BYTES} bytes
 * (a news article is a few tens of kilobytes). Each refusal is an {@link InputException} with a
 * one-line message. A {@code manifest.csv} next to a file that names it gives its outlet, date and role.
 */
public final class ArticleInput {

    /** Largest article accepted, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The name that stands for standard input. */
    public static final String STDIN = "-";

    private final CorpusReader reader = new CorpusReader();

    /** Reads {@code file} (checked before any byte is read). */
    public Article read(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a folder, not an article file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(file + ": " + size + " bytes is over the limit of " + MAX_BYTES
                        + " bytes for one article");
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<String> warnings = new ArrayList<>();
        Article article = reader.readArticle(file, manifestEntry(file), warnings);
        return checked(file.toString(), article, warnings);
    }

    /** Reads an article from {@code in} (standard input), named {@code stdin.txt}. */
    public Article read(InputStream in) {
        byte[] bytes;
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[1 << 16];
            int n;
            while ((n = in.read(chunk)) > 0) {
                buffer.write(chunk, 0, n);
                if (buffer.size() > MAX_BYTES) {
                    throw new InputException("standard input: over the limit of " + MAX_BYTES + " bytes for one article");
                }
            }
            bytes = buffer.toByteArray();
        } catch (IOException e) {
            throw new InputException("standard input: cannot read: " + e.getMessage(), e);
        }
        var decoded = new org.quotetrace.corpus.TextDecoder().decode("standard input", bytes);
        return checked("standard input", Article.of("stdin.txt", decoded.text()), decoded.warnings());
    }

    private static Article checked(String name, Article article, List<String> warnings) {
        if (!warnings.isEmpty()) {
            throw new InputException(name + ": not valid UTF-8 text; convert it to UTF-8 first");
        }
        if (article.text().isBlank()) {
            throw new InputException(name + ": empty file, no article text");
        }
        return article;
    }

    private static ManifestEntry manifestEntry(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Path manifest = folder == null ? null : folder.resolve("manifest.csv");
        if (manifest == null || !Files.isRegularFile(manifest)) {
            return null;
        }
        return new ManifestReader().entryFor(manifest, file.getFileName().toString());
    }
}
