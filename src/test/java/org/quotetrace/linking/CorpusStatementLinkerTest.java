package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.ledger.LedgerWriter;
import org.quotetrace.ledger.StatementsWriter;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.pipeline.CorpusPipeline;

/** Links small synthetic corpora written for these tests (no real news text). */
class CorpusStatementLinkerTest {

    private static final String BRIDGE =
            "The new bridge across the Elm River will open to traffic on 3 March after four years of construction work.";

    private final CorpusStatementLinker linker = CorpusStatementLinker.standard();

    private LinkedCorpus link(List<Article> articles) {
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(), linker, 1);
        List<ArticleAnalysis> analyses = pipeline.analyzeAll(articles);
        return linker.linkCorpus(analyses, pipeline.attributedRows(analyses));
    }

    private static Article article(String id, String text) {
        return Article.of(id, text);
    }

    private static List<Article> bridgeCorpus() {
        List<Article> articles = new ArrayList<>();
        articles.add(new Article("a1.txt", "City Hall", "", "2025-03-01", "source",
                "Bridge over the Elm River to open in March\n\n" + BRIDGE
                        + " The project cost 120 million euros and was paid for by the regional government.\n"));
        articles.add(article("b1.txt", "City welcomes new bridge\n\nMayor Jane Porter praised the builders on Tuesday. \""
                + BRIDGE.substring(0, BRIDGE.length() - 1) + ",\" Porter said.\n"));
        articles.add(article("c1.txt", "Traffic relief at last\n\nDrivers will soon have a second crossing. "
                + "The bridge \"will open to traffic on 3 March,\" Mayor Jane Porter told reporters.\n"));
        articles.add(article("d1.txt", "Elm bridge finished\n\nMayor Jane Porter said: \"The new bridge across the Elm River "
                + "will open for cars on 3 March after four years of building work.\"\n"));
        articles.add(article("e1.txt", "Crossing ready\n\nMayor Jane Porter said that the recently built crossing over the "
                + "Elm River would be opened to vehicles on 3 March following four years of construction.\n"));
        articles.add(article("f1.txt", "Local news roundup\n\n" + BRIDGE + " Residents expect shorter journeys to the coast.\n"));
        articles.add(article("g1.txt", "Engineers proud\n\n\"The new bridge across the Elm River will open to traffic on "
                + "… after four years of construction work,\" said Tom Reed, the city engineer.\n"));
        return articles;
    }

    private static LedgerRow row(LinkResult result, String articleId, String kind) {
        return result.rows().stream().filter(r -> r.articleId().equals(articleId) && r.kind().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " row in " + articleId + ": " + result.rows()));
    }

    @Test
    void gradesEveryFidelityClassAgainstTheSourceWording() {
        LinkResult result = link(bridgeCorpus()).result();
        LedgerRow reference = row(result, "a1.txt", "reuse");
        assertThat(reference.fidelity()).isEqualTo("original");
        String id = reference.statementIds().get(0);
        assertThat(row(result, "b1.txt", "direct").fidelity()).isEqualTo("verbatim");
        assertThat(row(result, "c1.txt", "direct").fidelity()).isEqualTo("fragment");
        assertThat(row(result, "d1.txt", "direct").fidelity()).isEqualTo("altered");
        assertThat(row(result, "e1.txt", "indirect").fidelity()).isEqualTo("paraphrase");
        assertThat(row(result, "g1.txt", "direct").fidelity()).isEqualTo("edited");
        // b1 also reports "praised the builders" as reported speech; each article's quote of the bridge is meant here
        java.util.Map<String, String> kinds = java.util.Map.of("b1.txt", "direct", "c1.txt", "direct", "d1.txt", "direct",
                "e1.txt", "indirect", "g1.txt", "direct");
        for (String article : List.of("b1.txt", "c1.txt", "d1.txt", "e1.txt", "g1.txt")) {
            LedgerRow linked = row(result, article, kinds.get(article));
            assertThat(linked.statementIds()).as(article).contains(id);
            assertThat(linked.referenceArticleId()).isEqualTo("a1.txt");
            assertThat(linked.similarity()).isBetween(0.0, 1.0);
        }
        assertThat(row(result, "d1.txt", "direct").similarity()).isLessThan(1.0).isGreaterThan(
                row(result, "e1.txt", "indirect").similarity());
    }

    @Test
    void unattributedReprintIsReuseOfTheSpeakersStatement() {
        LinkResult result = link(bridgeCorpus()).result();
        LedgerRow reuse = row(result, "f1.txt", "reuse");
        assertThat(reuse.fidelity()).isEqualTo("verbatim");
        assertThat(reuse.speakerMention()).isEmpty();
        assertThat(reuse.cue()).isEmpty();
        Statement statement = result.statements().stream()
                .filter(s -> s.id().equals(reuse.statementIds().get(0))).findFirst().orElseThrow();
        assertThat(reuse.speakerId()).isEqualTo(statement.speakerId());
        // the second sentence of f1 is its own news, reproduced nowhere: no reuse row
        assertThat(result.rows().stream().filter(r -> r.articleId().equals("f1.txt"))).hasSize(1);
    }

    @Test
    void oneOutletCopyingAnotherOutletsRetellingIsNotReuse() {
        // The harbour board's words exist only as reported speech; x1 retells them in its own prose and
        // y1 (another outlet) copies x1's prose word for word. Nobody's quoted words are reproduced:
        // that is journalists sharing text, not uncredited reuse of the board's statement.
        String retelling = "The harbour will close its northern quay for six weeks of repairs starting in early May, "
                + "leaving ferries to dock at the southern pier.";
        List<Article> articles = new ArrayList<>();
        articles.add(new Article("w1.txt", "Coast Daily", "", "2025-04-01", "article",
                "Quay repairs\n\nThe harbour board said the northern quay would shut for six weeks of repairs from May.\n"));
        articles.add(new Article("x1.txt", "Bay Courier", "", "2025-04-02", "article",
                "Ferries move south\n\n" + retelling + " Traders on the quay fear a quiet spring.\n"));
        articles.add(new Article("y1.txt", "Island Herald", "", "2025-04-03", "article",
                "Quay to close\n\n" + retelling + " Island shops expect fewer visitors.\n"));
        LinkResult result = link(articles).result();
        assertThat(result.rows().stream().filter(r -> r.kind().equals("reuse"))).isEmpty();
    }

    @Test
    void twoOutletsReprintingOneReleaseAreNoCopiesOfEachOther() {
        // Both outlets print the first two sentences of the release as their own and quote its director;
        // only the second quotes the third sentence. They share the release's text because each copies
        // the release, so the first outlet's unquoted third sentence is its reuse, not a quote it missed.
        String first = "The Kestrel Valley museum will close its east wing for nine weeks from 4 June while "
                + "contractors replace the leaking glass roof.";
        String second = "Visitors can still reach the fossil hall through the north entrance on Millbrook Lane "
                + "every day of the closure.";
        String third = "We expect the new roof on the Kestrel Valley east wing to be finished by the end of "
                + "August, weather permitting.";
        String quote = "The roof has leaked over the dinosaur skeletons for three winters and we could not wait any longer";
        List<Article> articles = new ArrayList<>();
        articles.add(new Article("r0.txt", "Kestrel Valley Museum", "", "2025-05-02", "source",
                "Kestrel Valley Museum\nPress release\n\nEast wing to close for roof repairs\n\n" + first + " " + second
                        + "\n\n" + third + "\n\nDirector Hilda Vormanby said: \u201c" + quote + ".\u201d\n"));
        articles.add(new Article("r1.txt", "Dale Courier", "", "2025-05-03", "article",
                "Museum wing to shut\n\n" + first + "\n\n" + second + "\n\n" + third + "\n\n\u201c" + quote
                        + ",\u201d said museum director Hilda Vormanby.\n"));
        articles.add(new Article("r2.txt", "Valley Radio", "", "2025-05-03", "article",
                "Roof repairs at museum\n\n" + first + "\n\n" + second + "\n\n\u201c" + third.substring(0, third.length() - 1)
                        + ",\u201d the museum said in a statement.\n\n\u201c" + quote
                        + ",\u201d said museum director Hilda Vormanby.\n\nLocal schools had planned visits in June.\n"));
        LinkResult result = link(articles).result();
        List<LedgerRow> reuse = result.rows().stream().filter(r -> r.articleId().equals("r1.txt") && r.kind().equals("reuse"))
                .toList();
        assertThat(reuse).extracting(LedgerRow::text).containsExactly(first, second, third);
        assertThat(reuse.get(2).statementIds()).isEqualTo(row(result, "r2.txt", "direct").statementIds());
    }

    @Test
    void outletsSharingAQuoteAndBackgroundWithOtherFiguresAreNoCopies() {
        // a1 and b1 quote the same councillor and retell the same background with other figures; a1
        // prints the mayor's quoted words as its own and b1 quotes them. Not being copies of one
        // another (no sentence printed word for word by both), a1's sentence is reuse, not a quote it missed.
        String mayor = "The Ashford lido will reopen on 1 July with a new filtration plant and a heated "
                + "children's pool paid for by the town";
        String councillor = "Families on Brackley Road have waited two summers for this pool and they deserve an apology";
        List<Article> articles = new ArrayList<>();
        articles.add(new Article("c1.txt", "Town Crier", "", "2025-06-01", "article",
                "Lido date set\n\nMayor Oswin Tarrant said: \u201c" + mayor + ".\u201d\n"));
        articles.add(new Article("a1.txt", "Ashford Weekly", "", "2025-06-02", "article",
                "Lido to reopen\n\nAn online petition calling for the Ashford lido to reopen before the summer holidays "
                        + "had gathered more than 702 signatures by Wednesday.\n\n" + mayor + ".\n\n\u201c" + councillor
                        + ",\u201d said Councillor Petra Lunde.\n"));
        articles.add(new Article("b1.txt", "Shire Radio", "", "2025-06-02", "article",
                "Pool news\n\nAn online petition calling for the Ashford lido to reopen before the summer holidays "
                        + "had gathered more than 8021 signatures by Monday.\n\n\u201c" + councillor
                        + ",\u201d said Councillor Petra Lunde.\n\n\u201c" + mayor + ",\u201d said Mayor Oswin Tarrant.\n"));
        LinkResult result = link(articles).result();
        LedgerRow reuse = row(result, "a1.txt", "reuse");
        assertThat(reuse.text()).isEqualTo(mayor + ".");
        assertThat(reuse.statementIds()).isEqualTo(row(result, "c1.txt", "direct").statementIds());
    }

    @Test
    void sentenceThatNamesItsSourceIsNotReuse() {
        List<Article> articles = bridgeCorpus();
        articles.add(article("h1.txt", "Bridge news\n\nAccording to the mayor, the new bridge across the Elm River will "
                + "open to traffic on 3 March after four years of construction work.\n"));
        LinkResult result = link(articles).result();
        assertThat(result.rows().stream().filter(r -> r.articleId().equals("h1.txt") && r.kind().equals("reuse"))).isEmpty();
    }

    @Test
    void misattributionRecordsEverySpeakerCredited() throws Exception {
        LinkResult result = link(bridgeCorpus()).result();
        String id = row(result, "a1.txt", "reuse").statementIds().get(0);
        Statement statement = result.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        String porter = row(result, "d1.txt", "direct").speakerId();
        String reed = row(result, "g1.txt", "direct").speakerId();
        assertThat(porter).isNotEqualTo(reed);
        assertThat(statement.attributedTo()).contains(porter, reed);
        StringWriter csv = new StringWriter();
        new StatementsWriter().write(csv, result.statements(), result.rows(), Map.of("a1.txt", "2025-03-01"));
        // every cell is quoted (SafeCsvPrinter)
        String line = csv.toString().lines().filter(l -> l.startsWith("\"" + id + "\"")).findFirst().orElseThrow();
        assertThat(line).contains(porter).contains(reed).endsWith("\"2025-03-01\"");
    }

    @Test
    void statementSplitAcrossTwoQuotesKeepsBothIds() {
        List<Article> articles = List.of(
                article("s1.txt", "Budget approved\n\nTreasurer Mary Quinn said: \"The council will build twelve new "
                        + "schools before the end of the decade. Every district will get at least one sports hall.\"\n"),
                article("s2.txt", "Schools plan\n\n\"The council will build twelve new schools before the end of the "
                        + "decade,\" Mary Quinn said on Friday. The plan was welcomed by parents. Quinn added: \"Every "
                        + "district will get at least one sports hall.\"\n"));
        LinkResult result = link(articles).result();
        LedgerRow whole = row(result, "s1.txt", "direct");
        assertThat(whole.statementIds()).hasSize(2);
        List<LedgerRow> parts = result.rows().stream().filter(r -> r.articleId().equals("s2.txt") && r.kind().equals("direct"))
                .toList();
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).statementIds()).containsExactly(whole.statementIds().get(0));
        assertThat(parts.get(1).statementIds()).containsExactly(whole.statementIds().get(1));
        assertThat(parts).allSatisfy(r -> assertThat(r.fidelity()).isIn("original", "verbatim"));
    }

    @Test
    void sameInputGivesSameOutputAndIdsSurviveANewArticle(@TempDir Path dir) throws Exception {
        List<Article> articles = bridgeCorpus();
        LinkedCorpus first = link(articles);
        LinkedCorpus second = link(articles);
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new LedgerWriter().write(a, first.result().rows());
        new LedgerWriter().write(b, second.result().rows());
        assertThat(a.toString()).isEqualTo(b.toString());

        List<Article> more = new ArrayList<>(articles);
        more.add(0, article("0-weather.txt", "Weather\n\n\"Rain will continue over the hills until Sunday evening,\" "
                + "said forecaster Ann Lee.\n"));
        LinkResult bigger = link(more).result();
        assertThat(bigger.statements().stream().map(Statement::id))
                .containsAll(first.result().statements().stream().map(Statement::id).toList());

        Path file = dir.resolve("statement-index.json");
        first.index().save(file);
        StatementIndex loaded = StatementIndex.load(file);
        assertThat(loaded.statements()).isEqualTo(first.result().statements());
        String id = row(first.result(), "a1.txt", "reuse").statementIds().get(0);
        Passage reference = loaded.referencePassage(id);
        assertThat(reference.surface()).isEqualTo(BRIDGE);
        assertThat(loaded.candidates(reference.words(), 5)).startsWith(id);
    }
}
