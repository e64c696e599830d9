package org.quotetrace.report;

/**
 * Escapes text for HTML element content and attribute values. Article text can hold anything,
 * including {@code <script>}; every piece of it passes through here before it reaches a page.
 * Control characters that HTML does not allow become U+FFFD.
 */
public final class Html {

    private Html() {
    }

    /** {@code text} safe inside an element or a double- or single-quoted attribute value. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0) {
                        out.append('\uFFFD');
                    } else if (Character.isSurrogate(c) && !validPair(text, i)) {
                        out.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c)) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean validPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
