package org.quotetrace.verify;

/**
 * A statement of the ledger that an item of the verified article carries: its id, its reference
 * wording, the article and outlet holding that wording, and the statement's speaker.
 */
public record KnownStatement(String id, String referenceText, String referenceArticleId, String referenceOutlet,
                             String speakerId, String speakerName) {
}
