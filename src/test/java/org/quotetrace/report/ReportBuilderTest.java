package org.quotetrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.LinkResult;

class ReportBuilderTest {

    private final ReportFixture fixture = ReportFixture.build();
    private final ReportModel model = new ReportBuilder().build(fixture.linkResult(), fixture.articles);

    private SpeakerReport speaker(String id) {
        return model.speakers().stream().filter(s -> s.speakerId().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, MatrixCell> row(SpeakerReport speaker, String statementId) {
        return speaker.statements().stream().filter(s -> s.statement().id().equals(statementId)).findFirst()
                .orElseThrow().cells().stream().collect(Collectors.toMap(MatrixCell::outletLabel, Function.identity()));
    }

    @Test
    void fixtureOffsetsPointAtTheQuotedWords() {
        Map<String, Article> articles = fixture.articles.stream().collect(Collectors.toMap(Article::id, a -> a));
        for (LedgerRow row : fixture.rows) {
            assertThat(articles.get(row.articleId()).text().substring(row.charStart(), row.charEnd())).isEqualTo(row.text());
        }
    }

    @Test
    void matrixColoursEveryFidelityClass() {
        SpeakerReport lind = speaker("mara-lind");
        assertThat(lind.outlets()).containsExactly("Norby Council", "Coast Daily", "River Times", "Valley Post");
        Map<String, MatrixCell> s1 = row(lind, "S1");
        assertThat(s1.get("Norby Council").fidelityClass()).isEqualTo(FidelityClass.ORIGINAL);
        assertThat(s1.get("Coast Daily").fidelityClass()).isEqualTo(FidelityClass.VERBATIM);
        assertThat(s1.get("River Times").fidelityClass()).isEqualTo(FidelityClass.FRAGMENT);
        assertThat(s1.get("Valley Post").fidelityClass()).isEqualTo(FidelityClass.EDITED);
        Map<String, MatrixCell> s2 = row(lind, "S2");
        assertThat(s2.get("Coast Daily").fidelityClass()).isEqualTo(FidelityClass.ALTERED);
        assertThat(s2.get("River Times").fidelityClass()).isEqualTo(FidelityClass.PARAPHRASE);
        assertThat(s2.get("Valley Post").fidelityClass()).isEqualTo(FidelityClass.ABSENT);
        assertThat(s2.get("Valley Post").occurrences()).isEmpty();

        Map<String, MatrixCell> s3 = row(speaker("tomas-berg"), "S3");
        assertThat(s3.get("Valley Post").fidelityClass()).isEqualTo(FidelityClass.REUSE);
        assertThat(s3.get("River Times").fidelityClass()).isEqualTo(FidelityClass.VERBATIM);
        assertThat(s3.get("River Times").misattributed()).isTrue();
        assertThat(s3).doesNotContainKey("Coast Daily");
    }

    @Test
    void diffsOnlyForEditedAlteredAndParaphrased() {
        for (Occurrence o : model.occurrences()) {
            boolean expected = List.of("edited", "altered", "paraphrase").contains(o.row().fidelity());
            assertThat(o.diff() != null).as(o.row().occurrenceId()).isEqualTo(expected);
        }
        Occurrence altered = model.occurrences().stream().filter(o -> o.fidelityClass() == FidelityClass.ALTERED)
                .findFirst().orElseThrow();
        assertThat(altered.diff().parts()).anySatisfy(p -> {
            assertThat(p.op()).isEqualTo(DiffOp.DELETE);
            assertThat(p.text()).isEqualTo("wrote");
        });
    }

    @Test
    void misattributionShowsOnBothSpeakers() {
        assertThat(speaker("tomas-berg").creditedElsewhere()).singleElement().satisfies(m -> {
            assertThat(m.statementId()).isEqualTo("S3");
            assertThat(m.creditedSpeakerName()).isEqualTo("Mara Lind");
            assertThat(m.occurrence().outletLabel()).isEqualTo("River Times");
        });
        assertThat(speaker("mara-lind").creditedHere()).singleElement().satisfies(m -> {
            assertThat(m.statementSpeakerName()).isEqualTo("Tomas Berg");
            assertThat(m.occurrence().row().speakerMention()).isEqualTo("Mayor Lind");
        });
        assertThat(speaker("mara-lind").creditedElsewhere()).isEmpty();
    }

    @Test
    void reuseIsNeitherMisattributionNorAName() {
        SpeakerReport berg = speaker("tomas-berg");
        assertThat(berg.names()).extracting(OutletNames::outletLabel).doesNotContain("Valley Post");
        assertThat(model.occurrences()).filteredOn(o -> o.row().kind().equals("reuse"))
                .allSatisfy(o -> assertThat(o.misattributed()).isFalse());
    }

    @Test
    void namesEachOutletUsed() {
        Map<String, List<String>> names = speaker("mara-lind").names().stream().collect(Collectors.toMap(
                OutletNames::outletLabel, n -> n.mentions().stream().map(OutletNames.MentionCount::mention).toList()));
        assertThat(names.get("River Times")).containsExactly("Mayor Lind", "She");
        assertThat(names.get("Coast Daily")).containsExactly("Ms Lind", "the mayor");
        assertThat(speaker("mara-lind").names().stream().filter(n -> n.outletLabel().equals("River Times"))
                .findFirst().orElseThrow().mentions().get(0).count()).isEqualTo(2);
    }

    @Test
    void timelineIsChronologicalAndMarksFirstAppearances() {
        SpeakerReport lind = speaker("mara-lind");
        assertThat(lind.timeline()).extracting(TimelineEntry::articleId)
                .containsExactly("press.txt", "coast.txt", "river.txt");
        assertThat(lind.timeline().get(0).firstAppearances()).containsExactly("S1", "S2");
        assertThat(lind.timeline().get(1).firstAppearances()).isEmpty();
        assertThat(lind.undatedArticles()).isEqualTo(1);
    }

    @Test
    void outletsWithMisquotesOrMisattributionsComeFirst() {
        assertThat(model.outlets()).extracting(OutletSummary::outletLabel)
                .containsExactly("River Times", "Coast Daily", "Norby Council", "Valley Post");
        OutletSummary river = model.outlets().get(0);
        assertThat(river.quotes()).isEqualTo(4);
        assertThat(river.linked()).isEqualTo(3);
        assertThat(river.misattributed()).isEqualTo(1);
        assertThat(river.share(FidelityClass.PARAPHRASE)).isEqualTo(1.0 / 3);
        assertThat(model.outlets().get(3).share(FidelityClass.REUSE)).isEqualTo(0.5);
    }

    @Test
    void unlinkedQuotesAreKept() {
        assertThat(speaker("tomas-berg").unlinkedQuotes()).singleElement()
                .extracting(o -> o.row().text()).isEqualTo(ReportFixture.HOSTILE);
    }

    @Test
    void speakerIdsThatAreNotPlainSlugsGetSafePageNames() {
        LedgerRow row = new LedgerRow("a:0-5", "a.txt", "", "../../etc/passwd", "Evil", "Evil", "said", "direct",
                "hello", 0, 5, List.of(), "", Double.NaN, "");
        ReportModel m = new ReportBuilder().build(new LinkResult(List.of(row)), List.of(Article.of("a.txt", "hello")));
        assertThat(m.speakers()).singleElement().extracting(SpeakerReport::pageName).asString()
                .matches("speaker-[0-9a-f]{16}");
        assertThat(m.outlets()).singleElement().extracting(OutletSummary::outletLabel).isEqualTo("a");
    }

    @Test
    void matrixKeepsTheOutletsCarryingMostStatementsWhenThereAreTooMany() {
        List<LedgerRow> rows = new java.util.ArrayList<>();
        List<Article> articles = new java.util.ArrayList<>();
        int outlets = ReportBuilder.MAX_MATRIX_OUTLETS + 15;
        for (int i = 0; i < outlets; i++) {
            String id = String.format("a%03d.txt", i);
            articles.add(new Article(id, String.format("Outlet %03d", i), "", "", "article", "x"));
            // The first 15 outlets only quote the speaker without carrying the statement.
            List<String> statements = i < 15 ? List.of() : List.of("S1");
            rows.add(new LedgerRow(id + ":0-1", id, String.format("Outlet %03d", i), "ana", "Ana", "Ana", "said",
                    "direct", "x", 0, 1, statements, i < 15 ? "" : i == 15 ? "original" : "verbatim", 1.0,
                    i < 15 ? "" : "a015.txt"));
        }
        org.quotetrace.linking.Statement s1 = new org.quotetrace.linking.Statement("S1", "ana", "Ana", "a015.txt", 0, 1,
                "x", List.of("ana"));
        SpeakerReport ana = new ReportBuilder().build(new LinkResult(rows, List.of(s1)), articles).speakers().get(0);
        assertThat(ana.outlets()).hasSize(outlets);
        assertThat(ana.matrixOutlets()).hasSize(ReportBuilder.MAX_MATRIX_OUTLETS).first().isEqualTo("Outlet 015");
        assertThat(ana.statements().get(0).cells()).hasSize(ReportBuilder.MAX_MATRIX_OUTLETS)
                .noneMatch(c -> c.fidelityClass() == FidelityClass.ABSENT);
        assertThat(new HtmlSite().speakerPage(ana)).contains("Showing the 60 outlets that carried most of these statements; 15 more");
    }

    @Test
    void sameLedgerGivesTheSameModel() {
        ReportModel again = new ReportBuilder().build(ReportFixture.build().linkResult(), ReportFixture.build().articles);
        assertThat(new HtmlSite().indexPage(again)).isEqualTo(new HtmlSite().indexPage(model));
    }
}
