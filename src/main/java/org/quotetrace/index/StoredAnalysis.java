package org.quotetrace.index;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.AttributedQuote;
import org.quotetrace.corpus.Article;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.Sentence;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.quotes.ExtractedQuotes;
import org.quotetrace.quotes.QuoteSpan;
import org.quotetrace.story.StoryLayout;

/**
 * Everything the per-article stages found in one article, in a form that can be saved and read
 * back exactly: the article (with its text), the story layout, the sentences with their tokens,
 * the quotes and the article-level entities behind them. {@code add} restores these instead of
 * analysing the corpus again; only speaker canonicalisation and linking run over everything.
 */
public record StoredAnalysis(Article article, StoryLayout layout, List<Sentence> sentences, List<QuoteSpan> found,
                             List<StoredQuote> quotes, List<StoredEntity> entities) {

    public StoredAnalysis {
        sentences = List.copyOf(sentences);
        found = List.copyOf(found);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
    }

    /** The storable form of {@code analysis}. */
    public static StoredAnalysis of(ArticleAnalysis analysis) {
        Map<ArticleEntity, Integer> positions = new IdentityHashMap<>();
        List<StoredEntity> entities = new ArrayList<>();
        List<StoredQuote> quotes = new ArrayList<>();
        for (AttributedQuote quote : analysis.quotes()) {
            int entity = -1;
            if (quote.entity() != null) {
                entity = positions.computeIfAbsent(quote.entity(), e -> {
                    entities.add(new StoredEntity(e.describe(), e.lastSeen()));
                    return entities.size() - 1;
                });
            }
            quotes.add(new StoredQuote(quote.quote(), quote.mention(), quote.cue(), entity));
        }
        ExtractedQuotes extracted = analysis.extracted();
        return new StoredAnalysis(analysis.article(), extracted.layout(), extracted.annotated().sentences(),
                extracted.quotes(), quotes, entities);
    }

    /** The analysis this was made from; quotes that shared an entity share one again. */
    public ArticleAnalysis toAnalysis() {
        List<ArticleEntity> restored = new ArrayList<>();
        for (StoredEntity entity : entities) {
            restored.add(ArticleEntity.restore(entity.description(), entity.lastSeen()));
        }
        List<AttributedQuote> attributed = new ArrayList<>();
        for (StoredQuote quote : quotes) {
            attributed.add(new AttributedQuote(quote.quote(), quote.mention(), quote.cue(),
                    quote.entity() < 0 ? null : restored.get(quote.entity())));
        }
        ExtractedQuotes extracted = new ExtractedQuotes(layout, new AnnotatedText(article.text(), sentences), found);
        return new ArticleAnalysis(article, extracted, attributed);
    }
}
