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
            Throwable io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            err.println("quotetrace: I/O error: " + describe(io));
            return QuotetraceCommand.EXIT_USAGE;
        }
        err.println("quotetrace: internal error: " + e);
        if (System.getenv("QUOTETRACE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return EXIT_INTERNAL;
    }

    /**
     * A file-system error in words: Java's messages for these are often the bare path
     * ({@code /tmp/out}), which says nothing without the kind of error.
     */
    static String describe(Throwable io) {
        if (io instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + ": already exists and is not a folder";
        }
        if (io instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + ": no such file or folder";
        }
        if (io instanceof java.nio.file.AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (io instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            return f.getFile() + ": " + f.getClass().getSimpleName();
        }
        return String.valueOf(io.getMessage());
    }
}
