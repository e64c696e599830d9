package org.quotetrace.report;

import java.util.EnumMap;
import java.util.Map;

/**
 * One outlet's line of the index: how many quotes it carried and how faithfully.
 *
 * @param outletLabel    the outlet, or the article id when the manifest names none
 * @param articles       its articles in the corpus
 * @param quotes         its ledger rows (quotes, reported speech and reuse)
 * @param linked         rows that carry a statement
 * @param classes        linked rows per fidelity class
 * @param misattributed  rows that credit a statement to someone else
 */
public record OutletSummary(String outletLabel, int articles, int quotes, int linked,
                            Map<FidelityClass, Integer> classes, int misattributed) {
    public OutletSummary {
        EnumMap<FidelityClass, Integer> copy = new EnumMap<>(FidelityClass.class);
        copy.putAll(classes);
        classes = java.util.Collections.unmodifiableMap(copy);
    }

    /** Linked rows in {@code c}. */
    public int count(FidelityClass c) {
        return classes.getOrDefault(c, 0);
    }

    /** Rows that are misquotes or misattributions. */
    public int problems() {
        return count(FidelityClass.ALTERED) + misattributed;
    }

    /** The share of linked rows in any of {@code cs}, NaN when nothing is linked. */
    public double share(FidelityClass... cs) {
        if (linked == 0) {
            return Double.NaN;
        }
        int n = 0;
        for (FidelityClass c : cs) {
            n += count(c);
        }
        return (double) n / linked;
    }
}
