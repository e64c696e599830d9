package org.quotetrace.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article file into paragraphs (non-blank lines) and marks which belong to the story.
 * First version: every non-blank line is body. Furniture and appended-story detection belong here.
 */
public final class StorySegmenter {

    /** The layout of {@code text}. */
    public StoryLayout segment(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                paragraphs.add(new Paragraph(start, end, true));
            }
            lineStart = lineEnd + 1;
        }
        return new StoryLayout(paragraphs);
    }
}
