package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The near-copy rule for reuse, on invented sentences. */
class InOrderCopyTest {

    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.toLowerCase().split("[^\\p{L}\\p{N}]+"));
    }

    private static final List<String> SOURCE =
            words("At each of the two schools the inspectors found broken fire doors and blocked emergency exits");

    @Test
    void aLightlyEditedReprintIsANearCopy() {
        // the outlet replaced the opening phrase; everything else is the source's words in order
        List<String> copy = words("During visits to the two schools the inspectors found broken fire doors and blocked emergency exits");
        assertThat(InOrderCopy.copiedWords(copy, List.of(SOURCE))).isEqualTo(13);
        assertThat(InOrderCopy.nearCopy(copy, List.of(SOURCE))).isTrue();
    }

    @Test
    void aRetellingThatMovesAClauseIsNoNearCopy() {
        // both halves are the source's words, but in another order: only one of them aligns
        List<String> rewrite = words("Surveys uncovered broken fire doors and blocked emergency exits at each of the two schools");
        assertThat(InOrderCopy.copiedWords(rewrite, List.of(SOURCE))).isEqualTo(7);
        assertThat(InOrderCopy.nearCopy(rewrite, List.of(SOURCE))).isFalse();
    }

    @Test
    void scatteredSharedWordsAreNotCopying() {
        List<String> other = words("The mayor said the schools and the fire service would meet the inspectors in March");
        assertThat(InOrderCopy.copiedWords(other, List.of(SOURCE))).isZero();
    }

    @Test
    void aShortLineProvesNothing() {
        List<String> line = words("the inspectors found broken fire doors");
        assertThat(InOrderCopy.copiedWords(line, List.of(SOURCE))).isLessThan(InOrderCopy.MIN_WORDS);
        assertThat(InOrderCopy.nearCopy(line, List.of(SOURCE))).isFalse();
    }

    @Test
    void aSentenceCombiningTwoSourcesIsMeasuredAgainstBoth() {
        List<String> second = words("The repairs will cost the county four million pounds over three years");
        List<String> combined = words("The inspectors found broken fire doors and blocked emergency exits and the repairs will cost "
                + "the county four million pounds");
        assertThat(InOrderCopy.nearCopy(combined, List.of(SOURCE))).isFalse();
        assertThat(InOrderCopy.nearCopy(combined, List.of(SOURCE, second))).isTrue();
    }

    private static final List<String> RELEASE = words("Fire crews charged two men this week as part of a national inquiry, "
            + "which was led by the county fire service and involved police forces from twelve regions");

    @Test
    void aLongClauseCopiedInsideALongerSentenceIsANearCopy() {
        // the outlet keeps the release's relative clause, swaps one word, and wraps it in words of its own
        List<String> sentence = words("The arson case, one of the largest of the year, was led by the county fire "
                + "service alongside police forces from twelve regions");
        assertThat(InOrderCopy.copiedWords(sentence, List.of(RELEASE)) * 100).isLessThan(
                InOrderCopy.MIN_SHARE_PERCENT * sentence.size());
        assertThat(InOrderCopy.copiedClause(sentence, List.of(RELEASE))).isEqualTo(12);
        assertThat(InOrderCopy.nearCopy(sentence, List.of(RELEASE))).isTrue();
    }

    @Test
    void aShortSharedClauseOrOneBrokenByTheOutletsOwnWordsIsNoNearCopy() {
        List<String> shortClause = words("The arson case, one of the largest of the year, was led by the county fire "
                + "service with help from other regions");
        assertThat(InOrderCopy.copiedClause(shortClause, List.of(RELEASE))).isLessThan(InOrderCopy.MIN_CLAUSE_WORDS);
        assertThat(InOrderCopy.nearCopy(shortClause, List.of(RELEASE))).isFalse();
        List<String> broken = words("The arson case, one of the largest of the year, was led by the county fire "
                + "service, which said it had help from police forces from twelve regions");
        assertThat(InOrderCopy.copiedClause(broken, List.of(RELEASE))).isLessThan(InOrderCopy.MIN_CLAUSE_WORDS);
        assertThat(InOrderCopy.nearCopy(broken, List.of(RELEASE))).isFalse();
    }
}
