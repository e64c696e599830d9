package org.quotetrace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quotetrace.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quotetrace synth}: writes a synthetic corpus with gold annotations. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a synthetic corpus with known truth: OUT/texts (articles and manifest.csv) and",
                "OUT/gold (gold in the ../shared/eval format). The same --articles and --seed give identical files."})
final class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, description = "Number of articles to write.")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder (must be new or empty).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        SyntheticCorpus.Summary summary = SyntheticCorpus.generate(articles, seed, out);
        if (!quiet) {
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf(java.util.Locale.ROOT, "quotetrace: %s -> %s (%.1f s)%n",
                    summary, out, seconds);
        }
        return 0;
    }
}
