package org.quotetrace.linking;

import java.util.BitSet;

/**
 * How two passages a and b relate, word by word.
 *
 * @param equal       same words in the same order (after {@link WordForms} folding)
 * @param aInsideB    a's words are one contiguous run of b's words (a is an excerpt of b)
 * @param bInsideA    b's words are one contiguous run of a's words
 * @param matched     weight of the one-to-one matching between the content words of a and b: 1 for the
 *                    same lemma, {@value PassageComparer#LOOSE_WEIGHT} for a synonym or a shared stem
 * @param contentA    number of content words of a
 * @param contentB    number of content words of b
 * @param coveredA    which content words of a (by position among a's content words) found a match
 * @param longestRun  the longest run of consecutive words the two share, in words
 * @param namesDiffer one has a proper name where the other has another ({@link ProperNames}): the two are
 *                    about different people or places, so neither is a version or a part of the other
 * @param spelledOutA which content words of a are the spelled-out words of an acronym of b ("child sexual
 *                    abuse material" for "CSAM"); null when none are
 */
public record Comparison(boolean equal, boolean aInsideB, boolean bInsideA, double matched, int contentA, int contentB,
                         BitSet coveredA, int longestRun, boolean namesDiffer, BitSet spelledOutA) {

    /** A comparison in which no word of a spells out an acronym of b. */
    public Comparison(boolean equal, boolean aInsideB, boolean bInsideA, double matched, int contentA, int contentB,
                      BitSet coveredA, int longestRun, boolean namesDiffer) {
        this(equal, aInsideB, bInsideA, matched, contentA, contentB, coveredA, longestRun, namesDiffer, null);
    }

    /**
     * How many distinct words of a the words {@code ofA} (positions among a's content words) stand
     * for: the spelled-out words of one acronym of b count once, as the acronym does.
     */
    public int distinctWords(BitSet ofA) {
        if (spelledOutA == null || !ofA.intersects(spelledOutA)) {
            return ofA.cardinality();
        }
        BitSet plain = (BitSet) ofA.clone();
        plain.andNot(spelledOutA);
        int count = plain.cardinality();
        for (int start = spelledOutA.nextSetBit(0); start >= 0; ) {
            int end = spelledOutA.nextClearBit(start);
            if (ofA.get(start, end).cardinality() > 0) {
                count++; // one acronym's spelled-out words, wholly or partly among ofA
            }
            start = spelledOutA.nextSetBit(end);
        }
        return count;
    }

    /** Share of a's content that b carries, 0..1. */
    public double coverageOfA() {
        return contentA == 0 ? 0 : Math.min(1, matched / contentA);
    }

    /** Share of b's content that a carries, 0..1. */
    public double coverageOfB() {
        return contentB == 0 ? 0 : Math.min(1, matched / contentB);
    }

    /**
     * The documented similarity of the two wordings, 0..1: the soft Dice coefficient of their
     * content words, {@code 2 * matched / (contentA + contentB)}; 1 for equal wordings.
     */
    public double similarity() {
        if (equal) {
            return 1;
        }
        return contentA + contentB == 0 ? 0 : Math.min(1, 2 * matched / (contentA + contentB));
    }
}
