package org.quotetrace.index;

import org.quotetrace.quotes.QuoteSpan;

/**
 * One attributed quote as the ledger folder stores it: the span, the mention and cue as written,
 * and the position of its entity in the article's {@link StoredAnalysis#entities()} list (-1 when
 * the speaker is unknown), so quotes that share an entity share it again when restored.
 */
public record StoredQuote(QuoteSpan quote, String mention, String cue, int entity) {
}
