package org.quotetrace.report;

import java.util.List;
import org.quotetrace.corpus.Article;
import org.quotetrace.linking.Statement;

/**
 * The whole report of a ledger, built once by {@link ReportBuilder} and rendered by
 * {@link MarkdownRenderer}, {@link HtmlSite} and {@link LedgerJson}.
 *
 * @param articles     the corpus's articles (only their manifest data is shown)
 * @param statements   every statement, in ledger order
 * @param occurrences  every ledger row with its class and diff, in ledger order
 * @param speakers     one report per speaker, most quoted first
 * @param outlets      one line per outlet, those with misquotes or misattributions first
 */
public record ReportModel(List<Article> articles, List<Statement> statements, List<Occurrence> occurrences,
                          List<SpeakerReport> speakers, List<OutletSummary> outlets) {
    public ReportModel {
        articles = List.copyOf(articles);
        statements = List.copyOf(statements);
        occurrences = List.copyOf(occurrences);
        speakers = List.copyOf(speakers);
        outlets = List.copyOf(outlets);
    }
}
