package org.quotetrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlSiteTest {

    private final ReportModel model = new ReportBuilder().build(ReportFixture.build().linkResult(),
            ReportFixture.build().articles);
    private final HtmlSite site = new HtmlSite();

    private List<String> pages() {
        List<String> pages = new ArrayList<>();
        pages.add(site.indexPage(model));
        model.speakers().forEach(s -> pages.add(site.speakerPage(s)));
        return pages;
    }

    private String page(String speakerId) {
        return site.speakerPage(model.speakers().stream().filter(s -> s.speakerId().equals(speakerId)).findFirst()
                .orElseThrow());
    }

    @Test
    void articleMarkupIsEscapedEverywhere() {
        String berg = page("tomas-berg");
        assertThat(berg).contains("Ships &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;boats&lt;/b&gt;");
        for (String page : pages()) {
            assertThat(page).doesNotContainIgnoringCase("<script").doesNotContain("<b>");
        }
    }

    @Test
    void pagesAreSelfContained() {
        for (String page : pages()) {
            assertThat(page).doesNotContain("http://", "https://", "<link", "src=", "@import", "url(", "@font-face");
            assertThat(page).contains("Content-Security-Policy").contains("default-src 'none'");
        }
    }

    @Test
    void matrixHasACellPerStatementAndOutletAndALegend() {
        String lind = page("mara-lind");
        assertThat(count(lind, "<td class=\"cell fid-")).isEqualTo(2 * 4);
        for (String c : List.of("original", "verbatim", "fragment", "edited", "altered", "paraphrase", "absent")) {
            assertThat(lind).contains("<td class=\"cell fid-" + c + "\"");
        }
        assertThat(page("tomas-berg")).contains("<td class=\"cell fid-reuse\"");
        for (FidelityClass c : FidelityClass.values()) {
            assertThat(lind).contains("<span class=\"swatch fid-" + c.label() + "\">" + c.label() + "</span>");
        }
    }

    @Test
    void diffsMarkInsertedAndDeletedWords() {
        String lind = page("mara-lind");
        assertThat(lind).contains("every <ins class=\"diff-ins\">single</ins> resident who "
                + "<del class=\"diff-del\">wrote</del> <ins class=\"diff-ins\">complained</ins> to us.");
        assertThat(lind).contains("<ins class=\"diff-ins\">[in Norby]</ins>");
    }

    @Test
    void indexListsOutletsProblemsFirstAndLinksEverySpeaker() {
        String index = site.indexPage(model);
        assertThat(index.indexOf("<td>River Times</td>")).isLessThan(index.indexOf("<td>Valley Post</td>"));
        assertThat(index).contains("<tr class=\"problem\"><td>Coast Daily</td>");
        for (SpeakerReport s : model.speakers()) {
            assertThat(index).contains("<a href=\"speakers/" + s.pageName() + ".html\">");
        }
    }

    @Test
    void markupInNamesOutletsAndMentionsIsEscapedToo() throws Exception {
        String evil = "<img src=x onerror=alert(1)>\"'&";
        org.quotetrace.ledger.LedgerRow row = new org.quotetrace.ledger.LedgerRow("a:0-5", "a.txt", evil, evil, evil,
                evil, evil, "direct", evil, 0, 5, List.of("S<1>"), "altered", 0.5, "a.txt");
        org.quotetrace.linking.Statement statement = new org.quotetrace.linking.Statement("S<1>", "other", evil,
                "a.txt", 0, 5, evil + " said", List.of(evil));
        ReportModel hostile = new ReportBuilder().build(new org.quotetrace.linking.LinkResult(List.of(row),
                List.of(statement)), List.of(new org.quotetrace.corpus.Article("a.txt", evil, "", evil, "", evil)));
        List<String> pages = new ArrayList<>();
        pages.add(site.indexPage(hostile));
        hostile.speakers().forEach(s -> pages.add(site.speakerPage(s)));
        hostile.speakers().forEach(s -> pages.add(new MarkdownRenderer().speakerPage(s)));
        assertThat(pages).hasSize(5).allSatisfy(page -> assertThat(page).doesNotContain("<img").doesNotContain("\"'&\"")
                .contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertThat(hostile.speakers()).allSatisfy(s -> assertThat(s.pageName()).matches("[a-z0-9-]+"));
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
