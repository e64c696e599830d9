package org.quotetrace.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.quotetrace.bench.HeapWatcher;
import org.quotetrace.corpus.InputException;
import org.quotetrace.spark.SparkCorpusReader.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job's command line, the main class for {@code spark-submit --class
 * org.quotetrace.spark.SparkBuildCommand target/quotetrace.jar ...} and for the {@code -Pspark}
 * Maven launcher. Exit codes as for {@code quotetrace}: 0 done, 2 bad input or usage (one line
 * per problem), 3 internal error.
 */
@Command(name = "quotetrace-spark", mixinStandardHelpOptions = true,
        description = "Build ledger.csv, statements.csv and statement-index.json of a corpus with Apache Spark "
                + "(the same files as 'quotetrace build' writes).")
public final class SparkBuildCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Corpus paths (any Hadoop file system): folders of .txt articles with an optional "
                    + "manifest.csv, or JSON lines files (.jsonl/.json, optionally .gz) of {\"file\",\"outlet\",\"published\",\"text\"}.")
    List<String> inputs;

    @Option(names = "--out", required = true, description = "Output folder (any Hadoop file system).")
    String out;

    @Option(names = "--format", defaultValue = "AUTO",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: JSON lines when the path ends in .jsonl or .json).")
    Format format;

    @Option(names = "--partitions", description = "Partitions for reading, analysis and the linking shuffle "
            + "(default: 4 x Spark's default parallelism).")
    Integer partitions;

    @Option(names = "--master", description = "Spark master when not set by spark-submit (default: local[*]).")
    String master;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (JavaSparkContext spark = new JavaSparkContext(SparkBuild.conf(master))) {
            spark.setLogLevel("WARN");
            int parts = partitions != null ? partitions : 4 * spark.defaultParallelism();
            long started = System.nanoTime();
            HeapWatcher watcher = HeapWatcher.start();
            SparkBuild.Summary summary;
            HeapWatcher.Heap heap;
            try {
                PrintWriter log = spec.commandLine().getErr();
                summary = new SparkBuild(spark, parts, quiet ? message -> { } : message -> {
                    Runtime jvm = Runtime.getRuntime();
                    log.println("quotetrace-spark: " + message + "; heap in use " + ((jvm.totalMemory() - jvm.freeMemory()) >> 20)
                            + " MiB");
                    log.flush();
                }).run(inputs, format, out);
            } finally {
                heap = watcher.stop();
            }
            PrintWriter err = spec.commandLine().getErr();
            summary.warnings().stream().limit(SparkBuild.MAX_LISTED).forEach(w -> err.println("quotetrace: warning: " + w));
            if (summary.warnings().size() > SparkBuild.MAX_LISTED) {
                err.println("quotetrace: warning: ... and " + (summary.warnings().size() - SparkBuild.MAX_LISTED)
                        + " more warnings");
            }
            if (!quiet) {
                spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                        "quotetrace-spark: %s (%.1f s: %s; heap of this JVM (the driver, and in local mode the "
                                + "executors) peak %d MiB sampled, %d MiB pool-peak sum)%n", summary,
                        (System.nanoTime() - started) / 1e9, summary.times(), heap.sampledPeakBytes() >> 20,
                        heap.poolPeakSumBytes() >> 20);
            }
            return 0;
        }
    }

    /** Entry point. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(args, out, err));
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SparkBuildCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("quotetrace-spark: " + e.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof InputException) {
                err.println("quotetrace-spark: " + e.getMessage());
                return 2;
            }
            err.println("quotetrace-spark: internal error: " + e);
            if (System.getenv("QUOTETRACE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 3;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("quotetrace-spark: out of memory on the driver; give it more (--driver-memory 8g)");
            code = 3;
        }
        out.flush();
        err.flush();
        return code;
    }
}
