package org.quotetrace.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.quotetrace.cli.QuotetraceCommand;

/** Runs the command line in-process and keeps its exit code, stdout and stderr. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = QuotetraceCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(exit, out.toString(), err.toString());
    }

    /** Asserts that stderr holds messages for a person, not a stack trace. */
    Cli noStackTrace() {
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by");
        return this;
    }
}
