package org.quotetrace.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.StatementLinker;

/**
 * Runs the whole pipeline over a corpus: per-article analysis (in parallel), canonical speakers
 * across articles, then linking. Output order is stable: by article id, then offsets.
 */
public final class CorpusPipeline {

    private final ArticleAnalyzer analyzer;
    private final SpeakerRegistry registry;
    private final StatementLinker linker;
    private final int threads;
    private final BuildProgress progress;

    public CorpusPipeline(ArticleAnalyzer analyzer, SpeakerRegistry registry, StatementLinker linker, int threads) {
        this(analyzer, registry, linker, threads, BuildProgress.NONE);
    }

    /** A pipeline that reports one {@code progress} step per analysed article. */
    public CorpusPipeline(ArticleAnalyzer analyzer, SpeakerRegistry registry, StatementLinker linker, int threads,
                          BuildProgress progress) {
        this.analyzer = analyzer;
        this.registry = registry;
        this.linker = linker;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** The ledger of {@code articles}. */
    public LinkResult run(List<Article> articles) {
        List<ArticleAnalysis> analyses = analyzeAll(articles);
        return linker.link(analyses, attributedRows(analyses));
    }

    /** Analyzes every article, in parallel, returning results in the order of {@code articles}. */
    public List<ArticleAnalysis> analyzeAll(List<Article> articles) {
        if (threads == 1 || articles.size() < 2) {
            return articles.stream().map(this::analyzeOne).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleAnalysis>> futures = new ArrayList<>();
            for (Article article : articles) {
                futures.add(pool.submit(() -> analyzeOne(article)));
            }
            List<ArticleAnalysis> out = new ArrayList<>();
            for (Future<ArticleAnalysis> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw workerFailure(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Articles analysed ahead of the one handed on, per thread (bounds what waits in memory). */
    private static final int AHEAD_PER_THREAD = 16;

    /** Receives results in order. */
    @FunctionalInterface
    public interface OrderedSink<R> {
        void accept(R result) throws java.io.IOException;
    }

    /**
     * Analyzes every article, in parallel, turns each analysis into {@code inWorker}'s result on the
     * thread that made it, and hands the results to {@code sink} on the calling thread in the order
     * of {@code articles}. Only a few analyses are in flight at a time, so a large corpus need not
     * hold them all: the sink keeps what it needs of each.
     */
    public <R> void analyzeInOrder(List<Article> articles, java.util.function.Function<ArticleAnalysis, R> inWorker,
                                   OrderedSink<R> sink) throws java.io.IOException {
        if (threads == 1 || articles.size() < 2) {
            for (Article article : articles) {
                sink.accept(inWorker.apply(analyzeOne(article)));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.ArrayDeque<Future<R>> inFlight = new java.util.ArrayDeque<>();
            int next = 0;
            int window = threads * AHEAD_PER_THREAD;
            while (next < articles.size() || !inFlight.isEmpty()) {
                while (next < articles.size() && inFlight.size() < window) {
                    Article article = articles.get(next++);
                    inFlight.add(pool.submit(() -> inWorker.apply(analyzeOne(article))));
                }
                sink.accept(inFlight.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw workerFailure(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The failure of a worker's task, unwrapped so that callers see the worker's own exception: a
     * runtime exception or error is rethrown as it is, anything else is wrapped.
     */
    private static RuntimeException workerFailure(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private ArticleAnalysis analyzeOne(Article article) {
        ArticleAnalysis analysis = analyzer.analyze(article);
        progress.step();
        return analysis;
    }

    /** Ledger rows (linking columns empty) for the attributed quotes of {@code analyses}. */
    public List<LedgerRow> attributedRows(List<ArticleAnalysis> analyses) {
        return attributedRows(analyses, registry);
    }

    /**
     * Ledger rows (linking columns empty) for the attributed quotes of {@code analyses} (in article-id
     * order), with speakers canonicalised across them by {@code registry}; sorted by article and offsets.
     */
    public static List<LedgerRow> attributedRows(List<ArticleAnalysis> analyses, SpeakerRegistry registry) {
        Map<ArticleEntity, Speaker> speakers = registry.canonicalise(QuoteRows.entities(analyses));
        List<LedgerRow> rows = new ArrayList<>();
        for (ArticleAnalysis analysis : analyses) {
            rows.addAll(QuoteRows.rows(analysis, speakers));
        }
        rows.sort(Comparator.comparing(LedgerRow::articleId).thenComparingInt(LedgerRow::charStart)
                .thenComparingInt(LedgerRow::charEnd).thenComparing(LedgerRow::kind));
        return rows;
    }
}
