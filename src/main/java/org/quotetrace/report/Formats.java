package org.quotetrace.report;

import java.util.Locale;

/** Small shared wording for the renderers: shares as percentages and plural nouns. */
final class Formats {

    private Formats() {
    }

    /** {@code 0.257} as {@code 26%}; an en dash for NaN (nothing to share). */
    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** {@code 1 quote}, {@code 2 quotes}. */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** A ledger {@code kind} in words. */
    static String kindLabel(String kind) {
        return switch (kind) {
            case "direct" -> "direct quote";
            case "indirect" -> "reported speech";
            case "reuse" -> "uncredited reuse";
            default -> kind;
        };
    }
}
