package org.quotetrace.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.quotetrace.corpus.InputException;
import picocli.CommandLine;

/**
 * Turns exceptions from a subcommand into one line on stderr and an exit code: 2 for bad input
 * and I/O problems, 3 for internal errors (which still print one line, not a stack trace, unless
 * {@code QUOTETRACE_DEBUG} is set).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    /** Exit code for an internal error. */
    static final int EXIT_INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        var err = cli.getErr();
        if (e instanceof InputException) {
            err.println("quotetrace: " + e.getMessage());
            return QuotetraceCommand.EXIT_USAGE;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("quotetrace: I/O error: " + e.getMessage());
            return QuotetraceCommand.EXIT_USAGE;
        }
        err.println("quotetrace: internal error: " + e);
        if (System.getenv("QUOTETRACE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return EXIT_INTERNAL;
    }
}
