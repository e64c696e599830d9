import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import org.quotetrace.corpus.*;
import org.quotetrace.pipeline.*;

/**
 * Articles per CPU-second of the per-article analysis alone (story, NLP, quotes, attribution; no
 * linking, no output), on one thread, measured with the thread's own CPU time so that other load
 * on the machine counts as little as possible. The corpus is analysed PASSES times; the first
 * passes warm the JIT (and the NLP caches), so the figure reported is the best and the median of
 * the second half of the passes.
 *
 *   mvn -B -q -DskipTests package
 *   java -cp target/quotetrace.jar bench/ExtractCpu.java CORPUS PASSES [MAX_ARTICLES]
 */
public class ExtractCpu {
    public static void main(String[] a) throws Exception {
        List<Article> articles = new CorpusReader().read(Path.of(a[0])).articles();
        int passes = Integer.parseInt(a[1]);
        int limit = a.length > 2 ? Integer.parseInt(a[2]) : articles.size();
        articles = articles.subList(0, Math.min(limit, articles.size()));
        ArticleAnalyzer an = ArticleAnalyzer.standard();
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            long c0 = tm.getCurrentThreadCpuTime();
            for (Article art : articles) an.analyze(art);
            double cpu = (tm.getCurrentThreadCpuTime() - c0) / 1e9;
            rates.add(articles.size() / cpu);
            if (passes <= 5) System.out.printf(Locale.ROOT, "pass %d: %.2f s CPU, %.1f art/CPU-s%n", p, cpu, articles.size() / cpu);
        }
        List<Double> half = new ArrayList<>(rates.subList(passes / 2, passes));
        Collections.sort(half);
        System.out.printf(Locale.ROOT, "%s: %d articles x %d passes; second half: best %.1f, median %.1f articles per CPU-second%n",
            a[0], articles.size(), passes, half.get(half.size() - 1), half.get(half.size() / 2));
    }
}
