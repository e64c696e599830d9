package org.quotetrace.report;

import java.util.Optional;
import java.time.LocalDateTime;
import org.quotetrace.ledger.LedgerRow;

/**
 * One ledger row as the reports show it: the row, the outlet it is shown under, when its article
 * was published, its fidelity class, its word diff against the reference wording (for edited,
 * altered and paraphrased occurrences) and whether it credits a statement to someone else.
 *
 * @param row           the ledger row
 * @param outletLabel   the outlet's name, or the article id when the manifest names no outlet
 * @param published     the article's {@code published} value as written, may be empty
 * @param publishedAt   that value read as a moment, empty when unknown
 * @param fidelityClass how the row carries its statements
 * @param diff          word diff against the joined reference wording of its statements, or null
 * @param misattributed whether the row credits a statement to a speaker other than the statement's own
 */
public record Occurrence(LedgerRow row, String outletLabel, String published, Optional<LocalDateTime> publishedAt,
                         FidelityClass fidelityClass, WordDiff diff, boolean misattributed) {
}
