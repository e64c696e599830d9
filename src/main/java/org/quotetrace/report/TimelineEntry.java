package org.quotetrace.report;

import java.util.List;

/**
 * One dated article in a speaker's first-appearance timeline.
 *
 * @param published     the article's {@code published} value as written
 * @param outletLabel   the outlet
 * @param articleId     the article
 * @param quotes        how many of the article's quotes credit the speaker
 * @param statementIds  the speaker's statements the article carries
 * @param firstAppearances those of them that appear here first (earliest known date; ties all count)
 */
public record TimelineEntry(String published, String outletLabel, String articleId, int quotes,
                            List<String> statementIds, List<String> firstAppearances) {
    public TimelineEntry {
        statementIds = List.copyOf(statementIds);
        firstAppearances = List.copyOf(firstAppearances);
    }
}
