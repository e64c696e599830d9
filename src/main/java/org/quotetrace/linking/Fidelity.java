package org.quotetrace.linking;

import java.util.Locale;

/**
 * How an occurrence reproduces its statement's reference wording, from most to least faithful.
 * The order is used to grade a quote that carries several statements: it takes its least faithful
 * grade.
 */
public enum Fidelity {
    /** This occurrence is the reference wording. */
    ORIGINAL,
    /** The same words; only typography, case, whitespace, hyphenation or spelling variant differ. */
    VERBATIM,
    /** An exact contiguous excerpt. */
    FRAGMENT,
    /** Only accepted editorial changes: ellipsis, bracketed or parenthetical insertions and omissions. */
    EDITED,
    /** Words changed while presented inside quotation marks: a misquote. */
    ALTERED,
    /** Reworded outside quotation marks: reported speech or reuse in other words. */
    PARAPHRASE;

    /** The ledger's spelling. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The less faithful of this and {@code other}. */
    public Fidelity worse(Fidelity other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
