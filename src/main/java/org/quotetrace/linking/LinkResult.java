package org.quotetrace.linking;

import java.util.List;
import org.quotetrace.ledger.LedgerRow;

/** The ledger rows after linking, and the statements they carry (empty when nothing was linked). */
public record LinkResult(List<LedgerRow> rows, List<Statement> statements) {
    public LinkResult {
        rows = List.copyOf(rows);
        statements = List.copyOf(statements);
    }

    /** Rows with no statements. */
    public LinkResult(List<LedgerRow> rows) {
        this(rows, List.of());
    }
}
