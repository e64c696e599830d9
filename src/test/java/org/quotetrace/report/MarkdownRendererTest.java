package org.quotetrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final ReportModel model = new ReportBuilder().build(ReportFixture.build().linkResult(),
            ReportFixture.build().articles);

    private String page(String speakerId) {
        return new MarkdownRenderer().speakerPage(model.speakers().stream()
                .filter(s -> s.speakerId().equals(speakerId)).findFirst().orElseThrow());
    }

    @Test
    void speakerPageHasEverySection() {
        String md = page("mara-lind");
        assertThat(md).startsWith("# Mara Lind\n");
        assertThat(md).contains("## Statement x outlet matrix", "## Statements", "## Names and titles by outlet",
                "## Statements credited to someone else", "## First appearances", "## Quotes not linked to a statement");
        assertThat(md).contains("| S2 | original | altered | paraphrase | absent |");
        assertThat(md).contains("every **single** resident who ~~wrote~~ **complained** to us.");
        assertThat(md).contains("| River Times | Mayor Lind (2); She |");
        assertThat(md).contains("| S3 | River Times | `river.txt` | Tomas Berg | Mayor Lind |");
    }

    @Test
    void markupInArticleTextIsInert() {
        String md = page("tomas-berg");
        assertThat(md).doesNotContain("<script", "<b>");
        assertThat(md).contains("Ships &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b&gt;boats&lt;/b&gt; are fine");
        assertThat(md).contains("| S3 | River Times | `river.txt` | Mara Lind | Mayor Lind |");
    }

    @Test
    void idsBecomeCodeSpansUnlessTheyHoldBackticks() {
        assertThat(Markdown.code("003_a.txt")).isEqualTo("`003_a.txt`");
        assertThat(Markdown.code("a`b_c")).isEqualTo("a\\`b\\_c");
    }

    @Test
    void escapesMarkdownSyntax() {
        assertThat(Markdown.escape("a|b *c* _d_ [e](f) `g`\nh")).isEqualTo("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` h");
    }
}
