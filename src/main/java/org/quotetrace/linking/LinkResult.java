package org.quotetrace.linking;

import java.util.List;
import org.quotetrace.ledger.LedgerRow;

/** The ledger rows after linking. */
public record LinkResult(List<LedgerRow> rows) {
    public LinkResult {
        rows = List.copyOf(rows);
    }
}
