package org.quotetrace.quotes;

/**
 * Knowledge of quotation marks: which characters (or character sequences) are marks, whether a
 * mark can open or close a quotation at its place, and which marks pair up. Besides the usual
 * straight, curly and angle marks it reads the NYT-style double apostrophe ({@code ''}) and the
 * JSON escapes of a WordPress dump ({@code \"}, {@code \u201c}, {@code \u2019}).
 */
public final class QuoteMarks {

    /** Whether a mark is a double or a single quotation mark. */
    public enum Family { DOUBLE, SINGLE }

    /**
     * One quotation mark in the text.
     *
     * @param start    offset of its first character
     * @param length   number of characters (1, or more for {@code ''} and escapes)
     * @param family   double or single
     * @param canOpen  whether it can open a quotation here
     * @param canClose whether it can close a quotation here
     */
    public record Mark(int start, int length, Family family, boolean canOpen, boolean canClose) {
        /** Offset after the mark. */
        public int end() {
            return start + length;
        }
    }

    private QuoteMarks() {
    }

    /** Whether {@code c} is any double quotation mark character the finders understand. */
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

    /** Whether the double mark at {@code i} can open a quotation there. */
    public static boolean opensAt(CharSequence text, int i) {
        Mark mark = at(text, i);
        return mark != null && mark.family() == Family.DOUBLE && mark.canOpen();
    }

    /** Whether {@code close} can end a quotation opened by {@code open}. */
    public static boolean closes(char open, char close) {
        return switch (open) {
            case '\u00AB' -> close == '\u00BB';
            case '"' -> close == '"' || close == '\u201D';
            default -> close == '\u201D' || close == '"' || close == '\u201C';
        };
    }

    /** The mark starting at {@code i}, or null when there is none. */
    public static Mark at(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < text.length()) {
            return escapedAt(text, i);
        }
        switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u00AB':
                return new Mark(i, 1, Family.DOUBLE, true, c == '\u201C' && closingContext(text, i, i + 1));
            case '\u201D', '\u00BB':
                return new Mark(i, 1, Family.DOUBLE, false, true);
            case '"':
                return straight(text, i, 1, Family.DOUBLE);
            case '\u2018':
                return new Mark(i, 1, Family.SINGLE, !spaceAt(text, i + 1), false);
            case '\u2019':
                return singleClose(text, i, 1);
            case '\'':
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    return straight(text, i, 2, Family.DOUBLE);
                }
                return straightSingle(text, i, 1);
            default:
                return null;
        }
    }

    private static Mark escapedAt(CharSequence text, int i) {
        char next = text.charAt(i + 1);
        if (next == '"') {
            return straight(text, i, 2, Family.DOUBLE);
        }
        if (next != 'u' || i + 6 > text.length()) {
            return null;
        }
        String code = text.subSequence(i + 2, i + 6).toString().toLowerCase(java.util.Locale.ROOT);
        return switch (code) {
            case "201c" -> new Mark(i, 6, Family.DOUBLE, true, closingContext(text, i, i + 6));
            case "201d" -> new Mark(i, 6, Family.DOUBLE, false, true);
            case "2018" -> new Mark(i, 6, Family.SINGLE, !spaceAt(text, i + 6), false);
            case "2019" -> singleClose(text, i, 6);
            default -> null;
        };
    }

    private static Mark straight(CharSequence text, int i, int length, Family family) {
        boolean open = openingContext(text, i) && !spaceAt(text, i + length);
        boolean close = !spaceBefore(text, i) && closingContext(text, i, i + length);
        if (!open && !close) {
            // glued on both sides (a"b) or free-standing (a " b): guess from the left side
            open = spaceBefore(text, i);
            close = !open;
        }
        return new Mark(i, length, family, open, close);
    }

    private static Mark straightSingle(CharSequence text, int i, int length) {
        boolean open = openingContext(text, i) && wordCharAt(text, i + length);
        boolean close = !spaceBefore(text, i) && !wordCharAt(text, i + length);
        if (!open && !close) {
            return null; // an apostrophe inside a word
        }
        return new Mark(i, length, Family.SINGLE, open, close);
    }

    private static Mark singleClose(CharSequence text, int i, int length) {
        boolean close = !spaceBefore(text, i) && !wordCharAt(text, i + length);
        return close ? new Mark(i, length, Family.SINGLE, false, true) : null;
    }

    /** Start of text, a space or opening punctuation before {@code i}. */
    private static boolean openingContext(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '\u00A0' || "([{\u2014\u2013-:/>\u201C\u201E\"".indexOf(before) >= 0
                || (before == 'n' || before == 't') && i >= 2 && text.charAt(i - 2) == '\\';
    }

    /** End of text, a space or punctuation after the mark. */
    private static boolean closingContext(CharSequence text, int markStart, int after) {
        if (after >= text.length()) {
            return true;
        }
        char c = text.charAt(after);
        return Character.isWhitespace(c) || c == '\u00A0' || ".,;:!?)]}\u2014\u2013-/<\u201D\u2019'\"\\".indexOf(c) >= 0;
    }

    private static boolean spaceAt(CharSequence text, int i) {
        return i >= text.length() || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
    }

    private static boolean spaceBefore(CharSequence text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '\u00A0';
    }

    private static boolean wordCharAt(CharSequence text, int i) {
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
