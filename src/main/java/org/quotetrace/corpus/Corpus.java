package org.quotetrace.corpus;

import java.util.List;

/**
 * The articles of one story, in a stable order (by article id), with the warnings collected while
 * reading them.
 */
public record Corpus(List<Article> articles, List<String> warnings) {
    public Corpus {
        articles = List.copyOf(articles);
        warnings = List.copyOf(warnings);
    }
}
