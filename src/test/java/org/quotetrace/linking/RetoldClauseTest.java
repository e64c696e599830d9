package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.pipeline.CorpusPipeline;
import org.quotetrace.quotes.CueLexicon;

/** A statement retold as one clause of a longer sentence that mainly states figures, on invented articles. */
class RetoldClauseTest {

    private static final List<Article> ARTICLES = List.of(
            new Article("courier.txt", "Coast Courier", "", "2025-05-02", "article",
                    "Smuggling ring\n\nHarbour police said more arrests are expected in the coming weeks.\n"),
            new Article("tribune.txt", "Bay Tribune", "", "2025-05-03", "article",
                    "Ring broken\n\nHarbour police said some 40 smugglers were identified, with more arrests expected in the coming weeks.\n"),
            new Article("echo.txt", "Port Echo", "", "2025-05-03", "article",
                    "Ferry checks\n\nHarbour police said some 40 smugglers were identified, with more ferry inspections in the coming weeks.\n"),
            new Article("post.txt", "Pier Post", "", "2025-05-03", "article",
                    "Ring broken\n\nHarbour police said some 40 smugglers were identified, with more arrests in the coming weeks.\n"),
            new Article("ledger.txt", "Dock Ledger", "", "2025-05-03", "article",
                    "Ring broken\n\nHarbour police said some 40 smugglers were identified and more arrests are expected in the coming weeks.\n"));

    private final RetoldClause retold = new RetoldClause(new PassageComparer(WordNetSynonyms.shared()), lemma -> 1.0);

    private static List<Passage> passages() {
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(),
                CorpusStatementLinker.standard(), 1);
        List<ArticleAnalysis> analyses = pipeline.analyzeAll(ARTICLES);
        List<LedgerRow> rows = pipeline.attributedRows(analyses);
        PassageBuilder builder = new PassageBuilder(WordForms.standard(), CueLexicon.standard());
        List<Passage> out = new ArrayList<>();
        for (ArticleAnalysis analysis : analyses) {
            String id = analysis.article().id();
            builder.build(analysis, rows, IntStream.range(0, rows.size())
                    .filter(i -> rows.get(i).articleId().equals(id)).boxed().toList(), out);
        }
        return out;
    }

    private static Passage quote(List<Passage> passages, String articleId) {
        return passages.stream().filter(p -> p.articleId().equals(articleId) && p.isQuote()).findFirst()
                .orElseThrow(() -> new AssertionError("no quote passage in " + articleId));
    }

    @Test
    void aClauseAfterTheFiguresRetellsTheStatement() {
        List<Passage> passages = passages();
        Passage statement = quote(passages, "courier.txt");
        Passage sentence = quote(passages, "tribune.txt");
        assertThat(RetoldClause.clauses(sentence)).hasSize(2);
        assertThat(RetoldClause.clauses(sentence).get(1).surface()).startsWith("with more arrests");
        assertThat(retold.retells(sentence, statement)).isTrue();
    }

    @Test
    void aClauseSharingFewerWordsRetellsNothing() {
        List<Passage> passages = passages();
        assertThat(retold.retells(quote(passages, "echo.txt"), quote(passages, "courier.txt"))).isFalse();
    }

    @Test
    void aSentenceOfOneClauseIsLeftToTheWholeSentenceRules() {
        List<Passage> passages = passages();
        Passage sentence = quote(passages, "ledger.txt");
        assertThat(RetoldClause.clauses(sentence)).hasSize(1);
        assertThat(retold.retells(sentence, quote(passages, "courier.txt"))).isFalse();
    }

    @Test
    void aClauseOfTheStorysCommonWordsOnlyRetellsNothing() {
        List<Passage> passages = passages();
        Passage sentence = quote(passages, "post.txt");
        Passage statement = quote(passages, "courier.txt");
        // four of the statement's five words: enough when all words weigh the same ...
        assertThat(retold.retells(sentence, statement)).isTrue();
        // ... not when those four are the story's common words and the one missing is its rare one
        RetoldClause weighted = new RetoldClause(new PassageComparer(WordNetSynonyms.shared()),
                lemma -> lemma.equals("expect") ? 1.0 : 0.1);
        assertThat(weighted.retells(sentence, statement)).isFalse();
    }

    private static LinkResult link(List<Article> some) {
        List<Article> articles = new ArrayList<>(some);
        // unrelated stories, so that word rarity means something
        articles.add(article("x.txt", "School Sheet", "School news\n\nThe new school term begins in September, and the "
                + "city expects more pupils than last year. Parents asked for a second bus.\n"));
        articles.add(article("y.txt", "Library Letter", "Library news\n\nThe library will stay open late on Thursdays "
                + "from next month, the council said in a letter to readers.\n"));
        CorpusStatementLinker linker = CorpusStatementLinker.standard();
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(), linker, 1);
        List<ArticleAnalysis> analyses = pipeline.analyzeAll(articles);
        return linker.linkCorpus(analyses, pipeline.attributedRows(analyses)).result();
    }

    private static LedgerRow row(LinkResult result, String articleId) {
        return result.rows().stream().filter(r -> r.articleId().equals(articleId) && !r.kind().equals("reuse"))
                .findFirst().orElseThrow(() -> new AssertionError("no row in " + articleId + ": " + result.rows()));
    }

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, "", "2025-05-03", "article", text);
    }

    /**
     * The statement, reworded by two outlets, and a sentence of figures that two other outlets print whole
     * and that retells it in its second clause: neither whole sentence carries enough of the other (4 of 6
     * and 4 of 8 content words) to be a part of it, so only the clause says they are linked.
     */
    private static List<Article> clauseCorpus() {
        return new ArrayList<>(List.of(
                article("courier.txt", "Coast Courier", "Smuggling ring\n\nHarbour police said more arrests are expected "
                        + "across the whole region in the coming weeks.\n"),
                article("mercury.txt", "Port Mercury", "Port raids\n\nHarbour police said that more arrests were expected "
                        + "across the whole region in the coming weeks.\n\nThe raids began at dawn on Tuesday.\n"),
                article("tribune.txt", "Bay Tribune", "Ring broken\n\nHarbour police said some 40 smugglers were identified, "
                        + "with more arrests expected in the coming weeks.\n"),
                article("gazette.txt", "Ferry Gazette", "Ferry raids\n\nThe ferry terminal was closed for a day. Harbour police "
                        + "said some 40 smugglers were identified, with more arrests expected in the coming weeks.\n\n"
                        + "A court hearing is set for May.\n")));
    }

    @Test
    void reportedSpeechThatRetellsTheStatementInALaterClauseCarriesIt() {
        LinkResult result = link(clauseCorpus());
        LedgerRow statement = row(result, "courier.txt");
        assertThat(row(result, "mercury.txt").statementIds()).isEqualTo(statement.statementIds());
        assertThat(row(result, "tribune.txt").statementIds()).containsAll(statement.statementIds());
        assertThat(row(result, "gazette.txt").statementIds()).containsAll(statement.statementIds());
    }

    @Test
    void anExcerptOfTheMainClauseDoesNotCarryTheStatementRetoldInTheOtherClause() {
        List<Article> articles = clauseCorpus();
        articles.add(article("sentinel.txt", "Harbour Sentinel", "Smugglers named\n\nHarbour police said some 40 smugglers "
                + "were identified.\n\nThe boats were seized.\n"));
        LinkResult result = link(articles);
        List<String> retelling = row(result, "tribune.txt").statementIds();
        List<String> excerpt = row(result, "sentinel.txt").statementIds();
        assertThat(retelling).containsAll(excerpt);
        assertThat(excerpt).doesNotContainAnyElementsOf(row(result, "courier.txt").statementIds());
    }
}
