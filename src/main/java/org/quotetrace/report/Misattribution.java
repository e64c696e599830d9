package org.quotetrace.report;

/**
 * An occurrence that credits a statement to someone other than the speaker of its reference wording.
 *
 * @param statementId     the statement
 * @param statementSpeakerId   who said it (the reference occurrence's speaker)
 * @param statementSpeakerName display name of that speaker
 * @param creditedSpeakerId    whom the outlet credited
 * @param creditedSpeakerName  display name of that speaker
 * @param occurrence           the crediting occurrence
 */
public record Misattribution(String statementId, String statementSpeakerId, String statementSpeakerName,
                             String creditedSpeakerId, String creditedSpeakerName, Occurrence occurrence) {
}
