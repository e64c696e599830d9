package org.quotetrace.quotes;

import java.util.ArrayList;
import java.util.List;
import org.quotetrace.story.Paragraph;
import org.quotetrace.story.StoryLayout;

/**
 * Finds words inside double quotation marks in the story body: closed quotes, quotes left open at
 * the end of a paragraph (the multi-paragraph convention), and partial quotes inside a sentence.
 * Titles, names and scare quotes are left out. Attribution is not its job.
 */
public final class DirectQuoteFinder {

    private final ScareQuoteFilter scareQuotes;

    public DirectQuoteFinder(ScareQuoteFilter scareQuotes) {
        this.scareQuotes = scareQuotes;
    }

    /** Direct quotes in the body paragraphs of {@code text}, in text order. */
    public List<QuoteSpan> find(String text, StoryLayout layout) {
        List<QuoteSpan> quotes = new ArrayList<>();
        for (Paragraph paragraph : layout.bodyParagraphs()) {
            findInParagraph(text, paragraph, quotes);
        }
        return quotes;
    }

    private void findInParagraph(String text, Paragraph paragraph, List<QuoteSpan> out) {
        int i = paragraph.start();
        int end = paragraph.end();
        while (i < end) {
            char c = text.charAt(i);
            if (!QuoteMarks.isDoubleMark(c) || !QuoteMarks.opensAt(text, i)) {
                i++;
                continue;
            }
            int close = findClose(text, c, i + 1, end);
            int contentStart = i + 1;
            int contentEnd = close < 0 ? end : close;
            addIfQuote(text, paragraph, contentStart, contentEnd, out);
            i = close < 0 ? end : close + 1;
        }
    }

    private static int findClose(String text, char open, int from, int end) {
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            if (!QuoteMarks.isDoubleMark(c)) {
                continue;
            }
            if (QuoteMarks.isOpeningOnly(c) && c != '\u201C') {
                return -1;
            }
            if (c == '"' && open != '"' && QuoteMarks.opensAt(text, j)) {
                continue;
            }
            if (QuoteMarks.closes(open, c)) {
                return j;
            }
        }
        return -1;
    }

    private void addIfQuote(String text, Paragraph paragraph, int start, int end, List<QuoteSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        if (scareQuotes.isScareQuote(text, paragraph, start, end)) {
            return;
        }
        out.add(QuoteSpan.of(start, end, QuoteKind.DIRECT));
    }
}
