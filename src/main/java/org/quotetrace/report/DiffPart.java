package org.quotetrace.report;

/**
 * One run of a word diff: consecutive words with the same operation.
 *
 * @param op          kept, inserted or deleted
 * @param text        the words as written (inserted and kept words from the reproduction, deleted words
 *                    from the reference), with their original spacing inside the run
 * @param spaceBefore whether the run is separated from the previous run by white space
 */
public record DiffPart(DiffOp op, String text, boolean spaceBefore) {
}
