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
        List<String> occ = occurrence.forms();
        List<String> ref = reference.forms();
        if (occ.equals(ref)) {
            return Fidelity.VERBATIM;
        }
        if (!occ.isEmpty() && occ.size() < ref.size() && Collections.indexOfSubList(ref, occ) >= 0) {
            return Fidelity.FRAGMENT;
        }
        if (onlyEditorial(occurrence, reference)) {
            return Fidelity.EDITED;
        }
        return occurrence.source() == Passage.Source.DIRECT ? Fidelity.ALTERED : Fidelity.PARAPHRASE;
    }

    /** Whether every difference between the two wordings is an accepted editorial change. */
    boolean onlyEditorial(Passage occurrence, Passage reference) {
        List<String> occ = occurrence.forms();
        List<String> ref = reference.forms();
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
