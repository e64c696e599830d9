package org.quotetrace.nlp;

import java.util.List;

/**
 * A sentence of an article: its character span and its tokens (offsets into the article text).
 */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
