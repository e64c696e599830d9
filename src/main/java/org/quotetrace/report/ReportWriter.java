package org.quotetrace.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.quotetrace.ledger.AtomicFiles;

/**
 * Writes a {@link ReportModel} into an output folder: {@code ledger.json}, {@code index.html} and
 * {@code speakers/<speaker>.md} and {@code .html} for every speaker, each file atomically. Speaker
 * pages left in {@code speakers/} by an earlier build whose speaker no longer exists are removed,
 * so the folder holds exactly this build's report.
 */
public final class ReportWriter {

    /** Told after each file is written; lets a caller show progress. */
    public interface FileListener {
        void written(Path file);
    }

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSite html = new HtmlSite();
    private final LedgerJson json = new LedgerJson();

    /** How many files {@link #write} writes for {@code model}. */
    public static int fileCount(ReportModel model) {
        return 2 + 2 * model.speakers().size();
    }

    /** Writes the report of {@code model} under {@code out}. */
    public void write(ReportModel model, Path out, FileListener listener) throws IOException {
        Path ledgerJson = out.resolve("ledger.json");
        AtomicFiles.write(ledgerJson, stream -> json.write(model, stream));
        listener.written(ledgerJson);
        Path speakers = out.resolve("speakers");
        Files.createDirectories(speakers);
        Set<String> written = new HashSet<>();
        for (SpeakerReport speaker : model.speakers()) {
            Path md = speakers.resolve(speaker.pageName() + ".md");
            AtomicFiles.writeString(md, markdown.speakerPage(speaker));
            listener.written(md);
            Path page = speakers.resolve(speaker.pageName() + ".html");
            AtomicFiles.writeString(page, html.speakerPage(speaker));
            listener.written(page);
            written.add(md.getFileName().toString());
            written.add(page.getFileName().toString());
        }
        removeStalePages(speakers, written);
        Path index = out.resolve("index.html");
        AtomicFiles.writeString(index, html.indexPage(model));
        listener.written(index);
    }

    /** Writes the report of {@code model} under {@code out}. */
    public void write(ReportModel model, Path out) throws IOException {
        write(model, out, file -> { });
    }

    private static void removeStalePages(Path speakers, Set<String> keep) throws IOException {
        try (DirectoryStream<Path> pages = Files.newDirectoryStream(speakers, "*.{md,html}")) {
            for (Path page : pages) {
                if (Files.isRegularFile(page) && !keep.contains(page.getFileName().toString())) {
                    Files.delete(page);
                }
            }
        }
    }
}
