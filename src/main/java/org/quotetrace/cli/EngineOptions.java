package org.quotetrace.cli;

import org.quotetrace.corpus.InputException;
import org.quotetrace.pipeline.BuildProgress;
import org.quotetrace.pipeline.Quotetrace;
import picocli.CommandLine.Option;

/**
 * The options every command that runs the engine over articles shares ({@code --threads},
 * {@code --quiet}), as a picocli mixin, and what they make: the engine and its progress bar.
 */
final class EngineOptions {

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    /** The number of worker threads asked for, or the number of processors; never below one. */
    int threadCount() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new InputException("--threads must be at least 1, got " + n);
        }
        return n;
    }

    /** The standard engine with {@link #threadCount()} workers. */
    Quotetrace engine() {
        return Quotetrace.standard(threadCount());
    }

    /** A progress bar on an interactive terminal unless {@code --quiet}; otherwise silence. */
    BuildProgress progress() {
        return TerminalProgress.forBuild(quiet, TerminalProgress.onTerminal());
    }
}
