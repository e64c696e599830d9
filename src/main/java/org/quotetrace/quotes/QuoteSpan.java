package org.quotetrace.quotes;

/**
 * A quote found in an article, before attribution: the offsets of the quoted or reported words
 * (without quotation marks), their kind, the cue if the finder saw one, and where the finder saw
 * the source (the subject of the cue verb, a byline), if anywhere.
 *
 * @param start       offset of the first character of the quoted words
 * @param end         offset after the last character (exclusive)
 * @param kind        direct or indirect
 * @param cue         the cue, or null when none was seen (e.g. a continuation paragraph)
 * @param sourceStart start of the source mention the finder saw, or -1
 * @param sourceEnd   end of the source mention the finder saw, or -1
 */
public record QuoteSpan(int start, int end, QuoteKind kind, Cue cue, int sourceStart, int sourceEnd) {

    public QuoteSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** A quote with no cue or source yet. */
    public static QuoteSpan of(int start, int end, QuoteKind kind) {
        return new QuoteSpan(start, end, kind, null, -1, -1);
    }

    /** Whether the finder saw the source mention. */
    public boolean hasSource() {
        return sourceStart >= 0 && sourceEnd > sourceStart;
    }

    /** A copy with the given cue and source. */
    public QuoteSpan withCueAndSource(Cue newCue, int newSourceStart, int newSourceEnd) {
        return new QuoteSpan(start, end, kind, newCue, newSourceStart, newSourceEnd);
    }

    /** Whether this span overlaps {@code [otherStart, otherEnd)}. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
