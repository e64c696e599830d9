package org.quotetrace.report;

import java.util.Locale;
import org.quotetrace.ledger.LedgerRow;

/**
 * How one outlet carried a statement, as the reports colour it: the ledger's fidelity grades, plus
 * {@code reuse} (reproduced without credit) and {@code absent} (the outlet did not carry it).
 * Declared from most to least notable: where an outlet carried a statement more than once, the
 * report shows the most notable class.
 */
public enum FidelityClass {
    ALTERED("altered", "words changed inside quotation marks (a misquote)"),
    REUSE("reuse", "reproduced without quotation marks or credit"),
    PARAPHRASE("paraphrase", "reworded in reported speech"),
    EDITED("edited", "accepted edits only: ellipsis, bracketed or parenthetical insertions"),
    FRAGMENT("fragment", "an exact contiguous excerpt"),
    VERBATIM("verbatim", "the same words; only typography, case, spelling variant or spacing differ"),
    ORIGINAL("original", "the reference wording"),
    UNGRADED("ungraded", "linked to the statement but not graded"),
    ABSENT("absent", "the outlet did not carry this statement");

    /** The order legends list the classes in: from the reference wording to the outlet not carrying it. */
    public static final java.util.List<FidelityClass> LEGEND_ORDER = java.util.List.of(ORIGINAL, VERBATIM, FRAGMENT,
            EDITED, ALTERED, PARAPHRASE, REUSE, UNGRADED, ABSENT);

    private final String label;
    private final String description;

    FidelityClass(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The lower-case name used in the ledger, CSS classes and legends. */
    public String label() {
        return label;
    }

    /** One line saying what the class means, for legends. */
    public String description() {
        return description;
    }

    /** Whether a word diff against the reference is shown for occurrences of this class. */
    public boolean showsDiff() {
        return this == EDITED || this == ALTERED || this == PARAPHRASE;
    }

    /** The class of a ledger row: {@code reuse} for uncredited reuse, otherwise its fidelity grade. */
    public static FidelityClass of(LedgerRow row) {
        if ("reuse".equals(row.kind())) {
            return REUSE;
        }
        return ofFidelity(row.fidelity());
    }

    /** The class of a ledger fidelity value; {@link #UNGRADED} for an empty or unknown value. */
    public static FidelityClass ofFidelity(String fidelity) {
        String value = fidelity == null ? "" : fidelity.trim().toLowerCase(Locale.ROOT);
        for (FidelityClass c : values()) {
            if (c.label.equals(value) && c != ABSENT && c != REUSE && c != UNGRADED) {
                return c;
            }
        }
        return UNGRADED;
    }

    /** The more notable of two classes. */
    public static FidelityClass mostNotable(FidelityClass a, FidelityClass b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
