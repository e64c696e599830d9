package org.quotetrace.quotes;

/**
 * Knowledge of double quotation marks: which characters open and close a quotation, and whether a
 * straight mark at a position opens or closes.
 */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    /** Whether {@code c} is any double quotation mark the finders understand. */
    public static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB' || c == '\u201F';
    }

    /** Whether {@code c} can only open a quotation. */
    public static boolean isOpeningOnly(char c) {
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u201F';
    }

    /** Whether {@code c} can only close a quotation. */
    public static boolean isClosingOnly(char c) {
        return c == '\u201D' || c == '\u00BB';
    }

    /**
     * Whether the mark at {@code i} opens a quotation, judged by the mark itself or, for a straight
     * mark, by what stands before it (start, space or opening punctuation open; a letter closes).
     */
    public static boolean opensAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (isOpeningOnly(c)) {
            return true;
        }
        if (isClosingOnly(c)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014'
                || before == '\u2013' || before == ':' || before == '-' || before == '\u00A0';
    }

    /** Whether {@code close} can end a quotation opened by {@code open}. */
    public static boolean closes(char open, char close) {
        return switch (open) {
            case '\u00AB' -> close == '\u00BB';
            case '"' -> close == '"' || close == '\u201D';
            default -> close == '\u201D' || close == '"' || close == '\u201C';
        };
    }
}
