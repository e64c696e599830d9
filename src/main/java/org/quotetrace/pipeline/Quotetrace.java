package org.quotetrace.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.InputException;
import org.quotetrace.index.LedgerFolder;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.ledger.StatementsWriter;
import org.quotetrace.linking.CorpusStatementLinker;
import org.quotetrace.linking.LinkedCorpus;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.UnlinkedStatements;
import org.quotetrace.report.ReportBuilder;
import org.quotetrace.report.ReportModel;
import org.quotetrace.report.ReportWriter;

/**
 * The engine's front door: builds a ledger for a corpus and writes the output folder, adds
 * articles to a built ledger, or extracts the quotes of single articles. The command line calls
 * this; tests and other programs can too.
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
     * Builds the ledger of {@code articles} and writes under {@code out}: {@code ledger.csv},
     * {@code statements.csv}, the statement index ({@code statement-index.json}), the stored
     * analyses and the verify index ({@link LedgerFolder}), and the reports (ledger.json, the HTML
     * site, per-speaker Markdown), telling {@code progress} how far it has got; returns a one-line
     * summary. The result does not depend on the order of {@code articles}.
     */
    public String build(List<Article> articles, Path out, BuildProgress progress) throws IOException {
        List<ArticleAnalysis> analyses = analyze(byId(articles), progress);
        LinkResult result = write(analyses, out, progress);
        return articles.size() + " articles, " + result.rows().size() + " quote occurrences, "
                + result.statements().size() + " statements -> " + out.resolve("ledger.csv");
    }

    /** Adds {@code articles} to the ledger in {@code out}, with no progress shown; see {@link #add(List, Path, BuildProgress)}. */
    public String add(List<Article> articles, Path out) throws IOException {
        return add(articles, out, BuildProgress.NONE);
    }

    /**
     * Adds {@code articles} to the ledger in {@code out}: analyses only them, restores the stored
     * analyses of the others, and re-runs speaker canonicalisation and linking over all, so every
     * file equals what {@code build} writes for all the articles. Returns a one-line summary.
     *
     * @throws InputException when an article is already in the ledger, or the folder holds no ledger
     */
    public String add(List<Article> articles, Path out, BuildProgress progress) throws IOException {
        List<ArticleAnalysis> stored = new LedgerFolder(out).readAnalyses();
        Set<String> known = new HashSet<>();
        stored.forEach(a -> known.add(a.article().id()));
        for (Article article : articles) {
            if (!known.add(article.id())) {
                throw new InputException(article.id() + ": an article of this name is already in the ledger at " + out);
            }
        }
        List<ArticleAnalysis> all = new ArrayList<>(stored);
        all.addAll(analyze(articles, progress));
        all.sort(Comparator.comparing(a -> a.article().id()));
        LinkResult result = write(all, out, progress);
        return articles.size() + " articles added, " + all.size() + " articles, " + result.rows().size()
                + " quote occurrences, " + result.statements().size() + " statements -> " + out.resolve("ledger.csv");
    }

    private List<ArticleAnalysis> analyze(List<Article> articles, BuildProgress progress) {
        CorpusPipeline pipeline = new CorpusPipeline(analyzer, new SpeakerRegistry(), new UnlinkedStatements(), threads,
                progress);
        progress.begin("Analysing", articles.size());
        try {
            return pipeline.analyzeAll(articles);
        } finally {
            progress.end();
        }
    }

    /**
     * Canonicalises the speakers of {@code analyses} (in article-id order), links them and writes
     * every output file: the one path of both {@code build} and {@code add}.
     */
    private LinkResult write(List<ArticleAnalysis> analyses, Path out, BuildProgress progress) throws IOException {
        CorpusStatementLinker linker = CorpusStatementLinker.standard(threads);
        CorpusPipeline pipeline = new CorpusPipeline(analyzer, new SpeakerRegistry(), linker, threads);
        LinkedCorpus linked = linker.linkCorpus(analyses, pipeline.attributedRows(analyses));
        LinkResult result = linked.result();
        List<Article> articles = analyses.stream().map(ArticleAnalysis::article).toList();
        Map<String, String> published = new HashMap<>();
        for (Article article : articles) {
            published.put(article.id(), article.published());
        }
        new StatementsWriter().write(out.resolve("statements.csv"), result.statements(), result.rows(), published);
        linked.index().save(out.resolve("statement-index.json"));
        new LedgerFolder(out).write(analyses, result);
        writeReports(result, articles, out, progress);
        return result;
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

    private static List<Article> byId(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::id));
        return sorted;
    }

    /** The attributed quotes of each article alone (no cross-article linking). */
    public List<LedgerRow> extract(List<Article> articles) {
        CorpusPipeline pipeline = new CorpusPipeline(analyzer, new SpeakerRegistry(), new UnlinkedStatements(), threads);
        return pipeline.run(articles).rows();
    }
}
