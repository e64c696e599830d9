package org.quotetrace.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrace.bench.BuildBenchmark;
import org.quotetrace.corpus.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quotetrace bench}: times whole builds over a corpus and prints articles/s, MB/s and peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time whole builds (read, analyse, link, write ledger and reports) over a corpus.",
                "Prints wall time, articles/s, MB/s, peak heap and GC per run. JVM start-up and model",
                "loading are reported apart and are not inside the build times."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, arity = "1..*", description = "Corpus folder(s).")
    List<Path> corpora;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--repeat", defaultValue = "1", description = "Timed builds to run (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--out", description = "Output folder of the builds (default: a temporary folder, deleted after).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new InputException("--repeat must be at least 1, got " + repeat);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new InputException("--threads must be at least 1, got " + n);
        }
        Path target = out != null ? out : Files.createTempDirectory("quotetrace-bench");
        try {
            new BuildBenchmark(corpora, n, target).run(repeat, spec.commandLine().getOut());
        } finally {
            if (out == null) {
                deleteTree(target);
            }
        }
        return 0;
    }

    /** Deletes the temporary output folder this command created (ledger and reports). */
    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
