package org.quotetrace.linking;

import java.util.List;

/**
 * A canonical statement: one sentence of a speaker's reference wording, tracked across outlets.
 *
 * @param id                 stable id, unique in the ledger
 * @param speakerId          canonical slug of the speaker of the reference occurrence
 * @param speakerName        display name of that speaker
 * @param referenceArticleId the article holding the reference wording
 * @param referenceStart     offset of the reference wording in that article
 * @param referenceEnd       end offset (exclusive)
 * @param referenceText      the reference wording exactly as in that article
 * @param attributedTo       every canonical speaker id any occurrence credits it to, sorted
 */
public record Statement(String id, String speakerId, String speakerName, String referenceArticleId,
                        int referenceStart, int referenceEnd, String referenceText, List<String> attributedTo) {
    public Statement {
        attributedTo = List.copyOf(attributedTo);
    }
}
