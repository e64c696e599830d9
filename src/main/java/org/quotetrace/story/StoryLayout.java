package org.quotetrace.story;

import java.util.List;

/**
 * Where the story is inside an article file: its paragraphs in order, each marked body or not.
 */
public record StoryLayout(List<Paragraph> paragraphs) {
    public StoryLayout {
        paragraphs = List.copyOf(paragraphs);
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
}
