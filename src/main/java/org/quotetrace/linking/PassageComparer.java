package org.quotetrace.linking;

import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * Compares two passages: exact order of words (excerpts), and a soft one-to-one matching of their
 * content words in which the same lemma counts 1 and a WordNet synonym or a shared stem
 * ("investigation" ~ "investigative") counts {@value #LOOSE_WEIGHT}, so that a rewording such as
 * "so readily produced" still matches "so easily created"; an acronym matches the words it
 * abbreviates ({@link AcronymMatch}). It also notes when each side names someone or somewhere the
 * other does not ({@link ProperNames}).
 */
public final class PassageComparer {

    /** Weight of a synonym or shared-stem match. */
    public static final double LOOSE_WEIGHT = 0.8;
    /** Two words share a stem when both are at least this long and agree on this many first letters. */
    static final int STEM = 6;

    private final Synonyms synonyms;

    public PassageComparer(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** Compares {@code a} with {@code b}. */
    public Comparison compare(Passage a, Passage b) {
        List<String> formsA = a.forms();
        List<String> formsB = b.forms();
        boolean equal = formsA.equals(formsB);
        boolean aInB = !equal && formsA.size() < formsB.size() && Collections.indexOfSubList(formsB, formsA) >= 0;
        boolean bInA = !equal && formsB.size() < formsA.size() && Collections.indexOfSubList(formsA, formsB) >= 0;
        List<Word> contentA = a.contentWords();
        List<Word> contentB = b.contentWords();
        BitSet coveredA = new BitSet();
        BitSet usedB = new BitSet();
        // acronyms first: "child" in "child sexual abuse material" must not be taken by "children" elsewhere
        BitSet spelledOutA = new BitSet();
        double matched = matchAcronyms(a, contentA, coveredA, b, contentB, usedB, spelledOutA);
        for (int i = 0; i < contentA.size(); i++) {
            if (coveredA.get(i)) {
                continue;
            }
            for (int j = 0; j < contentB.size(); j++) {
                if (!usedB.get(j) && sameWord(contentA.get(i), contentB.get(j))) {
                    coveredA.set(i);
                    usedB.set(j);
                    matched += 1;
                    break;
                }
            }
        }
        for (int i = 0; i < contentA.size(); i++) {
            if (coveredA.get(i)) {
                continue;
            }
            for (int j = 0; j < contentB.size(); j++) {
                if (!usedB.get(j) && looseWord(contentA.get(i), contentB.get(j))) {
                    coveredA.set(i);
                    usedB.set(j);
                    matched += LOOSE_WEIGHT;
                    break;
                }
            }
        }
        boolean namesDiffer = !equal && ProperNames.conflict(a, contentA, coveredA, b, contentB, usedB);
        return new Comparison(equal, aInB, bInA, matched, contentA.size(), contentB.size(), coveredA,
                longestRun(formsA, formsB), namesDiffer, spelledOutA.isEmpty() ? null : spelledOutA);
    }

    /**
     * Matches an acronym on one side with its spelled-out words on the other ({@link AcronymMatch}):
     * each word of a that takes part counts 1 (and is marked in {@code spelledOutA} when it spells out
     * an acronym of b). Returns the weight added.
     */
    private static double matchAcronyms(Passage a, List<Word> contentA, BitSet coveredA,
                                        Passage b, List<Word> contentB, BitSet usedB, BitSet spelledOutA) {
        double added = 0;
        for (int i = 0; i < contentA.size(); i++) {
            String letters = coveredA.get(i) || hasForm(contentB, contentA.get(i)) ? null : AcronymMatch.letters(a.text(), contentA.get(i));
            int run = letters == null ? -1 : AcronymMatch.spelledOut(letters, contentB, usedB);
            if (run >= 0) {
                coveredA.set(i);
                usedB.set(run, run + letters.length());
                added += 1;
            }
        }
        for (int j = 0; j < contentB.size(); j++) {
            String letters = usedB.get(j) || hasForm(contentA, contentB.get(j)) ? null : AcronymMatch.letters(b.text(), contentB.get(j));
            int run = letters == null ? -1 : AcronymMatch.spelledOut(letters, contentA, coveredA);
            if (run >= 0) {
                usedB.set(j);
                coveredA.set(run, run + letters.length());
                spelledOutA.set(run, run + letters.length());
                added += letters.length();
            }
        }
        return added;
    }

    private static boolean hasForm(List<Word> words, Word word) {
        return words.stream().anyMatch(w -> w.form().equals(word.form()));
    }

    private static boolean sameWord(Word a, Word b) {
        return a.form().equals(b.form()) || a.lemma().equals(b.lemma());
    }

    private boolean looseWord(Word a, Word b) {
        String x = a.lemma();
        String y = b.lemma();
        if (x.length() >= STEM && y.length() >= STEM && x.regionMatches(0, y, 0, STEM)) {
            return true;
        }
        if (Character.isDigit(x.charAt(0)) || Character.isDigit(y.charAt(0))) {
            return false;
        }
        return synonyms.synonymous(x, y);
    }

    /** Length of the longest common run of consecutive equal forms. */
    static int longestRun(List<String> a, List<String> b) {
        int best = 0;
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1 : 0;
                best = Math.max(best, current[j]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            java.util.Arrays.fill(current, 0);
        }
        return best;
    }
}
