package org.quotetrace.quotes;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.story.Paragraph;

/**
 * Tells a quotation from a title, a name or a scare quote: words in quotation marks that are not
 * somebody's speech. A short run of capitalised words (a title or name) never counts; a quote of one
 * or two words counts only when it has a cue of its own or borrowed from its sentence; a short
 * phrase that a naming verb with no speaker puts in quotation marks ('taken to calling the road the
 * "long way round"') is a name, not a quote.
 */
public final class ScareQuoteFilter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Short words a title leaves in lower case ("Meet the Press", "Souls to the Polls"). */
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in",
            "on", "at", "for", "with", "by", "from");

    /** Verbs that give something a name: what they put in quotation marks is a name unless a speaker uses it. */
    private static final Set<String> NAMING_VERBS = Set.of("call", "dub", "nickname", "label", "brand", "term",
            "christen");
    /** A name given in quotation marks has at most this many words. */
    static final int MAX_NAME_WORDS = 4;

    public ScareQuoteFilter() {
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
        return isTitle(content);
    }

    /**
     * Whether the words are a title in title case ("Meet the Press", "Game of Thrones."): two to six
     * words, each capitalised or a short function word, the first capitalised, no punctuation
     * inside. A final full stop or comma does not make it speech: American style puts the
     * sentence's own stop or comma inside the closing quotation mark.
     */
    private static boolean isTitle(String content) {
        String body = content.replaceFirst("[.,]$", "");
        if (!body.matches("[\\p{L}\\p{N}'’&.\\- ]+") || body.matches("(?s).*[.]\\s.*")) {
            return false;
        }
        Matcher m = WORD.matcher(body);
        int words = 0;
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (first && !capital || !capital && !TITLE_FUNCTION_WORDS.contains(word)) {
                return false;
            }
            first = false;
            words++;
        }
        return words >= 2 && words <= 6;
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

    /**
     * Whether the quote is a name that a naming verb without a speaker puts in quotation marks
     * ('Some residents have taken to calling the diversion the "long way round"'): its cue is a
     * naming verb ("call", "dub", "label"), the finder saw no source for it, and it has at most
     * {@value #MAX_NAME_WORDS} words. With a speaker ('The mayor called the plan "a costly mistake"')
     * the words are a partial quote and stay.
     */
    public boolean isUnattributedName(String text, QuoteSpan quote) {
        return quote.kind() == QuoteKind.DIRECT && quote.cue() != null && !quote.hasSource()
                && NAMING_VERBS.contains(quote.cue().lemma())
                && wordCount(text.substring(quote.start(), quote.end())) <= MAX_NAME_WORDS;
    }

    /**
     * Whether a one-word quote lies inside reported speech ('called the plan "reckless" and
     * costly'): the reporter flags the speaker's word inside the reported content, whose row carries
     * it; it is no quotation of its own.
     */
    public boolean isWordInsideReportedSpeech(String text, QuoteSpan quote, List<QuoteSpan> reported) {
        if (quote.kind() != QuoteKind.DIRECT || wordCount(text.substring(quote.start(), quote.end())) != 1) {
            return false;
        }
        for (QuoteSpan other : reported) {
            if (other.kind() == QuoteKind.INDIRECT && other.start() <= quote.start() && quote.end() <= other.end()) {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(String content) {
        int words = 0;
        Matcher m = WORD.matcher(content);
        while (m.find()) {
            words++;
        }
        return words;
    }
}
