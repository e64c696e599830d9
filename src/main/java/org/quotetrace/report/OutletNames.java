package org.quotetrace.report;

import java.util.List;

/**
 * The names and titles one outlet used for a speaker, each once, in order of first use.
 *
 * @param outletLabel the outlet
 * @param mentions    the distinct mentions with how often each was used
 */
public record OutletNames(String outletLabel, List<MentionCount> mentions) {
    public OutletNames {
        mentions = List.copyOf(mentions);
    }

    /** One way of naming the speaker and how many quotes it introduced. */
    public record MentionCount(String mention, int count) {
    }
}
