package org.quotetrace.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scaffolding for the HTML-escaping test of the reports (issue 6, item 2; the reports own the
 * escaping): a corpus whose quotes, speaker names and outlet carry markup, and an assertion that a
 * rendered page shows that markup as text instead of running it. Use: write the corpus with
 * {@link #writeCorpus(Path)}, build into an output folder, then call {@link #assertEscaped(String)}
 * on every {@code .html} file (or {@link #assertAllPagesEscaped(Path)} on the folder).
 */
public final class HostileMarkup {

    /** Markup that must never reach a page unescaped. */
    public static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "<svg onload=alert(3)>");

    private HostileMarkup() {
    }

    /** Writes a two-article corpus with the payloads inside quotes, a speaker name and the outlet. */
    public static void writeCorpus(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("markup-a.txt"),
                "Harbour row\n\n“" + PAYLOADS.get(0) + " is what the flyer said,” said Mara Quell, the harbour master.\n\n"
                        + "“The pier " + PAYLOADS.get(1) + " stays shut,” said Dev <b>Okonjo</b> " + PAYLOADS.get(2) + ".\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("markup-b.txt"),
                "Harbour row, day two\n\n“" + PAYLOADS.get(0) + " is what the flyer said,” Mara Quell told reporters.\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("manifest.csv"), "file,outlet,url,published,role\n"
                + "markup-a.txt,\"<script>alert('outlet')</script>\",https://example.invalid/a,2024-05-01,article\n"
                + "markup-b.txt,Gazette,https://example.invalid/b,2024-05-02,article\n", StandardCharsets.UTF_8);
    }

    /** Asserts that no payload (nor the outlet's script) appears in {@code html} as live markup. */
    public static void assertEscaped(String html) {
        for (String payload : PAYLOADS) {
            assertThat(html).as("unescaped %s", payload).doesNotContain(payload);
        }
        assertThat(html).doesNotContain("<script>alert(").doesNotContain("<img src=x").doesNotContain("<svg onload");
    }

    /** {@link #assertEscaped(String)} on every {@code .html} file under {@code folder}; at least one must exist. */
    public static void assertAllPagesEscaped(Path folder) throws IOException {
        List<Path> pages;
        try (var files = Files.walk(folder)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).as("html pages under " + folder).isNotEmpty();
        for (Path page : pages) {
            assertEscaped(Files.readString(page, StandardCharsets.UTF_8));
        }
    }
}
