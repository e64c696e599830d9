package org.quotetrace.quotes;

/**
 * Where a speech cue sits in a sentence's token list: the verb (or first word) at {@code verb},
 * the cue's tokens {@code [verb, end)} ("warned of" spans two tokens), and its lexicon lemma.
 */
record CueAt(int verb, int end, String lemma) {
}
