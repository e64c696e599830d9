package org.quotetrace.pipeline;

import org.quotetrace.attribution.ArticleSpeakerResolver;
import org.quotetrace.attribution.MentionReader;
import org.quotetrace.attribution.SpeakerLexicon;
import org.quotetrace.corpus.Article;
import org.quotetrace.nlp.NlpModels;
import org.quotetrace.quotes.ExtractedQuotes;
import org.quotetrace.quotes.QuoteExtractor;

/**
 * Runs the per-article stages (story, nlp, quotes, in-article attribution) on one article.
 * Thread-safe: the NLP tools come per thread from {@link NlpModels}.
 */
public final class ArticleAnalyzer {

    private final NlpModels models;
    private final QuoteExtractor extractor;
    private final ArticleSpeakerResolver resolver;

    public ArticleAnalyzer(NlpModels models, QuoteExtractor extractor, ArticleSpeakerResolver resolver) {
        this.models = models;
        this.extractor = extractor;
        this.resolver = resolver;
    }

    /** An analyzer with the standard models and lexicons. */
    public static ArticleAnalyzer standard() {
        return standard(NlpModels::shared);
    }

    /**
     * An analyzer with the standard lexicons, loaded first, and the models {@code models} gives,
     * asked for last: a caller loading the models on another thread overlaps the two.
     */
    public static ArticleAnalyzer standard(java.util.function.Supplier<NlpModels> models) {
        QuoteExtractor extractor = QuoteExtractor.standard();
        ArticleSpeakerResolver resolver = new ArticleSpeakerResolver(new MentionReader(SpeakerLexicon.standard()));
        return new ArticleAnalyzer(models.get(), extractor, resolver);
    }

    /** Analyzes {@code article}. */
    public ArticleAnalysis analyze(Article article) {
        ExtractedQuotes extracted = extractor.extract(article.text(), models.annotator());
        return new ArticleAnalysis(article, extracted, resolver.resolve(article.text(), extracted));
    }
}
