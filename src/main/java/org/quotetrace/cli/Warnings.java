package org.quotetrace.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints reader warnings on stderr, one line each, but never floods the terminal: after
 * {@link #MAX_PRINTED} lines the rest are counted in one line (a folder of 10,000 empty files gives
 * 21 lines, not 10,000).
 */
final class Warnings {

    /** Most warnings printed one by one. */
    static final int MAX_PRINTED = 20;

    private Warnings() {
    }

    static void print(List<String> warnings, PrintWriter err) {
        warnings.stream().limit(MAX_PRINTED).forEach(w -> err.println("quotetrace: warning: " + w));
        if (warnings.size() > MAX_PRINTED) {
            err.println("quotetrace: warning: ... and " + (warnings.size() - MAX_PRINTED) + " more warnings");
        }
        err.flush();
    }
}
