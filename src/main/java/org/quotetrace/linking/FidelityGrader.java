package org.quotetrace.linking;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.Collections;
import java.util.List;

/**
 * Grades one occurrence against the reference wording of its statement by aligning their words
 * (java-diff-utils over {@link WordForms} comparison forms): equal words are {@code verbatim}, a
 * contiguous excerpt a {@code fragment}, differences that are only omissions marked by an
 * ellipsis, omissions of the reference's own parentheticals, or insertions inside brackets
 * {@code edited}; anything else is {@code altered} inside quotation marks and {@code paraphrase}
 * outside them.
 */
public final class FidelityGrader {

    /** The grade of {@code occurrence} against {@code reference} (a different passage). */
    public Fidelity grade(Passage occurrence, Passage reference) {
        List<String> ref = reference.forms();
        List<String> occ = withReferenceSpelling(occurrence.forms(), ref);
        if (occ.equals(ref)) {
            return Fidelity.VERBATIM;
        }
        if (!occ.isEmpty() && occ.size() < ref.size() && Collections.indexOfSubList(ref, occ) >= 0) {
            return Fidelity.FRAGMENT;
        }
        if (onlyEditorial(occurrence, reference, ref, occ)) {
            return Fidelity.EDITED;
        }
        return occurrence.source() == Passage.Source.DIRECT ? Fidelity.ALTERED : Fidelity.PARAPHRASE;
    }

    /** Whether every difference between the two wordings is an accepted editorial change. */
    boolean onlyEditorial(Passage occurrence, Passage reference) {
        List<String> ref = reference.forms();
        return onlyEditorial(occurrence, reference, ref, withReferenceSpelling(occurrence.forms(), ref));
    }

    /** {@link #onlyEditorial(Passage, Passage)} given the reference's forms and the occurrence's in reference spelling. */
    private boolean onlyEditorial(Passage occurrence, Passage reference, List<String> ref, List<String> occ) {
        return unbracketedWordsInOrder(occurrence, occ, ref) && editorialDiff(occurrence, reference, ref, occ);
    }

    /** Whether the word diff of the two wordings shows only editorial changes (the test behind {@link #onlyEditorial}). */
    static boolean editorialDiff(Passage occurrence, Passage reference, List<String> ref, List<String> occ) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(ref, occ).getDeltas();
        if (deltas.isEmpty()) {
            return false;
        }
        int matchedWords = occ.size();
        for (AbstractDelta<String> delta : deltas) {
            int refPos = delta.getSource().getPosition();
            int refLen = delta.getSource().size();
            int occPos = delta.getTarget().getPosition();
            int occLen = delta.getTarget().size();
            matchedWords -= occLen;
            boolean atEdge = refPos == 0 && occPos == 0 || refPos + refLen == ref.size() && occPos + occLen == occ.size();
            if (delta.getType() == DeltaType.DELETE) {
                if (!(atEdge || allBracketed(reference, refPos, refLen) || ellipsisAt(occurrence, occPos))) {
                    return false;
                }
            } else if (delta.getType() == DeltaType.INSERT || delta.getType() == DeltaType.CHANGE) {
                if (!allBracketed(occurrence, occPos, occLen)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return matchedWords >= Math.max(2, occ.size() / 2);
    }

    /**
     * Whether the occurrence's words outside brackets appear in the reference in the same order (as a
     * subsequence): without that, some difference inserts or changes an unbracketed word, which no
     * alignment of the two wordings accepts as editorial. A cheap test that spares most pairs the diff.
     */
    static boolean unbracketedWordsInOrder(Passage occurrence, List<String> occ, List<String> ref) {
        List<Word> words = occurrence.words();
        int r = 0;
        for (int i = 0; i < occ.size(); i++) {
            if (words.get(i).bracketed()) {
                continue;
            }
            String word = occ.get(i);
            while (r < ref.size() && !ref.get(r).equals(word)) {
                r++;
            }
            if (r == ref.size()) {
                return false;
            }
            r++;
        }
        return true;
    }

    /** Words at least this long may differ from the reference by one mistyped letter and still be the same word. */
    static final int TYPO_MIN_LENGTH = 7;

    /**
     * The occurrence's words with every word that is a one-letter misspelling of a reference word
     * replaced by that word: a typo corrected or made ("extorsion" / "extortion") changes
     * spelling, not wording. A misspelling here is one letter replaced inside a word of at least
     * {@value #TYPO_MIN_LENGTH} letters, neither its first letter nor one of its last two (where
     * English changes tense, number or person: "reduced" / "reduces" are different words).
     */
    static List<String> withReferenceSpelling(List<String> occurrence, List<String> reference) {
        java.util.Set<String> known = new java.util.HashSet<>(reference);
        List<String> out = null;
        for (int i = 0; i < occurrence.size(); i++) {
            String word = occurrence.get(i);
            if (known.contains(word) || word.length() < TYPO_MIN_LENGTH) {
                continue;
            }
            for (String candidate : known) {
                if (oneLetterTypo(word, candidate)) {
                    if (out == null) {
                        out = new java.util.ArrayList<>(occurrence);
                    }
                    out.set(i, candidate);
                    break;
                }
            }
        }
        return out == null ? occurrence : out;
    }

    private static boolean oneLetterTypo(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        return differing > 0 && differing < a.length() - 2 && Character.isLetter(a.charAt(differing))
                && Character.isLetter(b.charAt(differing));
    }

    private static boolean allBracketed(Passage passage, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (!passage.words().get(i).bracketed()) {
                return false;
            }
        }
        return length > 0;
    }

    /** Whether the occurrence shows an ellipsis just before its word {@code position}. */
    private static boolean ellipsisAt(Passage passage, int position) {
        List<Word> words = passage.words();
        int from = position == 0 ? passage.start() : words.get(position - 1).end();
        int to = position >= words.size() ? passage.end() : words.get(position).start();
        String gap = passage.text().substring(from, to);
        return gap.contains("…") || gap.contains("...") || gap.contains(". . .");
    }
}
