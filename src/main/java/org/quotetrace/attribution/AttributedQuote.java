package org.quotetrace.attribution;

import org.quotetrace.quotes.QuoteSpan;

/**
 * A quote with its attribution inside one article: the mention as written at this place (empty
 * when the article names nobody), the cue as written (empty when none), and the article-level
 * entity behind the mention (null when the speaker is unknown).
 */
public record AttributedQuote(QuoteSpan quote, String mention, String cue, ArticleEntity entity) {
}
