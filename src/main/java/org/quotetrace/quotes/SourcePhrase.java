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
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("have", "be", "do", "will", "would", "can", "could",
            "may", "might", "shall", "should", "must");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their");
    private static final Set<String> LINKS = Set.of("of", "for", "at", "from", "'s", "’s", "'", "’", "-", "&", "(", ")");

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
        while (start - 1 >= floor && (partOfNounPhrase(tokens.get(start - 1)) || inName(tokens, start - 1))) {
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
        while (end < ceiling && (partOfNounPhrase(tokens.get(end)) || inName(tokens, end))) {
            end++;
        }
        while (end > start && isLink(tokens.get(end - 1)) && !tokens.get(end - 1).text().equals(")")) {
            end--;
        }
        if (start >= end || !hasHead(tokens, start, end)) {
            return null;
        }
        return new int[] {start, end};
    }

    /**
     * The speaker subject of the verb at {@code verb}: like {@link #before}, but also looks past
     * words of time ("Obama on Tuesday accused"), a parenthetical phrase ("Europol, in a statement,
     * said") and takes in an apposition ("Europol, the EU's police agency, said").
     */
    public static int[] subjectBefore(List<Token> tokens, int verb, int floor, CueLexicon lexicon) {
        int[] found = subjectWithApposition(tokens, verb, floor, lexicon);
        return found == null ? null : withoutTrailingParenthesis(tokens, found);
    }

    /**
     * The part of a subject that names the speaker: of "Catherine De Bolle, Europol's executive
     * director" the name, of "Europol's executive director, Catherine De Bolle" the name too.
     */
    public static int[] speakerPart(List<Token> tokens, int[] subject, CueLexicon lexicon) {
        int comma = -1;
        for (int i = subject[0]; i < subject[1]; i++) {
            if (tokens.get(i).text().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return subject;
        }
        int[] first = {subject[0], comma};
        int[] second = {comma + 1, subject[1]};
        return hasRoleNoun(tokens, first, lexicon) && !hasRoleNoun(tokens, second, lexicon) ? second : first;
    }

    private static boolean hasRoleNoun(List<Token> tokens, int[] range, CueLexicon lexicon) {
        for (int i = range[0]; i < range[1]; i++) {
            if (lexicon.isRoleNoun(tokens.get(i).lowerLemma()) || lexicon.isRoleNoun(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** "The Internet Watch Foundation (IWF)" without "(IWF)". */
    private static int[] withoutTrailingParenthesis(List<Token> tokens, int[] range) {
        if (!tokens.get(range[1] - 1).text().equals(")")) {
            return range;
        }
        for (int i = range[1] - 2; i > range[0]; i--) {
            if (tokens.get(i).text().equals("(")) {
                return new int[] {range[0], i};
            }
        }
        return range;
    }

    private static int[] subjectWithApposition(List<Token> tokens, int verb, int floor, CueLexicon lexicon) {
        int end = verb;
        boolean moved = true;
        while (moved) {
            moved = false;
            while (end - 1 >= floor && (isAdverbOrAux(tokens.get(end - 1))
                    || isNegation(tokens.get(end - 1))
                    || isAuxiliaryWord(tokens.get(end - 1)))) {
                end--;
                moved = true;
            }
            int time = timeExpressionStart(tokens, end, floor, lexicon);
            if (time < end) {
                end = time;
                moved = true;
            }
            if (end - 1 > floor && tokens.get(end - 1).text().equals(",")) {
                int open = parentheticalStart(tokens, end - 1, floor);
                if (open >= 0) {
                    end = open;
                    moved = true;
                }
            }
        }
        if (end - 1 > floor && tokens.get(end - 1).text().equals(",")) {
            // "Catherine De Bolle, Europol's executive director, said"
            int[] second = before(tokens, end - 1, floor);
            if (second == null || second[1] != end - 1) {
                return openingSubject(tokens, end - 1, floor);
            }
            int comma = second[0] - 1;
            if (comma > floor && tokens.get(comma).text().equals(",")) {
                int[] first = before(tokens, comma, floor);
                if (first != null && first[1] == comma && opensApposition(tokens, first, floor, lexicon)) {
                    return new int[] {first[0], second[1]};
                }
                int[] opening = openingSubject(tokens, end - 1, floor);
                return opening != null ? opening : second;
            }
            return openingSubject(tokens, end - 1, floor);
        }
        int[] np = before(tokens, end, floor);
        if (np == null) {
            return null;
        }
        if (np[1] != end || np[1] - np[0] == 1 && isRelativeWord(tokens.get(np[0]))) {
            return np; // "Jim Brown, who said ...": the relative pronoun is no apposition of the name
        }
        int comma = np[0] - 1;
        if (comma > floor && tokens.get(comma).text().equals(",")) {
            int[] first = before(tokens, comma, floor);
            if (first != null && first[1] == comma && opensApposition(tokens, first, floor, lexicon)) {
                return new int[] {first[0], np[1]};
            }
        }
        return np;
    }

    /**
     * The speaker after an inverted cue ("said Europol, the EU's police agency, in a statement"):
     * like {@link #after}, but takes in an apposition closed by a comma or the sentence end.
     */
    public static int[] subjectAfter(List<Token> tokens, int verb, int ceiling) {
        int[] np = after(tokens, verb, ceiling);
        if (np == null) {
            return null;
        }
        int comma = np[1];
        if (comma < ceiling && tokens.get(comma).text().equals(",")) {
            int[] second = after(tokens, comma, ceiling);
            if (second != null) {
                int next = second[1];
                boolean closed = next >= ceiling || tokens.get(next).text().equals(",")
                        || tokens.get(next).text().equals(".") || "ADP".equals(tokens.get(next).pos());
                boolean startsLikeApposition = "DET".equals(tokens.get(comma + 1).pos())
                        || "PROPN".equals(tokens.get(comma + 1).pos()) || "ADJ".equals(tokens.get(comma + 1).pos())
                        || "NOUN".equals(tokens.get(comma + 1).pos());
                if (closed && startsLikeApposition) {
                    return new int[] {np[0], second[1]};
                }
            }
        }
        return np;
    }

    /**
     * The noun phrase that opens the sentence when a parenthesis stands between it and the verb:
     * "The official, who is not authorized to comment, said"; "The first ad, launched Wednesday,
     * argued"; "The survey which collects the views of economists, said". {@code comma} is the
     * comma right before the verb.
     */
    private static int[] openingSubject(List<Token> tokens, int comma, int floor) {
        int start = floor;
        while (start < comma && (isPunctuation(tokens.get(start)) || "CCONJ".equals(tokens.get(start).pos())
                || "ADV".equals(tokens.get(start).pos()))) {
            start++;
        }
        int end = start;
        while (end < comma && partOfNounPhrase(tokens.get(end)) && !isRelativeWord(tokens.get(end))) {
            end++;
        }
        while (end > start && isLink(tokens.get(end - 1)) && !tokens.get(end - 1).text().equals(")")) {
            end--;
        }
        if (end <= start || end >= comma || !hasHead(tokens, start, end)) {
            return null;
        }
        Token next = tokens.get(end);
        boolean opensParenthesis = next.text().equals(",") || isRelativeWord(next);
        return opensParenthesis ? new int[] {start, end} : null;
    }

    private static boolean isRelativeWord(Token token) {
        String t = token.text().toLowerCase(java.util.Locale.ROOT);
        return t.equals("who") || t.equals("which") || t.equals("whose");
    }

    private static boolean isPunctuation(Token token) {
        return token.text().chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Start of a time expression ending at {@code end} ("on Tuesday", "last week", "Monday"), or
     * {@code end} when there is none. A time noun after a determiner ("the preceding year") is no
     * time expression but the subject itself.
     */
    static int timeExpressionStart(List<Token> tokens, int end, int floor, CueLexicon lexicon) {
        int start = end;
        while (start - 1 >= floor && lexicon.isTimeWord(tokens.get(start - 1).text())) {
            start--;
        }
        if (start == end) {
            return end;
        }
        Token first = tokens.get(start);
        boolean named = Character.isUpperCase(first.text().charAt(0)) || "PROPN".equals(first.pos());
        if (start - 1 >= floor && "ADP".equals(tokens.get(start - 1).pos())) {
            return start - 1;
        }
        boolean deictic = isDeictic(first.text());
        if (start - 1 >= floor && ("DET".equals(tokens.get(start - 1).pos()) || "ADJ".equals(tokens.get(start - 1).pos()))) {
            return end;
        }
        return named || deictic || end - start >= 2 ? start : end;
    }

    private static boolean isDeictic(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.equals("today") || w.equals("yesterday") || w.equals("tonight") || w.equals("earlier") || w.equals("later")
                || w.equals("recently") || w.equals("last") || w.equals("this") || w.equals("next");
    }

    /** Index of the comma opening ", in a statement ," whose closing comma is at {@code close}, or -1. */
    private static int parentheticalStart(List<Token> tokens, int close, int floor) {
        for (int i = close - 1; i > floor && close - i <= 8; i--) {
            Token token = tokens.get(i);
            if (token.text().equals(",")) {
                boolean prepositional = "ADP".equals(tokens.get(i + 1).pos()) && i + 1 < close;
                return prepositional ? i : -1;
            }
            if (token.isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the noun phrase {@code first} can open a subject with an apposition ("Catherine De
     * Bolle, Europol's executive director, said"): it starts the clause, and after a conjunction it
     * names a speaker ("... one year and six months, the prosecution said" has no apposition).
     */
    private static boolean opensApposition(List<Token> tokens, int[] first, int floor, CueLexicon lexicon) {
        if (first[0] == floor) {
            return true;
        }
        Token before = tokens.get(first[0] - 1);
        if (!isClauseBoundary(before)) {
            return false;
        }
        if (!"CCONJ".equals(before.pos())) {
            return true;
        }
        for (int i = first[0]; i < first[1]; i++) {
            Token token = tokens.get(i);
            if (token.pos().startsWith("PROPN") || "PRON".equals(token.pos()) || isCapitalised(token)
                    || lexicon.isRoleNoun(token.lowerLemma()) || lexicon.isRoleNoun(token.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClauseBoundary(Token token) {
        String t = token.text();
        return t.equals(",") || t.equals(";") || t.equals(":") || t.equals("\u2014") || t.equals("\u2013")
                || "CCONJ".equals(token.pos()) || "SCONJ".equals(token.pos());
    }

    /** "has", "will", "did" read as a main verb by the tagger. */
    private static boolean isAuxiliaryWord(Token token) {
        return AUXILIARY_LEMMAS.contains(token.lowerLemma()) && !"NOUN".equals(token.pos()) && !"PROPN".equals(token.pos());
    }

    private static boolean isNegation(Token token) {
        String t = token.text().toLowerCase(java.util.Locale.ROOT);
        return t.equals("not") || t.equals("n't") || t.equals("never");
    }

    private static boolean hasHead(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String pos = tokens.get(i).pos();
            if ("PROPN".equals(pos) || "NOUN".equals(pos) || "PRON".equals(pos) || isCapitalised(tokens.get(i))) {
                return true;
            }
        }
        // a determiner standing alone as the subject: "Another said", "Both said"
        return end - start == 1 && "DET".equals(tokens.get(start).pos()) && !ARTICLES.contains(tokens.get(start).text().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean partOfNounPhrase(Token token) {
        return NP_TAGS.contains(token.pos()) || token.pos().startsWith("PROPN") || token.pos().startsWith("NOUN") || isLink(token) || isCapitalised(token)
                || token.text().indexOf('-') > 0 && token.text().chars().anyMatch(Character::isLetter);
    }

    /**
     * A capitalised word between two capitalised words that the tagger read as a preposition or
     * adverb ("the Northby/PROPN Borough/ADP Council/PROPN"): a word of that multi-word name.
     */
    private static boolean inName(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).text().matches("\\p{Lu}\\p{Ll}+")
                && startsUpper(tokens.get(i - 1)) && startsUpper(tokens.get(i + 1))
                && (tokens.get(i - 1).pos().startsWith("PROPN") || tokens.get(i - 1).pos().startsWith("NOUN") || isCapitalised(tokens.get(i - 1)))
                && (tokens.get(i + 1).pos().startsWith("PROPN") || tokens.get(i + 1).pos().startsWith("NOUN") || isCapitalised(tokens.get(i + 1)));
    }

    private static boolean startsUpper(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0));
    }

    /** A capitalised word the tagger may have misread ("Trump/VERB"). */
    private static boolean isCapitalised(Token token) {
        String t = token.text();
        return t.length() > 1 && Character.isUpperCase(t.charAt(0))
                && t.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '.')
                && !"AUX".equals(token.pos()) && !"SCONJ".equals(token.pos()) && !"CCONJ".equals(token.pos())
                && !"ADP".equals(token.pos()) && !"ADV".equals(token.pos());
    }

    private static boolean isLink(Token token) {
        return LINKS.contains(token.text().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isAdverbOrAux(Token token) {
        return "ADV".equals(token.pos()) || "AUX".equals(token.pos());
    }
}
