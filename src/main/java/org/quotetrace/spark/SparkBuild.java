package org.quotetrace.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.InputException;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.CorpusStatementLinker;
import org.quotetrace.linking.LinkedCorpus;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.Synonyms;
import org.quotetrace.linking.WordForms;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.pipeline.CorpusPipeline;
import org.quotetrace.spark.SparkCorpusReader.Format;
import scala.Tuple2;

/**
 * The Spark job: writes {@code ledger.csv}, {@code statements.csv} and {@code statement-index.json}
 * for a corpus on any Hadoop-compatible path, byte for byte what {@code quotetrace build} writes for
 * the same articles, with the same code:
 *
 * <ol>
 * <li><b>Read and analyse</b> (executors): {@link SparkCorpusReader}, then one
 * {@link ArticleAnalyzer} per partition (OpenNLP's ME classes are not thread-safe; the models
 * themselves are loaded once per executor JVM, from the jar).</li>
 * <li><b>Refuse bad input</b> as {@code build} does: every unusable file or duplicate name is
 * named, nothing is written. The check runs on the analysed articles (unusable ones pass the
 * analysis untouched), so every file is read once; a refused corpus has still been analysed.</li>
 * <li><b>Cut passages</b> (executors): each article's linking passages are cut where it was
 * analysed, by the linker's own code; the annotation (sentences and tokens, most of an
 * analysis) never leaves the executor.</li>
 * <li><b>Canonical speakers and linking</b> (driver): the analyses without annotation and the
 * passages (compact bytes, {@link PassageBytes}) come back to the driver, in article-id order;
 * speakers are canonicalised across them and the linker runs on the passages with
 * {@link SparkCandidates}, so candidate generation is a shuffle on index terms in the
 * executors, while grouping, reference choice, grading and reuse are the linker's own code.</li>
 * <li><b>Merge</b>: the driver holds the linked rows and writes the single output files
 * ({@link SparkLedgerOutput}).</li>
 * </ol>
 */
public final class SparkBuild {

    /** Most problem or warning lines listed one by one. */
    static final int MAX_LISTED = 20;

    private final JavaSparkContext spark;
    private final int partitions;
    private final Consumer<String> progress;

    /** A job on {@code spark} that cuts the work into {@code partitions} partitions. */
    public SparkBuild(JavaSparkContext spark, int partitions) {
        this(spark, partitions, message -> { });
    }

    /** A job that also tells {@code progress} a line as each phase ends (a long run shows how far it got). */
    public SparkBuild(JavaSparkContext spark, int partitions, Consumer<String> progress) {
        this.spark = spark;
        this.partitions = Math.max(1, partitions);
        this.progress = progress;
    }

    /**
     * The Spark configuration the job needs, for {@code master} or the one spark-submit sets: Kryo for
     * the shuffles, and (unless set otherwise) shuffle files cleaned up blocking, so that stopping the
     * context waits for a cleanup already started instead of shutting the block managers' thread pools
     * under it (whose Scala futures then print a {@code RejectedExecutionException} stack trace).
     */
    public static SparkConf conf(String master) {
        SparkConf conf = new SparkConf().setAppName("quotetrace")
                .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .setIfMissing("spark.cleaner.referenceTracking.blocking.shuffle", "true")
                .registerKryoClasses(new Class<?>[] {SparkCandidates.Shipment.class, SparkCandidates.Posting.class,
                        SparkCandidates.PassageTerms.class, SparkArticle.class, AnalysedArticle.class,
                        String[].class, int[].class, byte[].class});
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return conf;
    }

    /** What one run did. */
    public record Summary(long articles, int rows, int statements, List<String> warnings, String out, String times) {
        @Override
        public String toString() {
            return articles + " articles, " + rows + " quote occurrences, " + statements + " statements -> "
                    + out + "/ledger.csv";
        }
    }

    /**
     * Builds the ledger of the articles under {@code inputs} and writes it to {@code out}.
     *
     * @throws InputException when an input is unusable (nothing is written then)
     */
    public Summary run(List<String> inputs, Format format, String out) throws IOException {
        // on disk, not in memory: in local mode the executors share the driver's heap, and each
        // article is read back only a few times (count, checks, warnings, the collect)
        JavaRDD<AnalysedArticle> analysed = new SparkCorpusReader(spark, partitions).read(inputs, format)
                .mapPartitions(SparkBuild::analyse)
                .persist(StorageLevel.DISK_ONLY());
        try {
            long started = System.nanoTime();
            long count = analysed.count();
            refuseProblems(analysed);
            List<String> warnings = new ArrayList<>(analysed.flatMap(a -> a.warnings.iterator()).collect());
            warnings.sort(Comparator.naturalOrder());
            long analysedAt = System.nanoTime();
            progress.accept(String.format(java.util.Locale.ROOT, "read and analysed %d articles (%.1f s)", count,
                    (analysedAt - started) / 1e9));
            List<Collected> collected = new ArrayList<>();
            analysed.toLocalIterator().forEachRemaining(
                    a -> collected.add(new Collected(AnalysisBytes.decode(a.analysis), a.passages)));
            collected.sort(Comparator.comparing(c -> c.analysis.article().id()));
            List<ArticleAnalysis> analyses = new ArrayList<>(collected.size());
            collected.forEach(c -> analyses.add(c.analysis));
            List<LedgerRow> rows = CorpusPipeline.attributedRows(analyses, new SpeakerRegistry());
            List<Passage> passages = passages(collected, rows);
            long collectedAt = System.nanoTime();
            progress.accept(String.format(java.util.Locale.ROOT,
                    "collected the analyses; %d rows, %d passages, canonical speakers (%.1f s)", rows.size(),
                    passages.size(), (collectedAt - analysedAt) / 1e9));
            SparkCandidates candidates = new SparkCandidates(spark, partitions);
            LinkedCorpus linked = CorpusStatementLinker.standard(candidates).linkPassages(analyses, passages, rows);
            long linkedAt = System.nanoTime();
            progress.accept(String.format(java.util.Locale.ROOT, "linked (%.1f s, candidate shuffle %.1f s)",
                    (linkedAt - collectedAt) / 1e9, candidates.seconds()));
            List<Article> articles = analyses.stream().map(ArticleAnalysis::article).toList();
            new SparkLedgerOutput(spark.hadoopConfiguration()).write(out, articles, linked);
            String times = String.format(java.util.Locale.ROOT,
                    "read and analyse %.1f s, collect and speakers %.1f s, linking %.1f s (candidate shuffle %.1f s), "
                            + "write %.1f s",
                    (analysedAt - started) / 1e9, (collectedAt - analysedAt) / 1e9, (linkedAt - collectedAt) / 1e9,
                    candidates.seconds(), (System.nanoTime() - linkedAt) / 1e9);
            return new Summary(count, linked.result().rows().size(), linked.result().statements().size(), warnings, out,
                    times);
        } finally {
            // blocking: the caller stops the context next, and a removal still in flight then finds
            // Spark's block-manager thread pools shut down; their Scala futures print the rejected
            // callback's stack trace (seen after a 100k run). Waiting costs the deletion of the blocks.
            analysed.unpersist(true);
        }
    }

    /** An article's analysis (without annotation) on the driver, with its passages still as bytes. */
    private static final class Collected {
        final ArticleAnalysis analysis;
        byte[] passages;

        Collected(ArticleAnalysis analysis, byte[] passages) {
            this.analysis = analysis;
            this.passages = passages;
        }
    }

    /**
     * The passages of all articles ({@code collected} in article-id order), numbered as the linker
     * numbers them when it cuts them itself: ids run on across articles, and a quote passage's row
     * is its article's first row in {@code rows} plus its row within the article (rows are sorted by
     * article, then offsets, in both). Each article's bytes are dropped once decoded.
     *
     * @throws IllegalStateException when a passage's row is not a row of its article (a bug)
     */
    private static List<Passage> passages(List<Collected> collected, List<LedgerRow> rows) {
        List<Passage> passages = new ArrayList<>();
        Map<String, String> pool = new HashMap<>();
        int firstRow = 0;
        for (Collected c : collected) {
            Article article = c.analysis.article();
            List<Passage> own = PassageBytes.decode(c.passages, article.id(), article.text(), passages.size(), firstRow,
                    pool);
            c.passages = null;
            firstRow += c.analysis.quotes().size();
            for (Passage p : own) {
                if (p.isQuote() && (p.row() >= firstRow || !rows.get(p.row()).articleId().equals(article.id()))) {
                    throw new IllegalStateException("passage " + p.start() + "-" + p.end() + " of " + article.id()
                            + " points to row " + p.row() + " of another article");
                }
            }
            passages.addAll(own);
        }
        if (firstRow != rows.size()) {
            throw new IllegalStateException(rows.size() + " rows but " + firstRow + " attributed quotes");
        }
        return passages;
    }

    /**
     * Analyses one partition's articles with one analyzer (OpenNLP's ME classes are not
     * thread-safe) and cuts each article's passages where it was analysed, so that only the
     * passages and the analysis without its annotation go to the driver.
     */
    private static Iterator<AnalysedArticle> analyse(Iterator<SparkArticle> articles) {
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        // cuts passages only: that needs the standard linker's word forms, not its synonyms
        CorpusStatementLinker cutter = new CorpusStatementLinker(WordForms.standard(), Synonyms.NONE);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public AnalysedArticle next() {
                SparkArticle article = articles.next();
                if (article.problem() != null) {
                    return new AnalysedArticle(article.id(), null, null, article.problem(), List.of());
                }
                ArticleAnalysis analysis = analyzer.analyze(article.toArticle());
                List<ArticleAnalysis> one = List.of(analysis);
                // the article's rows in the order of the corpus's rows; their speakers do not matter here
                List<Passage> passages = cutter.passages(one, CorpusPipeline.attributedRows(one, new SpeakerRegistry()));
                return new AnalysedArticle(article.id(), AnalysisBytes.encodeWithoutAnnotation(analysis),
                        PassageBytes.encode(passages), null, article.warnings());
            }
        };
    }

    /** Names every unusable input and every duplicate article name, as {@code build} refuses a corpus. */
    private void refuseProblems(JavaRDD<AnalysedArticle> analysed) {
        JavaRDD<String> problems = analysed.filter(a -> a.problem != null).map(a -> a.problem);
        JavaRDD<String> duplicates = analysed.filter(a -> a.problem == null)
                .mapToPair(a -> new Tuple2<>(a.id, 1)).reduceByKey(Integer::sum, partitions)
                .filter(id -> id._2() > 1)
                .map(id -> "article '" + id._1() + "' appears " + id._2()
                        + " times in the input; article file names must be unique");
        JavaRDD<String> all = problems.union(duplicates);
        long total = all.count();
        if (total == 0) {
            return;
        }
        List<String> listed = new ArrayList<>(all.takeOrdered(MAX_LISTED));
        if (total == 1) {
            throw new InputException(listed.get(0));
        }
        StringBuilder message = new StringBuilder(total + " problems in the input; fix them or remove the files "
                + "(nothing was written):");
        listed.forEach(p -> message.append(System.lineSeparator()).append("  ").append(p));
        if (total > MAX_LISTED) {
            message.append(System.lineSeparator()).append("  ... and ").append(total - MAX_LISTED).append(" more");
        }
        throw new InputException(message.toString());
    }
}
