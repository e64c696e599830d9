package org.quotetrace.linking;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.BitSet;
import java.util.List;

/**
 * Tells whether a sentence printed without credit is a near copy of the wordings it carries: how
 * many of its words it takes from them in their own order.
 *
 * <p>The sentence is aligned with each source wording (java-diff-utils over comparison forms, so a
 * longest common subsequence); a word counts as copied when it lies in an aligned stretch of at
 * least {@value #MIN_RUN} consecutive words of both. Shorter stretches are what two independent
 * sentences about the same news share by chance ("of the", "the police"). A sentence is a near
 * copy when copied words make up more than {@value #MIN_SHARE_PERCENT}% of it, that is most of it
 * and at least twice what the outlet wrote itself, and number at least {@value #MIN_WORDS}: a
 * retelling that reorders the clauses or rewords more than a third of the sentence is the outlet's
 * own prose, and a short line ("police said on Monday") proves nothing. A sentence that combines
 * two statements is measured against both at once.
 */
public final class InOrderCopy {

    /** Aligned stretches shorter than this many words are chance agreement, not copying. */
    public static final int MIN_RUN = 3;
    /** Copied words must make up more than this percentage of the sentence (two thirds). */
    public static final int MIN_SHARE_PERCENT = 66;
    /** ... and number at least this many. */
    public static final int MIN_WORDS = 8;

    private InOrderCopy() {
    }

    /** How many words of {@code sentence} lie in in-order stretches of {@link #MIN_RUN}+ words of one of {@code sources}. */
    public static int copiedWords(List<String> sentence, List<List<String>> sources) {
        BitSet copied = new BitSet(sentence.size());
        for (List<String> source : sources) {
            int sentencePos = 0;
            int sourcePos = 0;
            for (AbstractDelta<String> delta : DiffUtils.diff(source, sentence).getDeltas()) {
                // the words between the previous delta and this one are equal in both, in order
                mark(copied, sentencePos, delta.getTarget().getPosition());
                sentencePos = delta.getTarget().getPosition() + delta.getTarget().size();
                sourcePos = delta.getSource().getPosition() + delta.getSource().size();
            }
            mark(copied, sentencePos, sentencePos + Math.min(sentence.size() - sentencePos, source.size() - sourcePos));
        }
        return copied.cardinality();
    }

    private static void mark(BitSet copied, int from, int to) {
        if (to - from >= MIN_RUN) {
            copied.set(from, to);
        }
    }

    /** Whether {@code sentence} is a near copy of {@code sources} (see the class comment). */
    public static boolean nearCopy(List<String> sentence, List<List<String>> sources) {
        int copied = copiedWords(sentence, sources);
        return copied >= MIN_WORDS && 100 * copied > MIN_SHARE_PERCENT * sentence.size();
    }
}
