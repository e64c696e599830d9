package org.quotetrace.report;

import java.util.List;

/**
 * One cell of a speaker's statement x outlet matrix: the occurrences of one statement in one
 * outlet, coloured by the most notable class among them ({@link FidelityClass#ABSENT} when none).
 *
 * @param outletLabel   the column
 * @param fidelityClass the cell's colour
 * @param classes       every distinct class among the occurrences, most notable first
 * @param occurrences   the occurrences, in ledger order
 * @param misattributed whether any of them credits the statement to someone else
 */
public record MatrixCell(String outletLabel, FidelityClass fidelityClass, List<FidelityClass> classes,
                         List<Occurrence> occurrences, boolean misattributed) {
    public MatrixCell {
        classes = List.copyOf(classes);
        occurrences = List.copyOf(occurrences);
    }
}
