package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quotetrace.quotes.CueLexicon;

class PassageComparerTest {

    private final PassageBuilder builder = new PassageBuilder(WordForms.standard(), CueLexicon.standard());

    private Passage passage(String text) {
        return new Passage(0, "x.txt", text, 0, text.length(), Passage.Source.DIRECT, -1,
                builder.words(text, 0, text.length(), new TreeMap<>()), false);
    }

    @Test
    void synonymsCountAsLooseMatches() {
        PassageComparer withWordNet = new PassageComparer(WordNetSynonyms.shared());
        PassageComparer without = new PassageComparer(Synonyms.NONE);
        Passage a = passage("images so easily created by criminals");
        Passage b = passage("images so readily produced by criminals");
        double loose = withWordNet.compare(a, b).similarity();
        double strict = without.compare(a, b).similarity();
        assertThat(loose).isGreaterThan(strict).isLessThan(1.0);
        assertThat(WordNetSynonyms.shared().synonymous("create", "produce")).isTrue();
        assertThat(WordNetSynonyms.shared().synonymous("bridge", "banana")).isFalse();
    }

    @Test
    void similarityIsOneForEqualWordingsAndZeroForUnrelatedOnes() {
        PassageComparer comparer = new PassageComparer(Synonyms.NONE);
        assertThat(comparer.compare(passage("The bridge opens in March."), passage("the bridge opens in march"))
                .similarity()).isEqualTo(1.0);
        assertThat(comparer.compare(passage("Bridge opens tomorrow"), passage("Weather stays rainy"))
                .similarity()).isEqualTo(0.0);
    }

    @Test
    void excerptAndLongestRunAreFound() {
        PassageComparer comparer = new PassageComparer(Synonyms.NONE);
        Comparison c = comparer.compare(passage("open to traffic on Monday"),
                passage("The bridge will open to traffic on Monday after years of work"));
        assertThat(c.aInsideB()).isTrue();
        assertThat(c.longestRun()).isEqualTo(5);
        assertThat(PassageComparer.longestRun(List.of("a", "b", "c"), List.of("x", "b", "c"))).isEqualTo(2);
    }

    @Test
    void termIndexFindsSharedContentAndCapsCommonTerms() {
        TermIndex index = new TermIndex(2);
        index.add(0, List.of("bridge", "open", "march"));
        index.add(1, List.of("bridge", "cost", "euro"));
        index.add(2, List.of("bridge", "rain"));
        // "bridge" is on three lists, above the cap of two: it finds nothing by itself
        assertThat(index.query(List.of("bridge", "open", "march"), 10, 2)).containsExactly(0);
        assertThat(index.query(List.of("bridge"), 10, 1)).isEmpty();
    }

    @Test
    void anAcronymMatchesTheWordsItAbbreviates() {
        PassageComparer comparer = new PassageComparer(Synonyms.NONE);
        Passage spelled = passage("Inspectors at the Flood Risk Protection Agency visited thirty homes");
        Passage short1 = passage("FRPA inspectors visited thirty homes");
        // the acronym covers all four words it stands for
        assertThat(comparer.compare(spelled, short1).coverageOfA()).isEqualTo(1.0);
        assertThat(comparer.compare(short1, spelled).coverageOfA()).isEqualTo(1.0);
        // initials in another order are no match
        Passage other = passage("Inspectors at the Risk Flood Protection Agency visited thirty homes");
        assertThat(comparer.compare(other, short1).coverageOfA()).isLessThan(1.0);
    }

    @Test
    void anAcronymDefinedInBracketsDoesNotCountTwice() {
        Passage defined = passage("Inspectors at the Flood Risk Protection Agency (FRPA) visited thirty homes");
        Passage plain = passage("Inspectors at the Flood Risk Protection Agency visited thirty homes");
        assertThat(defined.contentWords()).hasSameSizeAs(plain.contentWords());
        PassageComparer comparer = new PassageComparer(Synonyms.NONE);
        assertThat(comparer.compare(defined, passage("FRPA inspectors visited thirty homes")).coverageOfA()).isEqualTo(1.0);
    }

    @Test
    void theWordsAnAcronymSpellsOutCountAsOneDistinctWord() {
        PassageComparer comparer = new PassageComparer(Synonyms.NONE);
        Passage spelled = passage("Inspectors at the Flood Risk Protection Agency visited thirty homes");
        Comparison c = comparer.compare(spelled, passage("FRPA inspectors visited thirty homes"));
        // inspectors, Flood Risk Protection Agency (one acronym), visited, thirty, homes
        assertThat(c.coveredA().cardinality()).isEqualTo(8);
        assertThat(c.distinctWords(c.coveredA())).isEqualTo(5);
        // two of the acronym's four words still stand for the one acronym
        java.util.BitSet some = new java.util.BitSet();
        some.set(1);
        some.set(3);
        assertThat(c.distinctWords(some)).isEqualTo(1);
        Comparison plain = comparer.compare(spelled, spelled);
        assertThat(plain.distinctWords(plain.coveredA())).isEqualTo(plain.coveredA().cardinality());
    }
}
