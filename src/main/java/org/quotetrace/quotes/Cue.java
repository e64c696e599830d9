package org.quotetrace.quotes;

/**
 * The attribution cue of a quote as written in the article ("said", "according to",
 * "in a statement"), with its offsets. {@code lemma} is the lexicon entry that matched ("say").
 */
public record Cue(int start, int end, String text, String lemma) {
}
