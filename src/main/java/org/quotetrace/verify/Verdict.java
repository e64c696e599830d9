package org.quotetrace.verify;

/**
 * What {@code quotetrace verify} says about one quote, reported statement or reused sentence of an
 * article, measured against the statements the ledger knows.
 */
public enum Verdict {
    /** The same words as the statement's reference wording. */
    VERBATIM,
    /** An exact contiguous excerpt of the reference wording. */
    FRAGMENT,
    /** Only accepted editorial changes: ellipsis, bracketed or parenthetical insertions. */
    EDITED,
    /** Words changed inside quotation marks: a misquote. */
    ALTERED,
    /** Reworded as reported speech. */
    PARAPHRASE,
    /** Credited to someone other than the statement's speaker. */
    MISATTRIBUTED,
    /** A known statement's words printed without credit. */
    REUSE,
    /** No known statement. */
    NEW;

    /** Whether this verdict is a problem a fact-checker must act on (exit code 1). */
    public boolean isProblem() {
        return this == ALTERED || this == MISATTRIBUTED;
    }
}
