package org.quotetrace.quotes;

import java.util.List;
import java.util.Set;
import org.quotetrace.nlp.Token;

/**
 * Finds the noun phrase that names a speaker next to a cue verb: the subject before "said"
 * ("Europol's executive director Catherine De Bolle said") or the inverted subject after it
 * ("said Edward Alden of the Council on Foreign Relations").
 */
public final class SourcePhrase {

    private static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM", "PART");
    private static final Set<String> LINKS = Set.of("of", "for", "at", "from", "'s", "’s", "'", "’", "-", "&");

    private SourcePhrase() {
    }

    /**
     * The index range {@code [from, to)} of the noun phrase that ends right before {@code tokens[verb]}
     * (skipping adverbs and auxiliaries such as "also", "has"), or null when there is none.
     */
    public static int[] before(List<Token> tokens, int verb, int floor) {
        int end = verb;
        while (end - 1 >= floor && isAdverbOrAux(tokens.get(end - 1))) {
            end--;
        }
        int start = end;
        while (start - 1 >= floor && partOfNounPhrase(tokens.get(start - 1))) {
            start--;
        }
        while (start < end && isLink(tokens.get(start))) {
            start++;
        }
        if (start >= end || !hasHead(tokens, start, end)) {
            return null;
        }
        return new int[] {start, end};
    }

    /** The index range of the noun phrase that starts right after {@code tokens[verb]}, or null. */
    public static int[] after(List<Token> tokens, int verb, int ceiling) {
        int start = verb + 1;
        int end = start;
        while (end < ceiling && partOfNounPhrase(tokens.get(end))) {
            end++;
        }
        while (end > start && isLink(tokens.get(end - 1))) {
            end--;
        }
        if (start >= end || !hasHead(tokens, start, end)) {
            return null;
        }
        return new int[] {start, end};
    }

    private static boolean hasHead(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String pos = tokens.get(i).pos();
            if ("PROPN".equals(pos) || "NOUN".equals(pos) || "PRON".equals(pos)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfNounPhrase(Token token) {
        return NP_TAGS.contains(token.pos()) || isLink(token);
    }

    private static boolean isLink(Token token) {
        return LINKS.contains(token.text().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isAdverbOrAux(Token token) {
        return "ADV".equals(token.pos()) || "AUX".equals(token.pos());
    }
}
