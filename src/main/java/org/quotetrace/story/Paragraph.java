package org.quotetrace.story;

/**
 * One paragraph (one line of the article file) with its offsets, and whether the segmenter judged
 * it part of the story body or page furniture / an unrelated appended story.
 */
public record Paragraph(int start, int end, boolean body) {
}
