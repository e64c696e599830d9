package org.quotetrace.report;

import java.util.List;

/** A word-level diff of a reproduction against the reference wording, as runs in reading order. */
public record WordDiff(List<DiffPart> parts) {
    public WordDiff {
        parts = List.copyOf(parts);
    }

    /** How many runs are inserted or deleted. */
    public long changedRuns() {
        return parts.stream().filter(p -> p.op() != DiffOp.EQUAL).count();
    }
}
