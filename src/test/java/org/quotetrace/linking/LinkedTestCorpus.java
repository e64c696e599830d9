package org.quotetrace.linking;

import java.util.List;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.pipeline.CorpusPipeline;

/** Test helper: links a small invented corpus end to end and finds its ledger rows by their text. */
final class LinkedTestCorpus {

    private LinkedTestCorpus() {
    }

    /** Analyses, attributes and links {@code articles} with the standard engine on one thread. */
    static LinkResult link(List<Article> articles) {
        CorpusStatementLinker linker = CorpusStatementLinker.standard();
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(), linker, 1);
        List<ArticleAnalysis> analyses = pipeline.analyzeAll(articles);
        return linker.linkCorpus(analyses, pipeline.attributedRows(analyses)).result();
    }

    /** The row of {@code articleId} whose text starts with {@code textStart}; fails the test when there is none. */
    static LedgerRow row(LinkResult result, String articleId, String textStart) {
        return result.rows().stream().filter(r -> r.articleId().equals(articleId) && r.text().startsWith(textStart))
                .findFirst().orElseThrow(() -> new AssertionError("no row starting '" + textStart + "' in " + articleId
                        + ": " + result.rows()));
    }
}
