package org.quotetrace.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.StatementLinker;
import org.quotetrace.linking.UnlinkedStatements;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.pipeline.CorpusPipeline;

/**
 * The corpus-level stages of a build over already analysed articles: canonical speakers across
 * articles, then linking (statements, alignment, fidelity, reuse). One operation links the whole
 * corpus; the score is corpora/s, so articles/s = score x articles (printed in the set-up).
 *
 * <p>The linker is the engine's corpus linker {@code org.quotetrace.linking.CorpusStatementLinker}
 * when the build has one (looked up by name so this benchmark compiles before and after it is
 * merged); otherwise the no-op {@link UnlinkedStatements}, and the set-up says so.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class LinkingBenchmark {

    List<ArticleAnalysis> analyses;
    CorpusPipeline pipeline;
    StatementLinker linker;

    @Setup(Level.Trial)
    public void analyse() throws IOException {
        List<Article> articles = BenchCorpus.load();
        linker = standardLinker();
        pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(), linker,
                Runtime.getRuntime().availableProcessors());
        analyses = pipeline.analyzeAll(articles);
        System.out.println("linking benchmark: " + articles.size() + " articles, linker "
                + linker.getClass().getSimpleName());
    }

    @Benchmark
    public LinkResult linkCorpus() {
        return linker.link(analyses, pipeline.attributedRows(analyses));
    }

    static StatementLinker standardLinker() {
        try {
            Class<?> type = Class.forName("org.quotetrace.linking.CorpusStatementLinker");
            return (StatementLinker) type.getMethod("standard").invoke(null);
        } catch (ReflectiveOperationException e) {
            return new UnlinkedStatements();
        }
    }
}
