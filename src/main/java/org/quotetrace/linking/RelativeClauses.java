package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the non-restrictive relative clauses of a passage ("the inquiry, which was opened by the
 * city and remains open, found ...") and cuts each into its coordinated predicates ("was opened by
 * the city" | "remains open"), each read with the noun it describes ("the inquiry"). Outlets fold
 * a second statement of a source into such a clause: "the inquiry remains open" is a sentence of
 * its own in the source, reduced to two words of another outlet's sentence about something else.
 *
 * <p>A clause starts at "which" or "who" after a comma and ends at the next comma or the end of the
 * passage; its predicates are split at "and" / "but". The antecedent is the run of at most
 * {@value #MAX_ANTECEDENT_WORDS} content words just before the comma. Positions are indexes into
 * {@link Passage#contentWords()}.
 */
public final class RelativeClauses {

    /** Content words of the antecedent kept (the head noun and the words right before it). */
    static final int MAX_ANTECEDENT_WORDS = 3;

    private static final Set<String> RELATIVE = Set.of("which", "who");
    private static final Set<String> COORDINATING = Set.of("and", "but");

    private RelativeClauses() {
    }

    /**
     * One coordinated predicate of a relative clause.
     *
     * @param own        its content words
     * @param antecedent the content words of the noun the clause describes
     */
    public record Predicate(BitSet own, BitSet antecedent) {

        /** The predicate read with its antecedent. */
        public BitSet withAntecedent() {
            BitSet all = (BitSet) own.clone();
            all.or(antecedent);
            return all;
        }
    }

    /** The predicates of {@code p}'s relative clauses, in text order; empty when it has none. */
    public static List<Predicate> of(Passage p) {
        List<Word> words = p.words();
        List<Predicate> out = new ArrayList<>();
        int[] contentIndex = new int[words.size()];
        int next = 0;
        for (int i = 0; i < words.size(); i++) {
            contentIndex[i] = words.get(i).content() ? next++ : -1;
        }
        for (int i = 1; i < words.size(); i++) {
            if (!RELATIVE.contains(words.get(i).lemma()) || !commaBefore(p, words, i)) {
                continue;
            }
            BitSet antecedent = new BitSet();
            for (int j = i - 1; j >= 0 && antecedent.cardinality() < MAX_ANTECEDENT_WORDS && contentIndex[j] >= 0; j--) {
                antecedent.set(contentIndex[j]);
                if (j > 0 && commaBefore(p, words, j)) {
                    break;
                }
            }
            if (antecedent.isEmpty()) {
                continue;
            }
            BitSet own = new BitSet();
            int k = i + 1;
            for (; k < words.size() && !commaBefore(p, words, k); k++) {
                if (COORDINATING.contains(words.get(k).lemma())) {
                    addPredicate(out, own, antecedent);
                    own = new BitSet();
                } else if (contentIndex[k] >= 0) {
                    own.set(contentIndex[k]);
                }
            }
            addPredicate(out, own, antecedent);
            i = k - 1;
        }
        return out;
    }

    private static void addPredicate(List<Predicate> out, BitSet own, BitSet antecedent) {
        if (!own.isEmpty()) {
            out.add(new Predicate(own, antecedent));
        }
    }

    /** Whether a comma stands between word {@code i} and the word before it. */
    private static boolean commaBefore(Passage p, List<Word> words, int i) {
        return p.text().substring(words.get(i - 1).end(), words.get(i).start()).indexOf(',') >= 0;
    }
}
