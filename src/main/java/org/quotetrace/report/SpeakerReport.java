package org.quotetrace.report;

import java.util.List;

/**
 * Everything one speaker's page shows, built once and rendered to Markdown and HTML.
 *
 * @param speakerId          canonical slug
 * @param speakerName        display name
 * @param pageName           file name stem of the speaker's pages (safe for any file system)
 * @param outlets            outlets that carried the speaker's quotes or statements, earliest first
 * @param matrixOutlets      the matrix columns: all of {@code outlets}, or the
 *                           {@link ReportBuilder#MAX_MATRIX_OUTLETS} that carried most of the speaker's statements
 * @param statements         the speaker's statements (they hold the reference wording), in reading order
 * @param quoteCount         ledger rows that credit the speaker
 * @param names              the names and titles each outlet used for the speaker
 * @param creditedElsewhere  occurrences of the speaker's statements credited to someone else
 * @param creditedHere       occurrences of other speakers' statements credited to this speaker
 * @param timeline           dated articles that quote the speaker or carry their statements, oldest first
 * @param undatedArticles    how many such articles have no known date
 * @param unlinkedQuotes     rows crediting the speaker that carry no statement
 */
public record SpeakerReport(String speakerId, String speakerName, String pageName, List<String> outlets,
                            List<String> matrixOutlets, List<StatementReport> statements, int quoteCount, List<OutletNames> names,
                            List<Misattribution> creditedElsewhere, List<Misattribution> creditedHere,
                            List<TimelineEntry> timeline, int undatedArticles, List<Occurrence> unlinkedQuotes) {
    public SpeakerReport {
        outlets = List.copyOf(outlets);
        matrixOutlets = List.copyOf(matrixOutlets);
        statements = List.copyOf(statements);
        names = List.copyOf(names);
        creditedElsewhere = List.copyOf(creditedElsewhere);
        creditedHere = List.copyOf(creditedHere);
        timeline = List.copyOf(timeline);
        unlinkedQuotes = List.copyOf(unlinkedQuotes);
    }

    /** Occurrences of this speaker's statements in {@code c}, over all statements. */
    public long count(FidelityClass c) {
        return statements.stream().mapToLong(s -> s.count(c)).sum();
    }
}
