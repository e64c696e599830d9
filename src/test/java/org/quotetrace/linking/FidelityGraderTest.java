package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quotetrace.quotes.CueLexicon;

class FidelityGraderTest {

    private static final String REFERENCE =
            "Harbour Works has been one of the largest projects (HW) in the region, making it especially costly for the town.";

    private final PassageBuilder builder = new PassageBuilder(WordForms.standard(), CueLexicon.standard());
    private final FidelityGrader grader = new FidelityGrader();

    private Passage passage(String text, Passage.Source source) {
        return new Passage(0, "x.txt", text, 0, text.length(), source, -1,
                builder.words(text, 0, text.length(), new TreeMap<>()), false);
    }

    private Fidelity grade(String occurrence, Passage.Source source) {
        return grader.grade(passage(occurrence, source), passage(REFERENCE, Passage.Source.FREE));
    }

    @Test
    void typographyCaseAndHyphenationAreVerbatim() {
        assertThat(grade("harbour works has been one of the largest projects (HW) in the region — making it "
                + "especially-costly for the town", Passage.Source.DIRECT)).isEqualTo(Fidelity.VERBATIM);
    }

    @Test
    void britishAndAmericanSpellingAreVerbatim() {
        Passage uk = passage("The organisation will prioritise the colour of the harbour.", Passage.Source.FREE);
        Passage us = passage("The organization will prioritize the color of the harbour.", Passage.Source.DIRECT);
        assertThat(grader.grade(us, uk)).isEqualTo(Fidelity.VERBATIM);
    }

    @Test
    void contiguousExcerptIsFragment() {
        assertThat(grade("especially costly for the town.", Passage.Source.DIRECT)).isEqualTo(Fidelity.FRAGMENT);
        assertThat(grade("one of the largest projects", Passage.Source.INDIRECT)).isEqualTo(Fidelity.FRAGMENT);
    }

    @Test
    void bracketedReplacementAndDroppedParentheticalAreEdited() {
        assertThat(grade("(It) has been one of the largest projects in the region, making it especially costly for the town.",
                Passage.Source.DIRECT)).isEqualTo(Fidelity.EDITED);
    }

    @Test
    void ellipsisIsEdited() {
        assertThat(grade("Harbour Works has been one of the largest projects (HW) … especially costly for the town.",
                Passage.Source.DIRECT)).isEqualTo(Fidelity.EDITED);
    }

    @Test
    void omissionWithoutEllipsisIsNotEdited() {
        assertThat(grade("Harbour Works has been one of the largest projects (HW) especially costly for the town.",
                Passage.Source.DIRECT)).isEqualTo(Fidelity.ALTERED);
    }

    @Test
    void changedWordsInsideQuotationMarksAreAltered() {
        assertThat(grade("Harbour Works has been one of the biggest projects (HW) in the region, making it especially "
                + "expensive for the town.", Passage.Source.DIRECT)).isEqualTo(Fidelity.ALTERED);
    }

    @Test
    void changedWordsInReportedSpeechArePparaphrase() {
        assertThat(grade("the harbour project was among the biggest in the region and very expensive for the town",
                Passage.Source.INDIRECT)).isEqualTo(Fidelity.PARAPHRASE);
    }

    @Test
    void fidelityOrderPicksTheLeastFaithful() {
        assertThat(Fidelity.VERBATIM.worse(Fidelity.FRAGMENT)).isEqualTo(Fidelity.FRAGMENT);
        assertThat(Fidelity.PARAPHRASE.worse(Fidelity.ORIGINAL)).isEqualTo(Fidelity.PARAPHRASE);
    }

    @Test
    void aCorrectedTypoIsNoChangeOfWording() {
        Passage reference = passage("The gang used the photographs for blackmail and extorsion of their victims.", Passage.Source.FREE);
        Passage corrected = passage("used the photographs for blackmail and extortion of their victims.", Passage.Source.DIRECT);
        assertThat(grader.grade(corrected, reference)).isEqualTo(Fidelity.FRAGMENT);
        Passage whole = passage("The gang used the photographs for blackmail and extortion of their victims.", Passage.Source.DIRECT);
        assertThat(grader.grade(whole, reference)).isEqualTo(Fidelity.VERBATIM);
    }

    @Test
    void aChangedEndingOrAnotherWordIsStillAChange() {
        Passage reference = passage("The new rules reduced the harbour fees for fishermen.", Passage.Source.FREE);
        assertThat(grader.grade(passage("The new rules reduces the harbour fees for fishermen.", Passage.Source.DIRECT),
                reference)).isEqualTo(Fidelity.ALTERED);
        assertThat(grader.grade(passage("The new rules reduced the harbour fees for fisherman.", Passage.Source.DIRECT),
                reference)).isEqualTo(Fidelity.ALTERED);
    }
}
