package org.quotetrace.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an article file into raw paragraphs: one per non-blank line, trimmed of surrounding
 * whitespace; a hard-wrapped line (the next line goes on in lower case) is joined to the next. A line that carries HTML paragraph markup (a WordPress REST JSON dump, a page saved
 * with its tags) is cut into the text of its {@code <p>} elements instead, and the rest of such a
 * line (JSON fields, attributes) is returned as furniture.
 */
final class ParagraphSplitter {

    /** A paragraph start tag (attributes may hold JSON-escaped quotes). */
    private static final Pattern P_OPEN = Pattern.compile("<p(?:\\s[^>]*)?>");
    /** A paragraph end tag, plain or JSON-escaped ({@code <\/p>}). */
    private static final Pattern P_CLOSE = Pattern.compile("<\\\\?/p>");

    /** A raw paragraph: offsets and whether it came out of markup as furniture. */
    record Piece(int start, int end, boolean markupFurniture) {
    }

    List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int before = pieces.size();
            splitLine(text, lineStart, lineEnd, pieces);
            if (pieces.size() == before + 1 && before > 0 && continuesLine(text, pieces.get(before - 1), pieces.get(before))) {
                Piece previous = pieces.remove(before - 1);
                Piece current = pieces.remove(before - 1);
                pieces.add(new Piece(previous.start(), current.end(), false));
            }
            lineStart = lineEnd + 1;
        }
        return pieces;
    }

    /**
     * Whether {@code next} is the continuation of a hard-wrapped line: it follows on the very next
     * line, starts in lower case, and {@code previous} does not end a sentence.
     */
    private static boolean continuesLine(String text, Piece previous, Piece next) {
        if (previous.markupFurniture() || next.markupFurniture()) {
            return false;
        }
        String between = text.substring(previous.end(), next.start());
        if (between.chars().filter(c -> c == '\n').count() != 1) {
            return false;
        }
        char first = text.charAt(next.start());
        return Character.isLowerCase(first)
                && !ParagraphClassifier.endsLikeSentence(text.substring(previous.start(), previous.end()));
    }

    private static void splitLine(String text, int from, int to, List<Piece> out) {
        Matcher open = P_OPEN.matcher(text).region(from, to);
        if (!open.find()) {
            addTrimmed(text, from, to, false, out);
            return;
        }
        int furnitureFrom = from;
        do {
            addTrimmed(text, furnitureFrom, open.start(), true, out);
            int contentStart = open.end();
            Matcher close = P_CLOSE.matcher(text).region(contentStart, to);
            boolean closed = close.find();
            int contentEnd = closed ? close.start() : to;
            addTrimmed(text, contentStart, contentEnd, false, out);
            furnitureFrom = closed ? close.end() : to;
            open.region(furnitureFrom, to);
        } while (furnitureFrom < to && open.find());
        addTrimmed(text, furnitureFrom, to, true, out);
    }

    private static void addTrimmed(String text, int start, int end, boolean furniture, List<Piece> out) {
        while (start < end && isSpace(text, start)) {
            start += text.startsWith("\\n", start) || text.startsWith("\\t", start) ? 2 : 1;
        }
        while (end > start && isSpaceBefore(text, end)) {
            end -= end >= 2 && (text.startsWith("\\n", end - 2) || text.startsWith("\\t", end - 2)) ? 2 : 1;
        }
        if (end > start) {
            out.add(new Piece(start, end, furniture));
        }
    }

    private static boolean isSpace(String text, int i) {
        return Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0'
                || text.startsWith("\\n", i) || text.startsWith("\\t", i);
    }

    private static boolean isSpaceBefore(String text, int end) {
        char c = text.charAt(end - 1);
        return Character.isWhitespace(c) || c == '\u00A0'
                || end >= 2 && (text.startsWith("\\n", end - 2) || text.startsWith("\\t", end - 2));
    }
}
