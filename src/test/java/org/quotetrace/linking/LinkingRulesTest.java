package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.pipeline.CorpusPipeline;

/**
 * Linking rules on small invented corpora: near copies versus retellings for reuse, the reference
 * wording of a statement that outlets reproduce through a rewording, and quoted words inside
 * reported speech.
 */
class LinkingRulesTest {

    private final CorpusStatementLinker linker = CorpusStatementLinker.standard();

    private LinkResult link(List<Article> articles) {
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(), linker, 1);
        List<ArticleAnalysis> analyses = pipeline.analyzeAll(articles);
        return linker.linkCorpus(analyses, pipeline.attributedRows(analyses)).result();
    }

    private static List<LedgerRow> rows(LinkResult result, String articleId, String kind) {
        return result.rows().stream().filter(r -> r.articleId().equals(articleId) && r.kind().equals(kind)).toList();
    }

    private static final String INSPECTION = "At each of the two schools the inspectors found broken fire doors and blocked "
            + "emergency exits.";

    private static List<Article> inspectionCorpus(String reprint) {
        List<Article> articles = new ArrayList<>();
        articles.add(new Article("src.txt", "County Council (media release)", "", "2025-05-02", "source",
                "School inspections\n\n" + INSPECTION + " The council has ordered repairs before the summer term.\n"));
        articles.add(new Article("quote.txt", "Valley Post", "", "2025-05-03", "article",
                "Schools unsafe\n\n\"" + INSPECTION + "\" said council leader Ruth Anders on Friday.\n"));
        articles.add(new Article("copy.txt", "Town Crier", "", "2025-05-04", "article",
                "Fire safety\n\n" + reprint + " Parents have asked for a meeting with the head teachers.\n"));
        return articles;
    }

    @Test
    void aLightlyEditedReprintOfASourceSentenceIsReuse() {
        LinkResult result = link(inspectionCorpus(
                "During visits to the two schools the inspectors found broken fire doors and blocked emergency exits."));
        assertThat(rows(result, "copy.txt", "reuse")).hasSize(1);
    }

    @Test
    void aRetellingThatReordersTheSourceSentenceIsNotReuse() {
        // the same facts and most of the same words, but the outlet's own sentence: clauses in another order
        LinkResult result = link(inspectionCorpus(
                "Surveys uncovered broken fire doors and blocked emergency exits at each of the two schools."));
        assertThat(rows(result, "copy.txt", "reuse")).isEmpty();
    }

    @Test
    void quotedWordsInsideReportedSpeechCarryTheStatementItRewords() {
        String statement = "The harbour board will need to build new flood barriers and pumps to protect these low-lying streets.";
        List<Article> articles = List.of(
                new Article("board.txt", "Harbour Board (media release)", "", "2025-06-01", "source",
                        "Flood plan\n\n" + statement + " Work starts in the autumn.\n"),
                new Article("quoted.txt", "Coast Daily", "", "2025-06-02", "article",
                        "Flood plan\n\n\"" + statement + "\" said board chair Ann Fisher.\n"),
                new Article("reported.txt", "Bay Courier", "", "2025-06-03", "article",
                        "Barriers planned\n\nBoard chair Ann Fisher said the harbour board would need to build "
                                + "\"novel flood defences and machinery\" to protect these low-lying streets.\n"));
        LinkResult result = link(articles);
        String id = rows(result, "quoted.txt", "direct").get(0).statementIds().get(0);
        LedgerRow reported = rows(result, "reported.txt", "indirect").get(0);
        assertThat(reported.statementIds()).containsExactly(id);
        LedgerRow nested = rows(result, "reported.txt", "direct").get(0);
        assertThat(nested.text()).isEqualTo("novel flood defences and machinery");
        assertThat(nested.statementIds()).containsExactly(id);
        assertThat(nested.fidelity()).isEqualTo("altered");
        // the nested quote's own one-off statement is gone from the statement list
        assertThat(result.statements()).allSatisfy(s -> assertThat(result.rows().stream()
                .anyMatch(r -> r.statementIds().contains(s.id()))).isTrue());
    }

    @Test
    void theWordingOutletsReproduceIsTheReferenceEvenWhenALongerRetellingGroupsIt() {
        // one outlet retells the claim in its own words; four copies of one wire story reproduce a
        // shorter reported clause word for word, with the speaker's own words in quotation marks inside it
        String clause = "Those detained were \"members of a smuggling ring\" that shipped stolen racing bicycles across the border";
        List<Article> articles = new ArrayList<>();
        articles.add(Article.of("long.txt", "Bicycle thefts\n\nThe people taken into custody are alleged members of a "
                + "smuggling network engaged in shipping stolen bicycles across the border.\n"));
        for (String id : List.of("w1.txt", "w2.txt", "w3.txt", "w4.txt")) {
            articles.add(Article.of(id, "Ring broken up\n\nPolice made eleven arrests across the region on Tuesday morning. " + clause
                    + ", police said.\n"));
        }
        LinkResult result = link(articles);
        LedgerRow first = rows(result, "w1.txt", "indirect").get(0);
        assertThat(first.statementIds()).hasSize(1);
        Statement statement = result.statements().stream().filter(s -> s.id().equals(first.statementIds().get(0)))
                .findFirst().orElseThrow();
        assertThat(statement.referenceText()).contains("members of a smuggling ring");
        for (String id : List.of("w1.txt", "w2.txt", "w3.txt", "w4.txt")) {
            assertThat(rows(result, id, "indirect").get(0).fidelity()).as(id).isIn("original", "verbatim");
            LedgerRow fragment = rows(result, id, "direct").get(0);
            assertThat(fragment.statementIds()).as(id).containsExactly(statement.id());
            assertThat(fragment.fidelity()).as(id).isEqualTo("fragment");
        }
    }

    @Test
    void reportedSpeechTakesAPrintedSentenceItCarriesAsReference() {
        // the only version of the whole statement is one outlet's reported speech, which combines it
        // with other news; another outlet prints the sentence itself, a third reports it briefly
        String printed = "More road closures are expected in the coming days, as the repairs are still unfinished.";
        List<Article> articles = List.of(
                Article.of("long.txt", "Road works\n\nCouncil engineer Tom Hale said crews from at least nine "
                        + "other towns have joined the repairs, which remain unfinished, with further road closures "
                        + "anticipated in the coming days.\n"),
                Article.of("printed.txt", "Road works go on\n\nThe flood damaged four bridges in the valley. "
                        + printed + "\n"),
                Article.of("brief.txt", "Closures\n\nCouncil engineer Tom Hale said the repairs remain unfinished "
                        + "and more road closures are expected in the coming days.\n"));
        LinkResult result = link(articles);
        LedgerRow combined = rows(result, "long.txt", "indirect").get(0);
        LedgerRow brief = rows(result, "brief.txt", "indirect").get(0);
        assertThat(combined.statementIds()).containsAnyElementsOf(brief.statementIds());
        Statement statement = result.statements().stream().filter(s -> brief.statementIds().contains(s.id()))
                .findFirst().orElseThrow();
        assertThat(statement.referenceText()).isEqualTo(printed);
        assertThat(combined.fidelity()).isEqualTo("paraphrase");
        assertThat(brief.fidelity()).isEqualTo("paraphrase");
    }

    @Test
    void reportedSpeechAroundQuotedWordsOfAStatementReportsIt() {
        String statement = "The new ferry service will be a lifeline for the island families who work on the mainland.";
        List<Article> articles = List.of(
                Article.of("a.txt", "Ferry\n\n\"" + statement + "\" said transport chief Lena Moss.\n"),
                Article.of("b.txt", "Ferry plan\n\nTransport chief Lena Moss said: \"" + statement + "\"\n"),
                Article.of("c.txt", "Boats\n\nTransport chief Lena Moss said the boats, which sail twice a day, were "
                        + "\"a lifeline for the island families\" and cheaper than the old route.\n"));
        LinkResult result = link(articles);
        String id = rows(result, "a.txt", "direct").get(0).statementIds().get(0);
        LedgerRow quoted = rows(result, "c.txt", "direct").get(0);
        assertThat(quoted.statementIds()).containsExactly(id);
        assertThat(quoted.fidelity()).isEqualTo("fragment");
        LedgerRow reported = rows(result, "c.txt", "indirect").get(0);
        assertThat(reported.statementIds()).containsExactly(id);
        assertThat(reported.fidelity()).isEqualTo("paraphrase");
    }

    @Test
    void wordingsAboutDifferentPlacesAreDifferentStatementsEvenThroughAnEditedVersion() {
        // two councils' spokespeople use the same formula about their own town and street; an edited
        // version that leaves the names out resembles both but must not join them into one statement
        String north = "We will reopen the Harwick Lane library in Northby after seven weeks of repairs.";
        String south = "We will reopen the Stannard Road library in Southby after seven weeks of repairs.";
        List<Article> articles = List.of(
                Article.of("n1.txt", "Library\n\n\"" + north + "\" said council leader Ada Pike.\n"),
                Article.of("n2.txt", "Library news\n\nCouncil leader Ada Pike said: \"" + north + "\"\n"),
                Article.of("n3.txt", "Books back\n\n\"We will reopen the ... library ... after seven weeks of repairs,\" "
                        + "said Ada Pike.\n"),
                Article.of("s1.txt", "Reading room\n\n\"" + south + "\" said mayor Colm Reddy.\n"),
                Article.of("s2.txt", "Reopening\n\nMayor Colm Reddy said: \"" + south + "\"\n"));
        LinkResult result = link(articles);
        LedgerRow n1 = rows(result, "n1.txt", "direct").get(0);
        LedgerRow s1 = rows(result, "s1.txt", "direct").get(0);
        assertThat(n1.statementIds()).isNotEmpty().doesNotContainAnyElementsOf(s1.statementIds());
        assertThat(rows(result, "n2.txt", "direct").get(0).statementIds()).isEqualTo(n1.statementIds());
        assertThat(rows(result, "s2.txt", "direct").get(0).statementIds()).isEqualTo(s1.statementIds());
        assertThat(s1.fidelity()).isIn("original", "verbatim");
        assertThat(n1.fidelity()).isIn("original", "verbatim");
    }

    @Test
    void aMisquoteThatChangesAWordOrAMonthStaysTheSameStatement() {
        String said = "The Harwick Lane library in Northby will reopen at the end of March after the repairs.";
        String misquoted = "The Harwick Lane library in Northby will reopen at the end of May after the repairs.";
        List<Article> articles = List.of(
                Article.of("a.txt", "Library\n\n\"" + said + "\" said council leader Ada Pike.\n"),
                Article.of("b.txt", "Library news\n\nCouncil leader Ada Pike said: \"" + said + "\"\n"),
                Article.of("c.txt", "Books back\n\nCouncil leader Ada Pike said: \"" + misquoted + "\"\n"));
        LinkResult result = link(articles);
        LedgerRow a = rows(result, "a.txt", "direct").get(0);
        LedgerRow c = rows(result, "c.txt", "direct").get(0);
        assertThat(c.statementIds()).isEqualTo(a.statementIds());
        assertThat(c.fidelity()).isEqualTo("altered");
    }

    @Test
    void aReleaseSentenceWithADeedVerbAndAClauseCopiedFromItAreReuse() {
        // "charged" describes what the fire service did, it credits nobody with the words; the second outlet
        // copies the release's relative clause word for word (one word swapped) inside a sentence of its own
        String release = "The fire service charged two men this week as part of a national arson inquiry, which was led "
                + "by the county fire service and involved police forces from twelve regions.";
        List<Article> articles = List.of(
                new Article("release.txt", "County Fire Service (media release)", "", "2025-03-01", "article",
                        "Two men charged\n\n" + release + " Both men will appear in court in April.\n"),
                new Article("paper.txt", "Valley Post", "", "2025-03-02", "article",
                        "Arson charges\n\nThe national arson inquiry, one of the largest of the year, was led by the county "
                                + "fire service alongside police forces from twelve regions. Neighbours described the fires "
                                + "as frightening.\n"));
        LinkResult result = link(articles);
        List<LedgerRow> original = rows(result, "release.txt", "reuse");
        List<LedgerRow> copy = rows(result, "paper.txt", "reuse");
        assertThat(original).hasSize(1);
        assertThat(original.get(0).text()).isEqualTo(release);
        assertThat(original.get(0).fidelity()).isEqualTo("original");
        assertThat(copy).hasSize(1);
        assertThat(copy.get(0).statementIds()).containsAll(original.get(0).statementIds());
    }
}
