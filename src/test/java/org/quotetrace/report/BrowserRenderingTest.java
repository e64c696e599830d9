package org.quotetrace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.pipeline.Quotetrace;

/**
 * Renders the HTML site in a real browser (headless Debian Chromium) and checks the DOM it builds:
 * the seeds' index and busiest speaker page as {@code build} writes them, and a hand-linked story
 * with every fidelity class. Screenshots go to {@code target/screenshots/} for a person to look at.
 * Without Chromium the test is skipped, except under CI ({@code CI=true}), where it fails.
 */
class BrowserRenderingTest {

    private static final Path TARGET = Path.of(System.getProperty("quotetrace.projectDir", "."), "target");
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");

    private HeadlessChromium chromium;

    @BeforeEach
    void findBrowser() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        if (found.isEmpty()) {
            if (HeadlessChromium.inCi()) {
                fail("Chromium not found (CI=true): .ci/run installs Debian's chromium package; "
                        + "or set QUOTETRACE_CHROMIUM to its path");
            }
            Assumptions.abort("Chromium is not installed (apt-get install chromium); browser test skipped outside CI");
        }
        chromium = found.get();
    }

    @Test
    void seedsSiteRendersWithEveryCellAndDiffMark() throws Exception {
        Path projectDir = Path.of(System.getProperty("quotetrace.projectDir", "."));
        List<Article> articles = new CorpusReader().read(projectDir.resolve("seeds")).articles();
        Path site = TARGET.resolve("browser/seeds");
        Quotetrace.standard(2).build(articles, site);
        ReportModel model = new ReportBuilder().build(LedgerJsonReader.read(site.resolve("ledger.json")), articles);

        String index = chromium.render(site.resolve("index.html"), SCREENSHOTS.resolve("seeds-index.png"), 1280, 1400);
        assertThat(count(index, "<a href=\"speakers/")).isEqualTo(model.speakers().size());
        assertThat(count(section(index, "outlets"), "<tr")).isEqualTo(model.outlets().size() + 1);
        assertThat(index).doesNotContain("<script");

        SpeakerReport speaker = model.speakers().get(0);
        String page = chromium.render(site.resolve(HtmlSite.speakerPath(speaker)),
                SCREENSHOTS.resolve("seeds-speaker-" + speaker.pageName() + ".png"), 1280, 2200);
        assertThat(page).contains("<h1>" + Html.escape(speaker.speakerName()) + "</h1>");
        assertThat(count(page, "<td class=\"cell fid-"))
                .isEqualTo(speaker.statements().size() * speaker.matrixOutlets().size());
        for (FidelityClass c : FidelityClass.values()) {
            long cells = speaker.statements().stream().flatMap(s -> s.cells().stream())
                    .filter(cell -> cell.fidelityClass() == c).count();
            assertThat(count(page, "<td class=\"cell fid-" + c.label() + "\"")).as(c.label()).isEqualTo(cells);
        }
        int legend = speaker.statements().isEmpty() ? 0 : 1;
        assertThat(count(page, "<del class=\"diff-del\">")).isEqualTo(diffRuns(speaker, DiffOp.DELETE) + legend);
        assertThat(count(page, "<ins class=\"diff-ins\">")).isEqualTo(diffRuns(speaker, DiffOp.INSERT) + legend);
        assertThat(count(section(page, "unlinked"), "<tr")).isEqualTo(
                speaker.unlinkedQuotes().isEmpty() ? 0 : speaker.unlinkedQuotes().size() + 1);
        assertThat(page).doesNotContain("<script");
    }

    @Test
    void everyFidelityClassAndDiffMarkReachTheDom() throws Exception {
        ReportFixture fixture = ReportFixture.build();
        ReportModel model = new ReportBuilder().build(fixture.linkResult(), fixture.articles);
        Path site = TARGET.resolve("browser/fixture");
        new ReportWriter().write(model, site);

        String lind = chromium.render(site.resolve("speakers/mara-lind.html"),
                SCREENSHOTS.resolve("fixture-speaker-mara-lind.png"), 1280, 2400);
        assertThat(count(lind, "<td class=\"cell fid-")).isEqualTo(8);
        for (String c : List.of("original", "verbatim", "fragment", "edited", "altered", "paraphrase", "absent")) {
            assertThat(count(lind, "<td class=\"cell fid-" + c + "\"")).as(c).isPositive();
        }
        assertThat(lind).contains("every <ins class=\"diff-ins\">single</ins> resident who "
                + "<del class=\"diff-del\">wrote</del> <ins class=\"diff-ins\">complained</ins> to us.");

        String berg = chromium.render(site.resolve("speakers/tomas-berg.html"),
                SCREENSHOTS.resolve("fixture-speaker-tomas-berg.png"), 1280, 1600);
        assertThat(berg).contains("<td class=\"cell fid-reuse\"");
        assertThat(berg).doesNotContain("<script").doesNotContain("<b>")
                .contains("Ships &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b&gt;boats&lt;/b&gt; are fine");

        String index = chromium.render(site.resolve("index.html"), SCREENSHOTS.resolve("fixture-index.png"), 1280, 1000);
        assertThat(section(index, "outlets")).contains("<tr class=\"problem\"><td>River Times</td>");
        assertThat(count(index, "<a href=\"speakers/")).isEqualTo(2);
    }

    private static long diffRuns(SpeakerReport speaker, DiffOp op) {
        return speaker.statements().stream().flatMap(s -> s.occurrences().stream())
                .filter(o -> o.diff() != null).flatMap(o -> o.diff().parts().stream())
                .filter(p -> p.op() == op).count();
    }

    /** The HTML of the {@code <section id=...>} in a rendered page. */
    private static String section(String dom, String id) {
        Matcher m = Pattern.compile("<section id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("section " + id).isTrue();
        return m.group(1);
    }

    private static long count(String text, String needle) {
        return HtmlSiteTest.count(text, needle);
    }

    static {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
