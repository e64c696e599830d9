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
 * Reported speech that rewords a statement deeply links to it only when the article credits the
 * same speaker (synthetic corpora written for these tests).
 */
class ReportedParaphraseTest {

    private static final String QUOTE = "Mayor Jane Porter said: \"The city will need to develop new purification methods "
            + "and tools to address these emerging contamination challenges.\"\n";

    private final CorpusStatementLinker linker = CorpusStatementLinker.standard();

    private LinkResult link(List<Article> articles) {
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(), linker, 1);
        List<ArticleAnalysis> analyses = pipeline.analyzeAll(articles);
        return linker.linkCorpus(analyses, pipeline.attributedRows(analyses)).result();
    }

    /** The quoting article, the reporting article, and unrelated stories so that word rarity means something. */
    private static List<Article> corpus(String reportingText) {
        List<Article> articles = new ArrayList<>();
        articles.add(Article.of("a.txt", "Water plan\n\n" + QUOTE));
        articles.add(Article.of("b.txt", "Council meeting\n\n" + reportingText));
        articles.add(Article.of("x.txt", "Harbour news\n\nThe harbour will reopen next week after the storm damage "
                + "was repaired by the city. Fishing boats returned on Monday.\n"));
        articles.add(Article.of("y.txt", "School news\n\nThe new school term begins in September, and the city "
                + "expects more pupils than last year.\n"));
        return articles;
    }

    private static LedgerRow quote(LinkResult result, String articleId, String kind) {
        return result.rows().stream().filter(r -> r.articleId().equals(articleId) && r.kind().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " row in " + articleId + ": " + result.rows()));
    }

    private static final String REWORDED = "the development of innovative purification techniques to effectively "
            + "tackle these emerging contamination threats";

    @Test
    void reportedSpeechDeeplyRewordingTheSameSpeakersQuoteIsAParaphraseOfIt() {
        LinkResult result = link(corpus("Mayor Jane Porter called for " + REWORDED + ".\n"));
        LedgerRow direct = quote(result, "a.txt", "direct");
        LedgerRow reported = quote(result, "b.txt", "indirect");
        assertThat(reported.speakerId()).isEqualTo(direct.speakerId());
        assertThat(reported.statementIds()).isEqualTo(direct.statementIds());
        assertThat(reported.fidelity()).isEqualTo("paraphrase");
        assertThat(reported.referenceArticleId()).isEqualTo("a.txt");
    }

    @Test
    void theSameRewordingCreditedToAnotherSpeakerStaysItsOwnStatement() {
        LinkResult result = link(corpus("Engineer Tom Reed called for " + REWORDED + ".\n"));
        LedgerRow direct = quote(result, "a.txt", "direct");
        LedgerRow reported = quote(result, "b.txt", "indirect");
        assertThat(reported.speakerId()).isNotEqualTo(direct.speakerId());
        assertThat(reported.statementIds()).doesNotContainAnyElementsOf(direct.statementIds());
        assertThat(reported.fidelity()).isEqualTo("original");
    }

    @Test
    void aBodyCreditedWithItsDirectorsWordsParaphrasesTheDirectorsQuoteAndBothAreRecorded() {
        List<Article> articles = new ArrayList<>(corpus("The Water Board called for " + REWORDED + ".\n"));
        articles.set(0, Article.of("a.txt", "Water plan\n\nWater Board director Jane Porter said: \"The city will need "
                + "to develop new purification methods and tools to address these emerging contamination challenges.\"\n"));
        LinkResult result = link(articles);
        LedgerRow direct = quote(result, "a.txt", "direct");
        LedgerRow reported = quote(result, "b.txt", "indirect");
        assertThat(reported.speakerId()).isNotEqualTo(direct.speakerId());
        assertThat(reported.statementIds()).isEqualTo(direct.statementIds());
        assertThat(reported.fidelity()).isEqualTo("paraphrase");
        Statement statement = result.statements().stream().filter(st -> st.id().equals(direct.statementIds().get(0)))
                .findFirst().orElseThrow();
        // the outlet that credits the board with the director's words is recorded, not corrected
        assertThat(statement.attributedTo()).contains(direct.speakerId(), reported.speakerId());
    }

    @Test
    void aBodyTheArticlesDoNotTieToTheSpeakerIsNoParaphraseOfTheirQuote() {
        LinkResult result = link(corpus("The Fire Brigade called for " + REWORDED + ".\n"));
        LedgerRow direct = quote(result, "a.txt", "direct");
        LedgerRow reported = quote(result, "b.txt", "indirect");
        assertThat(reported.statementIds()).doesNotContainAnyElementsOf(direct.statementIds());
    }

    @Test
    void aKindOfAWordIsALooseMatchForReportedSpeech() {
        WordNetSynonyms wordNet = WordNetSynonyms.shared();
        assertThat(wordNet.kindOf("technique", "method")).isTrue();
        assertThat(wordNet.kindOf("method", "technique")).isTrue();
        assertThat(wordNet.kindOf("technique", "harbour")).isFalse();
        ReportedParaphrase withKinds = new ReportedParaphrase(wordNet, (a, b) -> false, lemma -> 1.0);
        ReportedParaphrase without = new ReportedParaphrase(Synonyms.NONE, (a, b) -> false, lemma -> 1.0);
        Passage reported = passage("new purification techniques");
        Passage statement = passage("new purification methods");
        assertThat(withKinds.coverage(reported, statement)).isGreaterThan(without.coverage(reported, statement));
    }

    @Test
    void anUnrelatedSentenceOfTheSameSpeakerIsNoParaphrase() {
        LinkResult result = link(corpus("Mayor Jane Porter called for the quick repair of the harbour walls "
                + "before the winter storms arrive.\n"));
        LedgerRow direct = quote(result, "a.txt", "direct");
        LedgerRow reported = quote(result, "b.txt", "indirect");
        assertThat(reported.speakerId()).isEqualTo(direct.speakerId());
        assertThat(reported.statementIds()).doesNotContainAnyElementsOf(direct.statementIds());
        assertThat(reported.fidelity()).isEqualTo("original");
    }

    @Test
    void derivationallyRelatedFormsAndRareWordsRaiseTheScore() {
        WordNetSynonyms wordNet = WordNetSynonyms.shared();
        assertThat(wordNet.derivationallyRelated("development", "develop")).isTrue();
        assertThat(wordNet.derivationallyRelated("decision", "decide")).isTrue();
        assertThat(wordNet.derivationallyRelated("harbour", "develop")).isFalse();

        Passage reported = passage("the decision of the council on purification techniques");
        Passage statement = passage("the council must decide on purification");
        ReportedParaphrase flat = new ReportedParaphrase(Synonyms.NONE, (x, y) -> false, lemma -> 1.0);
        ReportedParaphrase derived = new ReportedParaphrase(Synonyms.NONE, wordNet::derivationallyRelated, lemma -> 1.0);
        // "decision" ~ "decide" only through WordNet (no shared stem)
        assertThat(derived.coverage(reported, statement)).isGreaterThan(flat.coverage(reported, statement));
        ReportedParaphrase rare = new ReportedParaphrase(Synonyms.NONE, (x, y) -> false,
                lemma -> lemma.equals("purification") ? 5.0 : 1.0);
        assertThat(rare.coverage(reported, statement)).isGreaterThan(flat.coverage(reported, statement));
    }

    /** A passage of plain words, every word longer than three letters counted as content. */
    private static Passage passage(String text) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String token : text.split(" ")) {
            int start = text.indexOf(token, at);
            words.add(new Word(token, token, token.length() > 3, false, start, start + token.length()));
            at = start + token.length();
        }
        return new Passage(0, "t.txt", text, 0, text.length(), Passage.Source.INDIRECT, -1, words, false);
    }
}
