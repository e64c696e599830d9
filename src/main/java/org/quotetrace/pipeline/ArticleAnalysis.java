package org.quotetrace.pipeline;

import java.util.List;
import org.quotetrace.attribution.AttributedQuote;
import org.quotetrace.corpus.Article;
import org.quotetrace.quotes.ExtractedQuotes;

/** Everything the per-article stages found in one article: the extraction and the attributed quotes. */
public record ArticleAnalysis(Article article, ExtractedQuotes extracted, List<AttributedQuote> quotes) {
    public ArticleAnalysis {
        quotes = List.copyOf(quotes);
    }
}
