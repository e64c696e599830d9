package org.quotetrace.report;

import java.util.List;
import org.quotetrace.linking.Statement;

/**
 * One statement of a speaker: its reference wording and source, every occurrence, and its row of
 * the statement x outlet matrix (one cell per column of the speaker's matrix, in column order).
 *
 * @param statement        the canonical statement
 * @param referenceOutlet  the outlet (or article id) holding the reference wording
 * @param occurrences      the occurrences carrying it, in ledger order
 * @param cells            the matrix row
 * @param firstPublished   the earliest known {@code published} value among its occurrences, empty if none
 */
public record StatementReport(Statement statement, String referenceOutlet, List<Occurrence> occurrences,
                              List<MatrixCell> cells, String firstPublished) {
    public StatementReport {
        occurrences = List.copyOf(occurrences);
        cells = List.copyOf(cells);
    }

    /** How many occurrences fall in {@code c}. */
    public long count(FidelityClass c) {
        return occurrences.stream().filter(o -> o.fidelityClass() == c).count();
    }
}
