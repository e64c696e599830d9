package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotetrace.linking.LinkedTestCorpus.link;
import static org.quotetrace.linking.LinkedTestCorpus.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;

/**
 * A second statement folded into a relative clause of another outlet's sentence, on a small
 * invented corpus: a council release says two things in two sentences; one outlet reports both in
 * one sentence whose relative clause ("which ... remains ongoing") carries the second.
 */
class RelativeClauseStatementsTest {

    private static final String RELEASE = "Harbour bridge inspection\n\n"
            + "Most of the cracks were found in the northern pillars of the harbour bridge during an inspection "
            + "ordered by the port authority.\n\n"
            + "More closures are expected in the coming months, as the inspection is still ongoing.\n\n"
            + "Drivers are asked to use the ring road until further notice.\n";

    private List<Article> corpus(String folded) {
        return List.of(
                new Article("release.txt", "Port Authority (media release)", "", "2025-05-01", "source", RELEASE),
                new Article("coast.txt", "Coast Courier", "", "2025-05-02", "article",
                        "Bridge closures\n\nThe port authority said the inspection remains ongoing and more closures "
                                + "are expected in the coming months.\n"),
                new Article("bay.txt", "Bay Times", "", "2025-05-03", "article",
                        "Cracks in bridge\n\n" + folded + "\n"));
    }

    @Test
    void aRelativeClauseThatRetellsAnotherStatementCarriesItToo() {
        LinkResult result = link(corpus("The inspection, which was ordered by the port authority and remains ongoing, "
                + "found most of the cracks in the northern pillars of the harbour bridge, the port authority said."));
        LedgerRow folded = row(result, "bay.txt", "The inspection");
        LedgerRow ongoing = row(result, "coast.txt", "the inspection remains ongoing");
        assertThat(ongoing.statementIds()).hasSize(1);
        assertThat(folded.statementIds()).hasSize(2).contains(ongoing.statementIds().get(0));
    }

    @Test
    void aRelativeClauseThatSaysSomethingElseCarriesNoFurtherStatement() {
        LinkResult result = link(corpus("The inspection, which was ordered by the port authority and cost 40,000 euros, "
                + "found most of the cracks in the northern pillars of the harbour bridge, the port authority said."));
        LedgerRow folded = row(result, "bay.txt", "The inspection");
        LedgerRow ongoing = row(result, "coast.txt", "the inspection remains ongoing");
        assertThat(folded.statementIds()).hasSize(1).doesNotContainAnyElementsOf(ongoing.statementIds());
    }

    @Test
    void predicatesAreCutAtTheConjunctionAndReadWithTheirNoun() {
        PassageBuilder builder = new PassageBuilder(WordForms.standard(), org.quotetrace.quotes.CueLexicon.standard());
        String text = "The inquiry, which was opened in May and remains open, found no fault.";
        List<Word> words = builder.words(text, 0, text.length(), new java.util.TreeMap<>());
        Passage p = new Passage(0, "a.txt", text, 0, text.length(), Passage.Source.INDIRECT, 0, words, false);
        List<RelativeClauses.Predicate> predicates = RelativeClauses.of(p);
        List<Word> content = p.contentWords();
        assertThat(predicates).hasSize(2);
        assertThat(predicates.get(1).own().stream().mapToObj(i -> content.get(i).lemma()).toList()).contains("open")
                .doesNotContain("may", "inquiry", "fault");
        assertThat(predicates.get(1).antecedent().stream().mapToObj(i -> content.get(i).lemma()).toList())
                .containsExactly("inquiry");
    }
}
