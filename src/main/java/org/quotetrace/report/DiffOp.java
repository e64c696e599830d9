package org.quotetrace.report;

/** What a run of words in a word diff is: kept, inserted by the reproduction, or deleted from the reference. */
public enum DiffOp {
    EQUAL("equal"), INSERT("insert"), DELETE("delete");

    private final String label;

    DiffOp(String label) {
        this.label = label;
    }

    /** The lower-case name used in JSON. */
    public String label() {
        return label;
    }
}
