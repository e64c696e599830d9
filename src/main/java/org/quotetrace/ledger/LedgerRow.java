package org.quotetrace.ledger;

import java.util.List;

/**
 * One row of the quote ledger: one occurrence of a statement in an article, with the columns of the
 * evaluation contract (shared/eval/README.md, section 1) in their order.
 *
 * @param occurrenceId        stable id: the article id without {@code .txt}, a colon and the offsets
 * @param articleId           the article's file name
 * @param outlet              the outlet from the manifest, may be empty
 * @param speakerId           canonical speaker slug
 * @param speakerName         canonical speaker display name
 * @param speakerMention      how the article names the speaker here, empty for reuse
 * @param cue                 the cue as written, empty if none
 * @param kind                direct, indirect or reuse
 * @param text                the quoted words exactly as in the article
 * @param charStart           start offset (UTF-16 code units) of {@code text}
 * @param charEnd             end offset, exclusive
 * @param statementIds        canonical statements carried, in order
 * @param fidelity            original, verbatim, fragment, edited, altered or paraphrase; empty when unlinked
 * @param similarity          0..1 similarity to the reference wording, NaN when unlinked
 * @param referenceArticleId  the article holding the reference wording of the first statement, empty when unlinked
 */
public record LedgerRow(String occurrenceId, String articleId, String outlet, String speakerId, String speakerName,
                        String speakerMention, String cue, String kind, String text, int charStart, int charEnd,
                        List<String> statementIds, String fidelity, double similarity, String referenceArticleId) {

    /** The contract's column names, in order. */
    public static final List<String> COLUMNS = List.of("occurrence_id", "article_id", "outlet", "speaker_id",
            "speaker_name", "speaker_mention", "cue", "kind", "text", "char_start", "char_end", "statement_ids",
            "fidelity", "similarity", "reference_article_id");

    public LedgerRow {
        statementIds = List.copyOf(statementIds);
    }

    /** The stable occurrence id of a span of an article. */
    public static String occurrenceId(String articleId, int start, int end) {
        String base = articleId.endsWith(".txt") ? articleId.substring(0, articleId.length() - 4) : articleId;
        return base + ":" + start + "-" + end;
    }

    /** A copy with the linking columns set. */
    public LedgerRow withLink(List<String> newStatementIds, String newFidelity, double newSimilarity, String newReference) {
        return new LedgerRow(occurrenceId, articleId, outlet, speakerId, speakerName, speakerMention, cue, kind, text,
                charStart, charEnd, newStatementIds, newFidelity, newSimilarity, newReference);
    }

    /** The values in column order, as strings. */
    public List<String> values() {
        return List.of(occurrenceId, articleId, outlet, speakerId, speakerName, speakerMention, cue, kind, text,
                Integer.toString(charStart), Integer.toString(charEnd), String.join(";", statementIds), fidelity,
                Double.isNaN(similarity) ? "" : String.format(java.util.Locale.ROOT, "%.3f", similarity),
                referenceArticleId);
    }
}
