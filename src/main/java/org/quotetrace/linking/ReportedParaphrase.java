package org.quotetrace.linking;

import java.util.BitSet;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleFunction;

/**
 * How much of a reported-speech sentence a statement carries when the reporter rewords it deeply
 * ("the development of new investigation techniques" for "we will need to develop new
 * investigative methods"): a one-to-one matching of the reported sentence's content words with the
 * statement's in which the same lemma counts 1 and a synonym, a derivationally related form, a
 * direct kind of the other word ("techniques" for "methods") or a shared stem counts
 * {@value PassageComparer#LOOSE_WEIGHT}, each word weighted by its rarity in
 * the corpus (inverse document frequency), so that shared rare words ("emerging", "legislation")
 * count more than the words every sentence of the story repeats. The score is the weighted share
 * of the reported sentence's content that the statement carries, 0..1.
 *
 * <p>The score is looser than {@link PassageComparer}'s coverage; the linker uses it only between
 * a reported-speech sentence and a statement the article credits to the same speaker.
 */
public final class ReportedParaphrase {

    private final Synonyms synonyms;
    private final BiPredicate<String, String> derived;
    private final ToDoubleFunction<String> rarity;

    /**
     * A scorer matching words through {@code synonyms} and {@code derived} (derivationally related
     * lemmas), weighting each lemma by {@code rarity} (positive; higher for rarer words).
     */
    public ReportedParaphrase(Synonyms synonyms, BiPredicate<String, String> derived, ToDoubleFunction<String> rarity) {
        this.synonyms = synonyms;
        this.derived = derived;
        this.rarity = rarity;
    }

    /** The weighted share of {@code reported}'s content words that {@code statement} carries, 0..1. */
    public double coverage(Passage reported, Passage statement) {
        List<Word> a = reported.contentWords();
        List<Word> b = statement.contentWords();
        double total = 0;
        double[] weights = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            weights[i] = rarity.applyAsDouble(a.get(i).lemma());
            total += weights[i];
        }
        if (total == 0) {
            return 0;
        }
        BitSet coveredA = new BitSet();
        BitSet usedB = new BitSet();
        double matched = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < a.size(); i++) {
                if (coveredA.get(i)) {
                    continue;
                }
                for (int j = 0; j < b.size(); j++) {
                    if (!usedB.get(j) && (pass == 0 ? same(a.get(i), b.get(j)) : loose(a.get(i), b.get(j)))) {
                        coveredA.set(i);
                        usedB.set(j);
                        matched += weights[i] * (pass == 0 ? 1 : PassageComparer.LOOSE_WEIGHT);
                        break;
                    }
                }
            }
        }
        return Math.min(1, matched / total);
    }

    /** Number of content words of {@code reported} that {@code statement} carries in any way. */
    public int matchedWords(Passage reported, Passage statement) {
        int count = 0;
        BitSet usedB = new BitSet();
        List<Word> b = statement.contentWords();
        for (Word word : reported.contentWords()) {
            for (int j = 0; j < b.size(); j++) {
                if (!usedB.get(j) && (same(word, b.get(j)) || loose(word, b.get(j)))) {
                    usedB.set(j);
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static boolean same(Word a, Word b) {
        return a.form().equals(b.form()) || a.lemma().equals(b.lemma());
    }

    private boolean loose(Word a, Word b) {
        String x = a.lemma();
        String y = b.lemma();
        if (x.length() >= PassageComparer.STEM && y.length() >= PassageComparer.STEM
                && x.regionMatches(0, y, 0, PassageComparer.STEM)) {
            return true;
        }
        if (Character.isDigit(x.charAt(0)) || Character.isDigit(y.charAt(0))) {
            return false;
        }
        return synonyms.synonymous(x, y) || derived.test(x, y) || synonyms.kindOf(x, y);
    }
}
