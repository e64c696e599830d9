package org.quotetrace.synth;

import java.util.List;

/**
 * One quote of the gold annotation of a synthetic article, with its span in the article text.
 * The fields follow the gold format of {@code ../shared/eval/README.md}.
 *
 * @param start      offset of the first character of {@code text} (UTF-16 code units)
 * @param end        offset after the last character
 * @param kind       direct, indirect or reuse
 * @param speaker    the speaker slug the article credits (for a misattribution: the wrong one)
 * @param mention    how the article names the speaker at this place, empty for reuse
 * @param cue        the cue as written, empty if none
 * @param statements ids of the tracked statements carried, empty for an untracked quote
 * @param fidelity   original, verbatim, fragment, edited, altered or paraphrase
 */
record GoldQuote(int start, int end, String kind, String speaker, String mention, String cue,
                 List<String> statements, String fidelity) {
    GoldQuote {
        statements = List.copyOf(statements);
    }
}
