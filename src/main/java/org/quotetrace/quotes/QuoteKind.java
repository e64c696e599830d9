package org.quotetrace.quotes;

import java.util.Locale;

/**
 * How an article carries a statement: inside quotation marks (or a bylined block quote), as
 * reported speech, or reproduced without any attribution.
 */
public enum QuoteKind {
    /** Words inside quotation marks, or a block quote with a byline. */
    DIRECT,
    /** Reported speech: the content of "X said (that) ..." without quotation marks. */
    INDIRECT,
    /** A known statement reproduced without quotation marks and without attribution. */
    REUSE;

    /** The ledger's spelling: {@code direct}, {@code indirect}, {@code reuse}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
