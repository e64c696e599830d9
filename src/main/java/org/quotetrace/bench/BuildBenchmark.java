package org.quotetrace.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.Corpus;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.corpus.InputException;
import org.quotetrace.nlp.NlpModels;
import org.quotetrace.pipeline.Quotetrace;

/**
 * Times whole builds over a corpus, as {@code quotetrace build} runs them: read the corpus folders,
 * analyse every article, link, write the ledger and reports. Model loading and JVM start-up are measured and
 * reported apart, not inside the build times. Each repeat is timed alone; the first is usually
 * slower (JIT warm-up).
 */
public final class BuildBenchmark {

    /** Figures of one timed build. */
    public record Run(int repeat, double seconds, double readSeconds, double cpuSeconds, int articles, long bytes,
                      HeapWatcher.Heap heap) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        /** Articles per second of process CPU time: less sensitive than wall time to other load on the machine. */
        double articlesPerCpuSecond() {
            return cpuSeconds > 0 ? articles / cpuSeconds : Double.NaN;
        }
    }

    private final List<Path> corpora;
    private final int threads;
    private final Path out;

    public BuildBenchmark(List<Path> corpora, int threads, Path out) {
        this.corpora = List.copyOf(corpora);
        this.threads = threads;
        this.out = out;
    }

    /** Loads the models, runs {@code repeats} timed builds and prints a report to {@code report}. */
    public List<Run> run(int repeats, PrintWriter report) throws IOException {
        var runtime = ManagementFactory.getRuntimeMXBean();
        double jvmToHere = (System.currentTimeMillis() - runtime.getStartTime()) / 1000.0;
        long t0 = System.nanoTime();
        NlpModels.shared();
        Quotetrace engine = Quotetrace.standard(threads);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        report.printf(Locale.ROOT, "bench: JVM start to command %.2f s; model and lexicon load %.2f s (not in the build times)%n",
                jvmToHere, loadSeconds);
        report.printf(Locale.ROOT, "bench: %d thread(s), %d available processor(s), max heap %d MiB, Java %s%n",
                threads, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        List<Run> runs = new ArrayList<>();
        for (int r = 1; r <= repeats; r++) {
            System.gc();
            double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            HeapWatcher watcher = HeapWatcher.start();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            List<Article> articles = read();
            double read = (System.nanoTime() - start) / 1e9;
            AnalysisClock analysis = new AnalysisClock();
            engine.build(articles, out, analysis);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            HeapWatcher.Heap heap = watcher.stop();
            long bytes = 0;
            for (Article article : articles) {
                bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
            }
            Run run = new Run(r, seconds, read, cpu, articles.size(), bytes, heap);
            runs.add(run);
            report.printf(Locale.ROOT, "bench: run %d: %d articles, %.2f MB in %.2f s wall (read %.2f s): %.1f articles/s, "
                            + "%.3f MB/s; CPU %.2f s (%.1f articles per CPU-second); heap peak %d MiB sampled, "
                            + "%d MiB pool-peak sum; %d GCs, %.2f s GC; system load average before %.1f%n",
                    r, run.articles(), bytes / 1e6, seconds, read, run.articlesPerSecond(), run.megabytesPerSecond(),
                    cpu, run.articlesPerCpuSecond(), heap.sampledPeakBytes() >> 20, heap.poolPeakSumBytes() >> 20,
                    heap.gcCount(), heap.gcMillis() / 1000.0, loadAverage);
            report.printf(Locale.ROOT, "bench: run %d: analysis (story, NLP, quotes, attribution; %d thread(s)) %.2f s wall, "
                            + "CPU %.2f s: %.1f articles per CPU-second; linking and writing %.2f s wall%n",
                    r, threads, analysis.wallSeconds, analysis.cpuSeconds, articles.size() / analysis.cpuSeconds,
                    seconds - read - analysis.wallSeconds);
            report.flush();
        }
        Run best = runs.stream().min((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
        report.printf(Locale.ROOT, "bench: best of %d: %.2f s, %.1f articles/s, %.3f MB/s%n",
                repeats, best.seconds(), best.articlesPerSecond(), best.megabytesPerSecond());
        return runs;
    }

    /** Wall and process CPU time of the analysis phase of a build, taken from its progress reports. */
    private static final class AnalysisClock implements org.quotetrace.pipeline.BuildProgress {
        private long cpuStart;
        private long wallStart;
        private boolean analysing;
        double cpuSeconds;
        double wallSeconds;

        @Override
        public void begin(String task, long total) {
            analysing = "Analysing".equals(task);
            if (analysing) {
                cpuStart = processCpuNanos();
                wallStart = System.nanoTime();
            }
        }

        @Override
        public void step() {
        }

        @Override
        public void end() {
            if (analysing) {
                cpuSeconds += (processCpuNanos() - cpuStart) / 1e9;
                wallSeconds += (System.nanoTime() - wallStart) / 1e9;
                analysing = false;
            }
        }
    }

    /** CPU time of the whole process (all threads, GC included), or 0 where the JVM does not tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private List<Article> read() {
        CorpusReader reader = new CorpusReader();
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path folder : corpora) {
            Corpus corpus = reader.read(folder);
            for (Article article : corpus.articles()) {
                if (!ids.add(article.id())) {
                    throw new InputException("article file name '" + article.id()
                            + "' appears in more than one corpus folder; file names must be unique");
                }
                articles.add(article);
            }
        }
        return articles;
    }
}
