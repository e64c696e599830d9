package org.quotetrace.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.quotetrace.corpus.Article;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.ArticleAnalyzer;

/**
 * Per-article extraction throughput: story segmentation, NLP, quotes and in-article attribution
 * of one article per operation (the work {@code build} spreads over its threads). The primary
 * score is articles/s (one operation = one article, summed over threads); the {@code bytes}
 * counter is UTF-8 bytes of article text per second. Models are loaded in the set-up, outside
 * the measurement; each thread has its own OpenNLP instances, as in a build.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    /** The corpus and the analyzer, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<Article> articles;
        long[] bytes;
        ArticleAnalyzer analyzer;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void load() throws IOException {
            articles = BenchCorpus.load();
            bytes = articles.stream().mapToLong(BenchCorpus::utf8Bytes).toArray();
            analyzer = ArticleAnalyzer.standard();
            // warm each model once so the first measured call does not pay for lazy loading
            analyzer.analyze(articles.get(0));
        }
    }

    /** Bytes of article text processed, reported by JMH as a rate next to the article rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public long bytes;
    }

    @Benchmark
    @Threads(1)
    public ArticleAnalysis extractOneThread(Corpus corpus, Processed processed) {
        return extract(corpus, processed);
    }

    @Benchmark
    @Threads(2)
    public ArticleAnalysis extractTwoThreads(Corpus corpus, Processed processed) {
        return extract(corpus, processed);
    }

    private static ArticleAnalysis extract(Corpus corpus, Processed processed) {
        int i = Math.floorMod(corpus.next.getAndIncrement(), corpus.articles.size());
        processed.bytes += corpus.bytes[i];
        return corpus.analyzer.analyze(corpus.articles.get(i));
    }
}
