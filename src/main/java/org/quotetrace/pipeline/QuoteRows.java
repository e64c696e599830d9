package org.quotetrace.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.AttributedQuote;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;

/**
 * Turns attributed quotes into ledger rows (linking columns still empty), given canonical
 * speakers. Shared by {@code build} and {@code verify}, which differ only in how they find the
 * canonical speakers.
 */
public final class QuoteRows {

    private QuoteRows() {
    }

    /** The distinct article entities behind the quotes of {@code analyses}, in first-seen order. */
    public static List<ArticleEntity> entities(List<ArticleAnalysis> analyses) {
        List<ArticleEntity> entities = new ArrayList<>();
        Map<ArticleEntity, Boolean> seen = new IdentityHashMap<>();
        for (ArticleAnalysis analysis : analyses) {
            for (AttributedQuote quote : analysis.quotes()) {
                if (quote.entity() != null && seen.put(quote.entity(), Boolean.TRUE) == null) {
                    entities.add(quote.entity());
                }
            }
        }
        return entities;
    }

    /** The rows of one article's quotes, in quote order; an unresolved quote gets {@link Speaker#UNKNOWN}. */
    public static List<LedgerRow> rows(ArticleAnalysis analysis, Map<ArticleEntity, Speaker> speakers) {
        Article article = analysis.article();
        List<LedgerRow> rows = new ArrayList<>();
        for (AttributedQuote quote : analysis.quotes()) {
            Speaker speaker = quote.entity() == null ? Speaker.UNKNOWN : speakers.get(quote.entity());
            int start = quote.quote().start();
            int end = quote.quote().end();
            rows.add(new LedgerRow(LedgerRow.occurrenceId(article.id(), start, end), article.id(), article.outlet(),
                    speaker.id(), speaker.name(), quote.mention(), quote.cue(), quote.quote().kind().label(),
                    article.text().substring(start, end), start, end, List.of(), "", Double.NaN, ""));
        }
        return rows;
    }
}
