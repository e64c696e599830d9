package org.quotetrace.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.quotetrace.util.ModelResources;

/**
 * Tells prose from headings and page furniture by the paragraph's own text: prose ends like a
 * sentence or is long; a heading is a short line with no sentence end; furniture is a phrase from
 * {@code models/page-furniture.txt} or a line that still carries HTML tags (a photo caption block).
 * Furniture phrases marked {@code next-article} there ("Read next", "More from ...") announce links
 * to other articles: what follows them on a page is usually another story.
 */
final class ParagraphClassifier {

    /** Lines at least this long (in words) count as prose even without a sentence end (cut-off text). */
    static final int LONG_LINE_WORDS = 20;

    /** Sentence punctuation, then any closing marks (also JSON-escaped: \u201d, \u2019, \"). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[.!?…:;](?:[\"'”’»)\\]]|\\\\u201[dD9]|\\\\\")*$|(?:[\"”»]|\\\\u201[dD])$|''$");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[\\s•·*|>–—-]+");

    /** The tag that marks a furniture phrase in {@code models/page-furniture.txt} as a link to other articles. */
    private static final String NEXT_ARTICLE_TAG = "next-article";

    private final List<String> furniturePhrases;
    private final List<String> nextArticlePrompts;

    ParagraphClassifier(List<String> furniturePhrases, List<String> nextArticlePrompts) {
        this.furniturePhrases = List.copyOf(furniturePhrases);
        this.nextArticlePrompts = List.copyOf(nextArticlePrompts);
    }

    static ParagraphClassifier standard() {
        List<String> phrases = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        for (String line : ModelResources.lines("page-furniture.txt")) {
            String[] fields = line.split("\t");
            String phrase = fields[0].strip().toLowerCase(Locale.ROOT);
            phrases.add(phrase);
            if (fields.length > 1 && fields[1].strip().equals(NEXT_ARTICLE_TAG)) {
                prompts.add(phrase);
            }
        }
        return new ParagraphClassifier(phrases, prompts);
    }

    ParagraphKind classify(String paragraph) {
        if (TAG.matcher(paragraph).find() || isFurniturePhrase(paragraph)) {
            return ParagraphKind.FURNITURE;
        }
        if (endsLikeSentence(paragraph) || wordCount(paragraph) >= LONG_LINE_WORDS) {
            return ParagraphKind.PROSE;
        }
        return ParagraphKind.HEADING;
    }

    /**
     * Whether the paragraph is one of the page-furniture phrases (a comment form, "Continue
     * reading", a share prompt): the kind of line that closes an article on a web page.
     */
    boolean isFurniturePhrase(String paragraph) {
        return matchesPhrase(paragraph, furniturePhrases);
    }

    /**
     * Whether the paragraph is a prompt that links to other articles ("Read next", "More from The
     * Daily Bugle"): a furniture phrase marked {@code next-article}.
     */
    boolean isNextArticlePrompt(String paragraph) {
        return matchesPhrase(paragraph, nextArticlePrompts);
    }

    private static boolean matchesPhrase(String paragraph, List<String> phrases) {
        boolean sentence = endsLikeSentence(paragraph);
        int words = wordCount(paragraph);
        String normal = LEADING_NOISE.matcher(paragraph.toLowerCase(Locale.ROOT)).replaceAll("")
                .replaceAll("[\\s–—-]+$", "").strip();
        for (String phrase : phrases) {
            if (normal.equals(phrase)) {
                return true;
            }
            if (normal.startsWith(phrase + " ") && words <= LONG_LINE_WORDS
                    && (!sentence || phrase.split(" ").length >= 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the paragraph ends with sentence punctuation, possibly followed by closing marks. */
    static boolean endsLikeSentence(String paragraph) {
        return SENTENCE_END.matcher(paragraph.strip()).find();
    }

    static int wordCount(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
