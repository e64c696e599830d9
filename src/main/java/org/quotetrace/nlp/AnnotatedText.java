package org.quotetrace.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The linguistic annotation of a text region: sentences and tokens, all with offsets into the
 * article text.
 */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /** All tokens of all sentences in text order. */
    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        for (Sentence sentence : sentences) {
            all.addAll(sentence.tokens());
        }
        return all;
    }

    /** Tokens that lie fully inside {@code [start, end)}. */
    public List<Token> tokensIn(int start, int end) {
        List<Token> inside = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (sentence.end() <= start || sentence.start() >= end) {
                continue;
            }
            for (Token token : sentence.tokens()) {
                if (token.start() >= start && token.end() <= end) {
                    inside.add(token);
                }
            }
        }
        return inside;
    }
}
