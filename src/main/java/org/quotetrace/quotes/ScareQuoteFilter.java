package org.quotetrace.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.story.Paragraph;

/**
 * Tells a quotation from a title, a name or a scare quote: words in quotation marks that are not
 * somebody's speech. A short run of capitalised words (a title or name) never counts; a quote of one
 * or two words counts only when it has a cue or its paragraph has a speech cue.
 */
public final class ScareQuoteFilter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private final CueLexicon cues;

    public ScareQuoteFilter(CueLexicon cues) {
        this.cues = cues;
    }

    /** Whether {@code text[start, end)} inside {@code paragraph} is not a quotation. */
    public boolean isScareQuote(String text, Paragraph paragraph, int start, int end) {
        String content = text.substring(start, end);
        int words = 0;
        int capitalised = 0;
        Matcher m = WORD.matcher(content);
        while (m.find()) {
            words++;
            if (Character.isUpperCase(m.group().charAt(0))) {
                capitalised++;
            }
        }
        if (words == 0) {
            return true;
        }
        boolean endsLikeSpeech = content.matches("(?s).*[.!?,;:…]$");
        if (words <= 6 && capitalised == words && !endsLikeSpeech) {
            return true;
        }
        return false;
    }

    /**
     * Whether a quote of one or two words is no quotation: it has no cue of its own (nor one
     * borrowed from its sentence) and its paragraph has no speech cue either.
     */
    public boolean isUncuedShortQuote(String text, Paragraph paragraph, QuoteSpan quote) {
        if (quote.cue() != null || quote.hasSource() || paragraph == null) {
            return false;
        }
        int words = 0;
        Matcher m = WORD.matcher(text.substring(quote.start(), quote.end()));
        while (m.find()) {
            words++;
        }
        return words <= 2;
    }

    private boolean paragraphHasCue(String text, Paragraph paragraph, int start, int end) {
        String outside = text.substring(paragraph.start(), start) + " " + text.substring(end, paragraph.end());
        Matcher m = WORD.matcher(outside);
        while (m.find()) {
            if (cues.verbLemma(m.group()) != null) {
                return true;
            }
        }
        String lower = outside.toLowerCase(java.util.Locale.ROOT);
        return cues.sourceAfterPhrases().stream().anyMatch(lower::contains);
    }
}
