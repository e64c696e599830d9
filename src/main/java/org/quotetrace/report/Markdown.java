package org.quotetrace.report;

/**
 * Escapes text for Markdown: markup characters are backslash-escaped, {@code < > &} become HTML
 * entities (Markdown passes raw HTML through, so article text must never arrive as tags), and line
 * breaks become spaces so a value stays inside its table cell or list item.
 */
public final class Markdown {

    private static final java.util.regex.Pattern PLAIN_ID = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_.:/+-]+");

    private Markdown() {
    }

    /** {@code text} shown literally in a Markdown paragraph, list item or table cell. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String flat = Html.escape(text).replace("&quot;", "\"").replace("&#39;", "'");
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#' -> out.append('\\').append(c);
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} as an inline code span when it is a plain id or file name, otherwise escaped text. */
    public static String code(String text) {
        if (text == null || !PLAIN_ID.matcher(text).matches()) {
            return escape(text);
        }
        return "`" + text + "`";
    }
}
