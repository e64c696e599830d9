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
 *
 * <p>A sentence may also copy only a clause of a source and add words of its own around it ("... and
 * was led by Danish police alongside the agencies of 19 countries" from a release's "..., which was led
 * by Danish police and involved the agencies of 19 countries"): it is a near copy when one stretch of
 * it holds at least {@value #MIN_CLAUSE_WORDS} words copied from one source, in stretches of
 * {@value #MIN_RUN}+ words, with at most {@value #MAX_CLAUSE_GAP} words of its own between them. Twelve
 * words in the source's order are no chance agreement between two retellings of the same news.
 */
public final class InOrderCopy {

    /** Aligned stretches shorter than this many words are chance agreement, not copying. */
    public static final int MIN_RUN = 3;
    /** Copied words must make up more than this percentage of the sentence (two thirds). */
    public static final int MIN_SHARE_PERCENT = 66;
    /** ... and number at least this many. */
    public static final int MIN_WORDS = 8;
    /** A clause copied from one source inside a longer sentence: at least this many copied words in one stretch. */
    public static final int MIN_CLAUSE_WORDS = 12;
    /** ... joined across gaps of at most this many words the outlet wrote itself. */
    public static final int MAX_CLAUSE_GAP = 2;

    private InOrderCopy() {
    }

    /** How many words of {@code sentence} lie in in-order stretches of {@link #MIN_RUN}+ words of one of {@code sources}. */
    public static int copiedWords(List<String> sentence, List<List<String>> sources) {
        BitSet copied = new BitSet(sentence.size());
        for (List<String> source : sources) {
            copied.or(copiedFrom(sentence, source));
        }
        return copied.cardinality();
    }

    /** The words of {@code sentence} that lie in in-order stretches of {@link #MIN_RUN}+ words of {@code source}. */
    private static BitSet copiedFrom(List<String> sentence, List<String> source) {
        BitSet copied = new BitSet(sentence.size());
        int sentencePos = 0;
        int sourcePos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(source, sentence).getDeltas()) {
            // the words between the previous delta and this one are equal in both, in order
            mark(copied, sentencePos, delta.getTarget().getPosition());
            sentencePos = delta.getTarget().getPosition() + delta.getTarget().size();
            sourcePos = delta.getSource().getPosition() + delta.getSource().size();
        }
        mark(copied, sentencePos, sentencePos + Math.min(sentence.size() - sentencePos, source.size() - sourcePos));
        return copied;
    }

    /**
     * The most words of {@code sentence} copied from one of {@code sources} inside one stretch of the
     * sentence: copied words (as {@link #copiedWords} counts them) joined across gaps of at most
     * {@value #MAX_CLAUSE_GAP} words of the outlet's own (a word swapped, "and involved" for
     * "alongside").
     */
    public static int copiedClause(List<String> sentence, List<List<String>> sources) {
        int best = 0;
        for (List<String> source : sources) {
            BitSet copied = copiedFrom(sentence, source);
            int run = 0;
            int lastCopied = -1;
            for (int i = copied.nextSetBit(0); i >= 0; i = copied.nextSetBit(i + 1)) {
                run = lastCopied >= 0 && i - lastCopied - 1 <= MAX_CLAUSE_GAP ? run + 1 : 1;
                lastCopied = i;
                best = Math.max(best, run);
            }
        }
        return best;
    }

    private static void mark(BitSet copied, int from, int to) {
        if (to - from >= MIN_RUN) {
            copied.set(from, to);
        }
    }

    /** Whether {@code sentence} is a near copy of {@code sources}, whole or by a clause (see the class comment). */
    public static boolean nearCopy(List<String> sentence, List<List<String>> sources) {
        int copied = copiedWords(sentence, sources);
        return copied >= MIN_WORDS && 100 * copied > MIN_SHARE_PERCENT * sentence.size()
                || copiedClause(sentence, sources) >= MIN_CLAUSE_WORDS;
    }
}
