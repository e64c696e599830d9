package org.quotetrace.quotes;

import java.util.List;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.story.StoryLayout;

/**
 * What the quote stage found in one article: the story layout, the annotation of the body, and
 * every quote (direct and indirect) in text order.
 */
public record ExtractedQuotes(StoryLayout layout, AnnotatedText annotated, List<QuoteSpan> quotes) {
    public ExtractedQuotes {
        quotes = List.copyOf(quotes);
    }
}
