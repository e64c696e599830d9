package org.quotetrace.verify;

import java.util.List;

/**
 * One quote, reported statement or reused sentence of the verified article with its verdict.
 *
 * @param kind           direct, indirect or reuse
 * @param text           the words exactly as in the article
 * @param start          offset of {@code text} in the article
 * @param end            end offset (exclusive)
 * @param speakerId      the canonical speaker this article credits ({@code unknown} when none); for
 *                       reuse, the statement's speaker
 * @param speakerName    that speaker's display name
 * @param mention        how the article names the speaker here, empty for reuse
 * @param verdict        the verdict
 * @param fidelity       the linker's fidelity grade against the first statement's reference wording
 *                       (verbatim, fragment, edited, altered, paraphrase), empty for {@code NEW}
 * @param similarity     0..1 similarity to the reference wording, 0 for {@code NEW}
 * @param statements     the known statements carried, in the order their words appear
 * @param diff           for altered wording: the word diff from the first statement's reference; else empty
 */
public record CheckedItem(String kind, String text, int start, int end, String speakerId, String speakerName,
                          String mention, Verdict verdict, String fidelity, double similarity,
                          List<KnownStatement> statements, List<DiffOp> diff) {
    public CheckedItem {
        statements = List.copyOf(statements);
        diff = List.copyOf(diff);
    }
}
