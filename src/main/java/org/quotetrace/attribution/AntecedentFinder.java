package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.Sentence;
import org.quotetrace.nlp.Token;

/**
 * Finds the people a story mentions outside attributions, as candidates for a later "he" or
 * "she": personal names (runs of two or more proper nouns that read as a person) and noun phrases
 * headed by a gendered person noun ("a man from Randers", "the spokeswoman").
 *
 * <p>A run of proper nouns is no person when it names a place ("on Mill Road", "Kelso Quay"), a
 * firm or an outlet ("Kelso Contractors", "Riverside Chronicle"), a body the article refers to
 * with an article ("the Northby Chamber of Commerce", "The Evening Post", "the “Northby Fix”") or
 * the addressee of "told" ("told Channel Nine News"): a later "he" or "she" does not refer to any
 * of them.
 */
public final class AntecedentFinder {

    private static final Pattern NAME_PIECE = Pattern.compile("-\\p{Lu}[\\p{L}'’-]*");
    /** Words before a name that make it a place or a body: determiners, possessives, prepositions of place. */
    private static final Set<String> NOT_BEFORE_A_PERSON = Set.of("the", "a", "an", "this", "that", "his", "her", "its",
            "their", "our", "my", "your", "on", "in", "at", "along", "near", "across", "outside", "opposite", "into", "onto");

    /** A person mentioned at {@code position}: the words and what they say. */
    public record Antecedent(int position, String text, SpeakerDescription description) {
    }

    private final MentionReader reader;

    public AntecedentFinder(MentionReader reader) {
        this.reader = reader;
    }

    /** The person mentions of {@code annotated}, in text order. */
    public List<Antecedent> find(AnnotatedText annotated) {
        List<Antecedent> found = new ArrayList<>();
        String text = annotated.text();
        for (Sentence sentence : annotated.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int end = i;
                while (end < tokens.size() && (tokens.get(end).isProperNoun() || isNamePiece(tokens.get(end)) && end > i)) {
                    end++;
                }
                if (end - i >= 2) {
                    if (!placeOrBodyOrAddressee(tokens, i, end)) {
                        addWithApposition(text, tokens, i, end, found);
                    }
                    i = end;
                    continue;
                }
                String gender = reader.lexicon().roleGender(tokens.get(i).text());
                if (!gender.isEmpty() && "NOUN".equals(tokens.get(i).pos())) {
                    int start = i;
                    while (start > 0 && isModifier(tokens.get(start - 1))) {
                        start--;
                    }
                    int stop = i + 1;
                    if (stop + 1 < tokens.size() && isPreposition(tokens.get(stop)) && isName(tokens.get(stop + 1))) {
                        stop += 2;
                        while (stop < tokens.size() && isName(tokens.get(stop))) {
                            stop++;
                        }
                    }
                    add(text, tokens, start, stop, MentionKind.NOMINAL, found);
                }
                i++;
            }
        }
        return found;
    }

    /** Whether the name {@code tokens[from, to)} is a place, a firm, a body named with an article, or the addressee of "told". */
    private boolean placeOrBodyOrAddressee(List<Token> tokens, int from, int to) {
        String last = tokens.get(to - 1).text();
        if (reader.lexicon().isPlaceWord(last) || reader.lexicon().isFirmWord(last)) {
            return true;
        }
        int b = from - 1;
        if (b >= 0 && isQuoteMark(tokens.get(b))) {
            b--; // "the “Northby Fix”": the word before the quotation mark decides
        }
        if (b < 0) {
            return false;
        }
        Token before = tokens.get(b);
        return NOT_BEFORE_A_PERSON.contains(before.text().toLowerCase(Locale.ROOT)) || "tell".equals(before.lowerLemma());
    }

    /**
     * Adds the person named by {@code tokens[from, to)}, described together with a role apposition
     * that follows it ("Tariq Roe, director of operations at the Northby Harbour Board, told ..."):
     * the role is the person's, so that "the director of operations" later can be found to be them.
     * The apposition runs from a comma right after the name to the next comma or the sentence end
     * and holds no verb or pronoun.
     */
    private void addWithApposition(String text, List<Token> tokens, int from, int to, List<Antecedent> out) {
        int titleStart = titleStart(tokens, from);
        int stop = appositionEnd(tokens, to);
        if (stop > 0 || titleStart < from) {
            int start = tokens.get(from).start();
            int end = tokens.get(stop > 0 ? stop - 1 : to - 1).end();
            SpeakerDescription described = reader.read(text.substring(tokens.get(titleStart).start(), end));
            if (described.kind() == MentionKind.PERSON && !described.roles().isEmpty()) {
                out.add(new Antecedent(start, text.substring(start, tokens.get(to - 1).end()), described));
                return;
            }
        }
        add(text, tokens, from, to, MentionKind.PERSON, out);
    }

    /**
     * The start of a title standing right before the name at {@code from} ("director of operations
     * Jo Roe", "According to chair Jo Roe"): the nouns, adjectives and "of" before it; {@code from}
     * when there are none.
     */
    private static int titleStart(List<Token> tokens, int from) {
        int start = from;
        while (start > 0 && start > from - 5) {
            Token before = tokens.get(start - 1);
            boolean titleWord = "NOUN".equals(before.pos()) || "ADJ".equals(before.pos())
                    || before.text().equalsIgnoreCase("of") && start - 1 > 0;
            if (!titleWord) {
                break;
            }
            start--;
        }
        while (start < from && tokens.get(start).text().equalsIgnoreCase("of")) {
            start++;
        }
        return start;
    }

    /** The end of an apposition ", WORDS" opening at {@code comma}, closed by a comma or the sentence end; -1 when none. */
    private static int appositionEnd(List<Token> tokens, int comma) {
        if (comma + 1 >= tokens.size() || !tokens.get(comma).text().equals(",")) {
            return -1;
        }
        int end = comma + 1;
        while (end < tokens.size() && !tokens.get(end).text().equals(",") && !isSentenceEnd(tokens.get(end))) {
            Token token = tokens.get(end);
            String pos = token.pos();
            boolean verb = ("VERB".equals(pos) || "AUX".equals(pos)) && Character.isLowerCase(token.text().charAt(0));
            if (verb || "PRON".equals(pos) || "SCONJ".equals(pos) || isQuoteMark(token)) {
                return -1;
            }
            end++;
        }
        return end > comma + 1 ? end : -1;
    }

    private static boolean isSentenceEnd(Token token) {
        String t = token.text();
        return t.equals(".") || t.equals("!") || t.equals("?");
    }

    private static boolean isQuoteMark(Token token) {
        return token.text().length() == 1 && "\"“”‘’'«»".indexOf(token.text().charAt(0)) >= 0;
    }

    private void add(String text, List<Token> tokens, int from, int to, MentionKind wanted, List<Antecedent> out) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String words = text.substring(start, end);
        SpeakerDescription d = reader.read(words);
        if (d.kind() == wanted) {
            out.add(new Antecedent(start, words, d));
        }
    }

    private static boolean isName(Token token) {
        return token.isProperNoun() || Character.isUpperCase(token.text().charAt(0)) && "NOUN".equals(token.pos());
    }

    private static boolean isNamePiece(Token token) {
        return NAME_PIECE.matcher(token.text()).matches();
    }

    private static boolean isModifier(Token token) {
        String pos = token.pos();
        return "DET".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos) || token.text().equals("-");
    }

    private static boolean isPreposition(Token token) {
        String t = token.text().toLowerCase(Locale.ROOT);
        return t.equals("from") || t.equals("of") || t.equals("in");
    }
}
