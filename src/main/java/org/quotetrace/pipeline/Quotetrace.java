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
import org.quotetrace.index.AnalysisStore;
import org.quotetrace.index.LedgerFolder;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.ledger.StatementsWriter;
import org.quotetrace.linking.CorpusStatementLinker;
import org.quotetrace.linking.LinkedCorpus;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.Synonyms;
import org.quotetrace.linking.UnlinkedStatements;
import org.quotetrace.linking.WordForms;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.quotes.ExtractedQuotes;
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
        List<Article> sorted = byId(articles);
        LinkResult result;
        try (AnalysisStore.Writer stored = AnalysisStore.writer(out)) {
            // no local holds the passages: they can go once the ledger files are written, before the reports
            result = writeLedger(analyzeLean(sorted, progress, stored), out, folder -> stored.commit());
        }
        writeReports(result, sorted, out, progress);
        return articles.size() + " articles, " + result.rows().size() + " quote occurrences, "
                + result.statements().size() + " statements -> " + out.resolve("ledger.csv");
    }

    /** The analyses without their annotation, and the linking passages cut from the whole ones. */
    private record LeanAnalyses(List<ArticleAnalysis> analyses, List<Passage> passages) {
    }

    /** One article's analysis with the passages cut from it (ids and rows counted within the article). */
    private record Cut(ArticleAnalysis analysis, List<Passage> passages) {
    }

    /**
     * Analyses {@code articles} (in article-id order) and keeps of each only what linking and the
     * reports need: the analysis without its annotation (sentences and tokens, most of an analysis)
     * and its linking passages, cut where it was analysed by the linker's own code and numbered as
     * the linker numbers them when it cuts them itself. The whole analyses go to {@code stored} as
     * they come, so a large corpus never holds them all.
     */
    private LeanAnalyses analyzeLean(List<Article> articles, BuildProgress progress, AnalysisStore.Writer stored)
            throws IOException {
        CorpusPipeline pipeline = new CorpusPipeline(analyzer, new SpeakerRegistry(), new UnlinkedStatements(), threads,
                progress);
        // cuts passages only: that needs the standard linker's word forms, not its synonyms
        CorpusStatementLinker cutter = new CorpusStatementLinker(WordForms.standard(), Synonyms.NONE);
        List<ArticleAnalysis> lean = new ArrayList<>(articles.size());
        List<Passage> passages = new ArrayList<>();
        int[] firstRow = {0};
        progress.begin("Analysing", articles.size());
        try {
            pipeline.analyzeInOrder(articles, analysis -> {
                List<ArticleAnalysis> one = List.of(analysis);
                // the article's rows in the order of the corpus's rows; their speakers do not matter here
                return new Cut(analysis, cutter.passages(one, CorpusPipeline.attributedRows(one, new SpeakerRegistry())));
            }, cut -> {
                stored.add(cut.analysis());
                for (Passage p : cut.passages()) {
                    int row = p.isQuote() ? firstRow[0] + p.row() : p.row();
                    passages.add(new Passage(passages.size(), p.articleId(), p.text(), p.start(), p.end(), p.source(), row,
                            p.words(), p.attributed()));
                }
                firstRow[0] += cut.analysis().quotes().size();
                lean.add(withoutAnnotation(cut.analysis()));
            });
        } finally {
            progress.end();
        }
        return new LeanAnalyses(lean, passages);
    }

    /** {@code analysis} without its annotation and the quote stage's span list (linking and reports never read them). */
    private static ArticleAnalysis withoutAnnotation(ArticleAnalysis analysis) {
        ExtractedQuotes extracted = analysis.extracted();
        return new ArticleAnalysis(analysis.article(), new ExtractedQuotes(extracted.layout(),
                new AnnotatedText(analysis.article().text(), List.of()), List.of()), analysis.quotes());
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
        LinkResult result = writeLedger(all, null, out, folder -> AnalysisStore.write(folder, all));
        writeReports(result, all.stream().map(ArticleAnalysis::article).toList(), out, progress);
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

    /** {@link #writeLedger(List, List, Path, LedgerFolder.AnalysesOut)} of lean analyses and their passages. */
    private LinkResult writeLedger(LeanAnalyses analysed, Path out, LedgerFolder.AnalysesOut storeAnalyses)
            throws IOException {
        return writeLedger(analysed.analyses(), analysed.passages(), out, storeAnalyses);
    }

    /**
     * Canonicalises the speakers of {@code analyses} (in article-id order), links them and writes
     * every output file but the reports ({@link #writeReports}): the one path of both {@code build}
     * and {@code add}. {@code passages} are the linking passages already cut from the analyses
     * ({@link #analyzeLean}), or null to cut them here from whole analyses; {@code storeAnalyses}
     * writes the stored analyses into the folder.
     */
    private LinkResult writeLedger(List<ArticleAnalysis> analyses, List<Passage> passages, Path out,
                                   LedgerFolder.AnalysesOut storeAnalyses) throws IOException {
        CorpusStatementLinker linker = CorpusStatementLinker.standard(threads);
        CorpusPipeline pipeline = new CorpusPipeline(analyzer, new SpeakerRegistry(), linker, threads);
        List<LedgerRow> rows = pipeline.attributedRows(analyses);
        List<Passage> cut = passages != null ? passages : linker.passages(analyses, rows);
        checkRows(cut, rows);
        LinkedCorpus linked = linker.linkPassages(analyses, cut, rows);
        LinkResult result = linked.result();
        List<Article> articles = analyses.stream().map(ArticleAnalysis::article).toList();
        Map<String, String> published = new HashMap<>();
        for (Article article : articles) {
            published.put(article.id(), article.published());
        }
        new StatementsWriter().write(out.resolve("statements.csv"), result.statements(), result.rows(), published);
        linked.index().save(out.resolve("statement-index.json"));
        new LedgerFolder(out).write(analyses, result, cut, storeAnalyses);
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

    /**
     * Checks that each quote passage points to a row of its own article (passages cut per article
     * and renumbered must point where the linker's own cutting points).
     *
     * @throws IllegalStateException when one does not (a bug)
     */
    private static void checkRows(List<Passage> passages, List<LedgerRow> rows) {
        for (Passage p : passages) {
            if (p.isQuote() && (p.row() >= rows.size() || !rows.get(p.row()).articleId().equals(p.articleId()))) {
                throw new IllegalStateException("passage " + p.start() + "-" + p.end() + " of " + p.articleId()
                        + " points to row " + p.row() + " of another article");
            }
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
