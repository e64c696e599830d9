package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotetrace.linking.LinkedTestCorpus.link;
import static org.quotetrace.linking.LinkedTestCorpus.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;

/**
 * A list of figures that outlets retell in sentences of their own, keeping few of the source's words
 * ({@link RetoldFigures}, {@link Figures}), on small invented corpora.
 */
class RetoldFiguresTest {

    private static final String RELEASE = "Hygiene campaign\n\n"
            + "The city council has finished its spring hygiene campaign in the old town.\n\n"
            + "Results of the campaign, so far:\n\n"
            + "  • 14 restaurants inspected\n"
            + "  • 6 kitchens closed\n"
            + "  • 31 fines issued\n\n"
            + "Owners can appeal against a closure within two weeks.\n";

    private List<Article> hygieneCorpus() {
        return List.of(
                new Article("release.txt", "City Council (media release)", "", "2025-04-01", "source", RELEASE),
                new Article("daily.txt", "Old Town Daily", "", "2025-04-02", "article",
                        "Kitchens shut\n\nThe council said six kitchens have been closed after a city-wide check of eateries.\n"),
                new Article("herald.txt", "River Herald", "", "2025-04-03", "article",
                        "Fines for restaurants\n\nThe council said inspectors issued 31 fines to owners and inspected 14 restaurants.\n"),
                new Article("gazette.txt", "Hill Gazette", "", "2025-04-03", "article",
                        "New buses\n\nThe mayor said 14 new buses would join the fleet in the spring.\n"));
    }

    @Test
    void sentencesRetellingTheFiguresOfAListCarryTheListAsOneStatement() {
        LinkResult result = link(hygieneCorpus());
        LedgerRow kitchens = row(result, "daily.txt", "six kitchens");
        LedgerRow fines = row(result, "herald.txt", "inspectors issued");
        // each retells nothing but figures of the list: a part of it, no statement of its own
        assertThat(kitchens.statementIds()).hasSize(1);
        assertThat(fines.statementIds()).isEqualTo(kitchens.statementIds());
        Statement list = result.statements().stream().filter(s -> s.id().equals(kitchens.statementIds().get(0)))
                .findFirst().orElseThrow();
        assertThat(list.referenceArticleId()).isEqualTo("release.txt");
        assertThat(list.referenceText()).startsWith("Results of the campaign").contains("31 fines issued");
        assertThat(kitchens.fidelity()).isEqualTo("paraphrase");
    }

    @Test
    void theSameNumberAboutAnotherThingIsNoRetelling() {
        LinkResult result = link(hygieneCorpus());
        // 14 restaurants in the list, 14 buses here: the figure counts something else
        String list = row(result, "daily.txt", "six kitchens").statementIds().get(0);
        assertThat(row(result, "gazette.txt", "14 new buses").statementIds()).doesNotContain(list);
    }

    @Test
    void figuresReadDigitsNumberWordsAndSkipDatesAndYears() {
        Figures figures = Figures.standard();
        String text = "Twenty-five people were held on 26 February 2025, and 1,500 images were seized in March.";
        PassageBuilder builder = new PassageBuilder(WordForms.standard(), org.quotetrace.quotes.CueLexicon.standard());
        List<Word> words = builder.words(text, 0, text.length(), new java.util.TreeMap<>());
        Passage p = new Passage(0, "a.txt", text, 0, text.length(), Passage.Source.INDIRECT, 0, words, true);
        assertThat(figures.of(p)).extracting(Figures.Figure::value).containsExactly(25L, 1500L);
    }

    @Test
    void aSentenceThatAlsoSaysSomethingElseKeepsItsOwnStatementAndItsGrade() {
        String said = "The council said six kitchens were closed and that the owners of the old mill cafe would face "
                + "a hearing at the county court next month.";
        List<Article> articles = List.of(
                new Article("release.txt", "City Council (media release)", "", "2025-04-01", "source", RELEASE),
                new Article("daily.txt", "Old Town Daily", "", "2025-04-02", "article",
                        "Court for cafe\n\n" + said + "\n\nThe cafe has been closed since March. Its owners declined to "
                                + "comment when our reporter visited on Tuesday.\n"),
                new Article("post.txt", "Evening Post", "", "2025-04-03", "article",
                        "Cafe owners in court\n\nA hearing is set for next month. " + said + "\n\nNeighbours had "
                                + "complained about rats behind the building for several years, residents told the paper.\n"));
        LinkResult result = link(articles);
        LedgerRow daily = row(result, "daily.txt", "six kitchens");
        LedgerRow post = row(result, "post.txt", "six kitchens");
        // its own statement (two outlets print it) and the list whose figure it retells
        assertThat(daily.statementIds()).hasSize(2);
        assertThat(post.statementIds()).isEqualTo(daily.statementIds());
        // graded against its own wording: one of the two is the reference, the other reproduces it verbatim
        assertThat(List.of(daily.fidelity(), post.fidelity())).containsExactlyInAnyOrder("original", "verbatim");
    }

    @Test
    void aPartWithoutFiguresOfASentenceThatRetellsAListDoesNotCarryTheList() {
        String said = "The council said six kitchens were closed and that the owners of the old mill cafe would face "
                + "a hearing at the county court next month.";
        List<Article> articles = List.of(
                new Article("release.txt", "City Council (media release)", "", "2025-04-01", "source", RELEASE),
                new Article("daily.txt", "Old Town Daily", "", "2025-04-02", "article",
                        "Court for cafe\n\n" + said + "\n\nThe cafe has been closed since March.\n"),
                new Article("post.txt", "Evening Post", "", "2025-04-03", "article",
                        "Cafe owners in court\n\nA hearing is set for next month. " + said + "\n"),
                new Article("star.txt", "Valley Star", "", "2025-04-04", "article",
                        "Mill cafe\n\nThe owners of the old mill cafe will face a hearing at the county court, "
                                + "the council said.\n"));
        LinkResult result = link(articles);
        LedgerRow daily = row(result, "daily.txt", "six kitchens");
        LedgerRow star = row(result, "star.txt", "The owners of the old mill cafe");
        String list = row(result, "daily.txt", "six kitchens").statementIds().stream()
                .filter(id -> result.statements().stream().anyMatch(s -> s.id().equals(id)
                        && s.referenceArticleId().equals("release.txt")))
                .findFirst().orElseThrow();
        // the part says nothing about kitchens, fines or inspections: it carries the sentence's own statement only
        assertThat(star.statementIds()).isNotEmpty().doesNotContain(list);
        assertThat(daily.statementIds()).containsAll(star.statementIds());
    }
}
