package org.quotetrace.story;

import java.util.List;

/**
 * Where the story is inside an article file: its paragraphs in order, each marked body or not,
 * and whether the file stops in the middle of a sentence (a page cut off by a crawler), in which
 * case the last paragraph is unfinished.
 */
public record StoryLayout(List<Paragraph> paragraphs, boolean truncated) {
    public StoryLayout {
        paragraphs = List.copyOf(paragraphs);
    }

    /** A layout of a complete (not cut-off) file. */
    public StoryLayout(List<Paragraph> paragraphs) {
        this(paragraphs, false);
    }

    /** The body paragraphs only. */
    public List<Paragraph> bodyParagraphs() {
        return paragraphs.stream().filter(Paragraph::body).toList();
    }

    /** Whether {@code offset} lies in a body paragraph. */
    public boolean inBody(int offset) {
        for (Paragraph paragraph : paragraphs) {
            if (offset >= paragraph.start() && offset < paragraph.end()) {
                return paragraph.body();
            }
        }
        return false;
    }

    /** Whether {@code paragraph} is the unfinished last paragraph of a cut-off file. */
    public boolean isCutOff(Paragraph paragraph) {
        return truncated && !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(paragraph);
    }

    /** The paragraph containing {@code offset} (its end included), or null. */
    public Paragraph paragraphAt(int offset) {
        for (Paragraph paragraph : paragraphs) {
            if (offset >= paragraph.start() && offset <= paragraph.end()) {
                return paragraph;
            }
        }
        return null;
    }

    /** The index of {@code paragraph} in {@link #paragraphs()}, or -1. */
    public int indexOf(Paragraph paragraph) {
        return paragraphs.indexOf(paragraph);
    }
}
