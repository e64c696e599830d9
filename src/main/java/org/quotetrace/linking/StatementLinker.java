package org.quotetrace.linking;

import java.util.List;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.pipeline.ArticleAnalysis;

/**
 * The linking stage: groups occurrences into statements across articles, grades each against the
 * statement's reference wording, and adds rows for unattributed reuse.
 */
public interface StatementLinker {

    /**
     * Links {@code rows} (attributed quotes of {@code analyses}, linking columns empty) and returns
     * the complete ledger rows, including any reuse rows, in ledger order.
     */
    LinkResult link(List<ArticleAnalysis> analyses, List<LedgerRow> rows);
}
