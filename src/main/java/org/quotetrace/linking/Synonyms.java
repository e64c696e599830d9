package org.quotetrace.linking;

/**
 * Tells whether two lemmas can stand for each other in a rewording ("created" ~ "produced").
 * Implementations must be symmetric enough for comparison and safe to call from one thread.
 */
public interface Synonyms {

    /** No synonyms at all: only equal lemmas match. */
    Synonyms NONE = (a, b) -> false;

    /** Whether {@code lemmaA} and {@code lemmaB} (lower case) share a sense. */
    boolean synonymous(String lemmaA, String lemmaB);

    /** Whether one lemma is a derivationally related form of the other ("develop" ~ "development"); none by default. */
    default boolean derivationallyRelated(String lemmaA, String lemmaB) {
        return false;
    }

    /** Whether one lemma names a direct kind of the other ("technique" is a kind of "method"); none by default. */
    default boolean kindOf(String lemmaA, String lemmaB) {
        return false;
    }
}
