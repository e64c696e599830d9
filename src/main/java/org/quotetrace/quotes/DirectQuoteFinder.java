package org.quotetrace.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.quotetrace.quotes.QuoteMarks.Family;
import org.quotetrace.quotes.QuoteMarks.Mark;
import org.quotetrace.story.Paragraph;
import org.quotetrace.story.StoryLayout;

/**
 * Finds words inside quotation marks in the story body, paragraph by paragraph:
 * <ul>
 * <li>double quotes (straight, curly, angle, {@code ''}, JSON-escaped), with single quotes nested
 * inside them left as part of the quote;</li>
 * <li>single quotes used as the outer marks (British style), nesting included
 * ({@code 'it is 'real' or not.'});</li>
 * <li>a double quote still open at the end of its paragraph runs to the paragraph end (the
 * multi-paragraph convention: every paragraph opens, only the last closes), except in the
 * unfinished last paragraph of a cut-off file, where the words are incomplete;</li>
 * <li>titles, names and scare quotes are left out by the {@link ScareQuoteFilter}.</li>
 * </ul>
 * Attribution is not its job.
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
            findInParagraph(text, paragraph, layout.isCutOff(paragraph), quotes);
        }
        return quotes;
    }

    private void findInParagraph(String text, Paragraph paragraph, boolean cutOff, List<QuoteSpan> out) {
        List<Mark> marks = marks(text, paragraph);
        List<int[]> doubles = pairDoubles(marks, paragraph, cutOff);
        List<int[]> singles = pairSingles(marks, doubles, text, paragraph, cutOff);
        List<int[]> all = new ArrayList<>(doubles);
        all.addAll(singles);
        all.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] span : all) {
            addIfQuote(text, paragraph, span[0], span[1], out);
        }
    }

    private static List<Mark> marks(String text, Paragraph paragraph) {
        List<Mark> marks = new ArrayList<>();
        int i = paragraph.start();
        while (i < paragraph.end()) {
            Mark mark = QuoteMarks.at(text, i);
            if (mark != null && mark.end() <= paragraph.end()) {
                marks.add(mark);
                i = mark.end();
            } else {
                i++;
            }
        }
        return marks;
    }

    /** Content spans of the outer double quotes; a quote left open runs to the paragraph end. */
    private static List<int[]> pairDoubles(List<Mark> marks, Paragraph paragraph, boolean cutOff) {
        List<int[]> spans = new ArrayList<>();
        Mark open = null;
        for (Mark mark : marks) {
            if (mark.family() != Family.DOUBLE) {
                continue;
            }
            if (open == null) {
                if (mark.canOpen()) {
                    open = mark;
                }
            } else if (mark.canClose()) {
                spans.add(new int[] {open.end(), mark.start()});
                open = null;
            } else if (mark.canOpen()) {
                // a second opening mark: the first quote was never closed in this paragraph
                break;
            }
        }
        if (open != null && !cutOff) {
            spans.add(new int[] {open.end(), paragraph.end()});
        }
        return spans;
    }

    /**
     * Content spans of outer single quotes that lie outside every double quote. A single quote left
     * open at the end of its paragraph runs to the paragraph end when the next paragraph opens with a
     * single quotation mark too: the multi-paragraph convention in British style ('... / '... ').
     */
    private static List<int[]> pairSingles(List<Mark> marks, List<int[]> doubles, String text, Paragraph paragraph,
            boolean cutOff) {
        List<int[]> spans = new ArrayList<>();
        Deque<Mark> stack = new ArrayDeque<>();
        int nextDouble = 0; // doubles are in text order and disjoint: walk them with the marks (linear time)
        for (Mark mark : marks) {
            if (mark.family() != Family.SINGLE) {
                continue;
            }
            while (nextDouble < doubles.size() && doubles.get(nextDouble)[1] <= mark.start()) {
                nextDouble++;
            }
            if (nextDouble < doubles.size() && mark.start() >= doubles.get(nextDouble)[0]) {
                continue;
            }
            if (!stack.isEmpty() && mark.canClose()) {
                Mark open = stack.pop();
                if (stack.isEmpty()) {
                    spans.add(new int[] {open.end(), mark.start()});
                }
            } else if (mark.canOpen()) {
                stack.push(mark);
            }
        }
        if (stack.size() == 1 && !cutOff && nextParagraphOpensSingle(text, paragraph.end())) {
            spans.add(new int[] {stack.peek().end(), paragraph.end()});
        }
        return spans;
    }

    /** Whether the first character after the whitespace at {@code from} is an opening single quotation mark. */
    private static boolean nextParagraphOpensSingle(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        Mark mark = QuoteMarks.at(text, i);
        return mark != null && mark.family() == Family.SINGLE && mark.canOpen();
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
