package org.quotetrace.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * An article being written: its text so far and the gold quotes placed in it. A quote's span is
 * recorded as the text is appended, so offsets are exact by construction.
 */
final class ArticleDraft {

    private final StringBuilder text = new StringBuilder();
    private final List<GoldQuote> quotes = new ArrayList<>();

    /** Appends plain text. */
    ArticleDraft add(String plain) {
        text.append(plain);
        return this;
    }

    /** Appends {@code words} and records them as a gold quote with the given annotation. */
    ArticleDraft quote(String words, String kind, SynthSpeaker speaker, String mention, String cue,
                       List<String> statements, String fidelity) {
        int start = text.length();
        text.append(words);
        quotes.add(new GoldQuote(start, text.length(), kind, speaker == null ? "" : speaker.slug(), mention, cue,
                statements, fidelity));
        return this;
    }

    /** Starts a new paragraph (a blank line) unless the text is empty or already at one. */
    ArticleDraft paragraph() {
        if (text.length() > 0 && !endsWith("\n\n")) {
            text.append(endsWith("\n") ? "\n" : "\n\n");
        }
        return this;
    }

    /** Starts a new line. */
    ArticleDraft line() {
        if (text.length() > 0 && !endsWith("\n")) {
            text.append('\n');
        }
        return this;
    }

    /** Appends a space unless at the start of a line. */
    ArticleDraft space() {
        if (text.length() > 0 && !endsWith("\n") && !endsWith(" ")) {
            text.append(' ');
        }
        return this;
    }

    String text() {
        return text.toString();
    }

    List<GoldQuote> quotes() {
        return quotes;
    }

    private boolean endsWith(String suffix) {
        int n = text.length();
        return n >= suffix.length() && text.substring(n - suffix.length()).equals(suffix);
    }
}
