package org.quotetrace.linking;

import java.util.List;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.pipeline.ArticleAnalysis;

/**
 * A linker that links nothing: rows keep empty statement, fidelity and reference columns. Used
 * where one article is looked at alone ({@code quotetrace extract}), with no corpus to link against.
 */
public final class UnlinkedStatements implements StatementLinker {

    @Override
    public LinkResult link(List<ArticleAnalysis> analyses, List<LedgerRow> rows) {
        return new LinkResult(rows);
    }
}
