package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotetrace.linking.LinkedTestCorpus.link;
import static org.quotetrace.linking.LinkedTestCorpus.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;

/**
 * A short reported clause read with the outlet's own lead before it retells another outlet's
 * statement of the same source (synthetic corpora written for these tests).
 */
class ContextParaphraseTest {

    /** Another outlet reports the source's statement whole. */
    private static final String STATEMENT = "Port news\n\nThe Harbour Authority said those already detained were "
            + "members of a smuggling ring whose boats carried stolen copper cables abroad.\n";

    /** The outlet's own lead, about the statement, before a credited clause that keeps only a few of its words. */
    private static final String LEAD = "A coastal operation against a ring of smugglers whose boats moved stolen goods "
            + "abroad has led to twelve people being detained since Monday.";
    private static final String CLAUSE = "As the Harbour Authority announced on Friday, the copper cables were "
            + "stripped from railway lines.";

    /** The two outlets and unrelated stories, so that word rarity means something. */
    private static List<Article> corpus(String reportingText, Article... more) {
        List<Article> articles = new ArrayList<>();
        articles.add(Article.of("a.txt", STATEMENT));
        articles.add(Article.of("b.txt", "Smugglers caught\n\n" + reportingText + "\n"));
        articles.add(Article.of("x.txt", "School news\n\nThe new school term begins in September, and the city "
                + "expects more pupils than last year. Parents asked for a second bus.\n"));
        articles.add(Article.of("y.txt", "Library news\n\nThe library will stay open late on Thursdays from next "
                + "month, the council said in a letter to readers.\n"));
        articles.addAll(List.of(more));
        return articles;
    }

    @Test
    void aClauseReadWithItsLeadRetellsTheSameSourcesStatement() {
        LinkResult result = link(corpus(LEAD + " " + CLAUSE));
        LedgerRow statement = row(result, "a.txt", "those already detained");
        LedgerRow clause = row(result, "b.txt", "the copper cables");
        assertThat(clause.speakerId()).isEqualTo(statement.speakerId());
        assertThat(clause.statementIds()).isEqualTo(statement.statementIds());
        assertThat(clause.fidelity()).isEqualTo("paraphrase");
    }

    @Test
    void aLeadInAnotherParagraphIsNoContext() {
        LinkResult result = link(corpus(LEAD + "\n\n" + CLAUSE));
        LedgerRow statement = row(result, "a.txt", "those already detained");
        LedgerRow clause = row(result, "b.txt", "the copper cables");
        assertThat(clause.statementIds()).doesNotContainAnyElementsOf(statement.statementIds());
    }

    @Test
    void aLeadAboutSomethingElseLinksNothing() {
        LinkResult result = link(corpus("Road works on the coastal road will close two lanes until the end of the "
                + "month, drivers were told on Monday. " + CLAUSE));
        LedgerRow statement = row(result, "a.txt", "those already detained");
        LedgerRow clause = row(result, "b.txt", "the copper cables");
        assertThat(clause.statementIds()).doesNotContainAnyElementsOf(statement.statementIds());
    }

    @Test
    void theSameClauseCreditedToAnotherSourceIsNoRetellingOfTheStatement() {
        LinkResult result = link(corpus(LEAD + " " + CLAUSE.replace("the Harbour Authority", "the Fire Brigade")));
        LedgerRow statement = row(result, "a.txt", "those already detained");
        LedgerRow clause = row(result, "b.txt", "the copper cables");
        assertThat(clause.speakerId()).isNotEqualTo(statement.speakerId());
        assertThat(clause.statementIds()).doesNotContainAnyElementsOf(statement.statementIds());
    }

    @Test
    void theLeadOverrulesAStatementTheClauseAloneFitsByAFewCommonWords() {
        // a third outlet quotes another statement of the source that shares the clause's words but not the lead's
        Article other = Article.of("c.txt", "Rail safety\n\nThe Harbour Authority said: \"Even when the copper is "
                + "stripped from disused railway lines far from any town, the theft still puts the lives of maintenance "
                + "crews and passengers at risk, and every case will be prosecuted.\"\n");
        LinkResult result = link(corpus(LEAD + " " + CLAUSE, other));
        LedgerRow statement = row(result, "a.txt", "those already detained");
        LedgerRow otherQuote = row(result, "c.txt", "Even when the copper");
        LedgerRow clause = row(result, "b.txt", "the copper cables");
        assertThat(clause.statementIds()).isEqualTo(statement.statementIds());
        assertThat(clause.statementIds()).doesNotContainAnyElementsOf(otherQuote.statementIds());
    }

    @Test
    void theContextIsThePassageJustBeforeOnTheSameLine() {
        String text = "First sentence of the lead here. Second sentence follows it.\nA new paragraph starts.";
        int secondStart = text.indexOf("Second");
        int thirdStart = text.indexOf("A new");
        Passage first = passage(0, text, 0, secondStart - 1);
        Passage second = passage(1, text, secondStart, thirdStart - 1);
        Passage third = passage(2, text, thirdStart, text.length());
        ContextParaphrase context = new ContextParaphrase(List.of(third, second, first),
                new ReportedParaphrase(Synonyms.NONE, (a, b) -> false, lemma -> 1.0));
        assertThat(context.context(second)).isEqualTo(first);
        assertThat(context.context(first)).isNull();
        assertThat(context.context(third)).isNull();
        assertThat(context.withContext(second).contentWords()).hasSize(first.contentWords().size()
                + second.contentWords().size());
    }

    /** A passage over {@code text[start, end)}, every word longer than three letters counted as content. */
    private static Passage passage(int id, String text, int start, int end) {
        List<Word> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(text).region(start, end);
        while (m.find()) {
            String w = m.group().toLowerCase();
            words.add(new Word(w, w, w.length() > 3, false, m.start(), m.end()));
        }
        return new Passage(id, "t.txt", text, start, end, Passage.Source.FREE, -1, words, false);
    }
}
