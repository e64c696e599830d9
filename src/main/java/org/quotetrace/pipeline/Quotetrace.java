package org.quotetrace.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.ledger.LedgerWriter;
import org.quotetrace.ledger.StatementsWriter;
import org.quotetrace.linking.CorpusStatementLinker;
import org.quotetrace.linking.LinkedCorpus;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.UnlinkedStatements;
import org.quotetrace.report.ReportBuilder;
import org.quotetrace.report.ReportModel;
import org.quotetrace.report.ReportWriter;

/**
 * The engine's front door: builds a ledger for a corpus and writes the output folder, or extracts
 * the quotes of single articles. The command line calls this; tests and other programs can too.
 */
public final class Quotetrace {

    private final ArticleAnalyzer analyzer;
    private final int threads;

    public Quotetrace(ArticleAnalyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = threads;
    }

    /** An engine with the standard models, using {@code threads} worker threads. */
    public static Quotetrace standard(int threads) {
        return new Quotetrace(ArticleAnalyzer.standard(), threads);
    }

    /** Builds the ledger of {@code articles} and writes it under {@code out}; returns a one-line summary. */
    public String build(List<Article> articles, Path out) throws IOException {
        return build(articles, out, BuildProgress.NONE);
    }

    /**
     * Builds the ledger of {@code articles} and writes it, {@code statements.csv}, the statement
     * index ({@code statement-index.json}, for linking later articles without reprocessing the
     * corpus) and the reports (ledger.json, the HTML site, per-speaker Markdown) under {@code out},
     * telling {@code progress} how far it has got; returns a one-line summary.
     */
    public String build(List<Article> articles, Path out, BuildProgress progress) throws IOException {
        CorpusStatementLinker linker = CorpusStatementLinker.standard();
        CorpusPipeline pipeline = new CorpusPipeline(analyzer, new SpeakerRegistry(), linker, threads, progress);
        progress.begin("Analysing", articles.size());
        List<ArticleAnalysis> analyses;
        try {
            analyses = pipeline.analyzeAll(articles);
        } finally {
            progress.end();
        }
        LinkedCorpus linked = linker.linkCorpus(analyses, pipeline.attributedRows(analyses));
        LinkResult result = linked.result();
        Map<String, String> published = new HashMap<>();
        for (Article article : articles) {
            published.put(article.id(), article.published());
        }
        new LedgerWriter().write(out.resolve("ledger.csv"), result.rows());
        new StatementsWriter().write(out.resolve("statements.csv"), result.statements(), result.rows(), published);
        linked.index().save(out.resolve("statement-index.json"));
        writeReports(result, articles, out, progress);
        return articles.size() + " articles, " + result.rows().size() + " quote occurrences, "
                + result.statements().size() + " statements -> " + out.resolve("ledger.csv");
    }

    /** Writes ledger.json, index.html and the speaker pages of {@code result} under {@code out}. */
    private static void writeReports(LinkResult result, List<Article> articles, Path out, BuildProgress progress)
            throws IOException {
        ReportModel model = new ReportBuilder().build(result, articles);
        progress.begin("Reports", ReportWriter.fileCount(model));
        try {
            new ReportWriter().write(model, out, file -> progress.step());
        } finally {
            progress.end();
        }
    }

    /** The attributed quotes of each article alone (no cross-article linking). */
    public List<LedgerRow> extract(List<Article> articles) {
        CorpusPipeline pipeline = new CorpusPipeline(analyzer, new SpeakerRegistry(), new UnlinkedStatements(), threads);
        return pipeline.run(articles).rows();
    }
}
