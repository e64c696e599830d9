package org.quotetrace.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotetrace.util.ModelResources;

/**
 * Repairs the part-of-speech tags of names the tagger has not seen. OpenNLP's tagger often reads
 * an unfamiliar given name or surname inside a sentence as a closed-class word ("added chair
 * Anouk/CCONJ Velmaiery/ADV", "said coordinator Soren/ADV Stilloin/ADV", "According to chair
 * Bastian/ADP Pelvoard"), which cuts the speaker's name off the role before it. A capitalised word
 * that follows another word of its sentence, is tagged as a closed class (preposition, conjunction,
 * adverb, determiner, pronoun, auxiliary, particle, interjection, punctuation) and is none of the
 * English closed-class words of {@code models/closed-class-words.txt} is a proper noun.
 *
 * <p>A capitalised word opening the sentence or following punctuation or a quotation mark is left
 * alone ("Meanwhile", "“Sadly"), and so is a title-case line (a headline "Work Starts Again Soon"),
 * where capitals say nothing about names.
 */
final class NameTagRepair {

    private static final Set<String> CLOSED_CLASS = Set.copyOf(ModelResources.lines("closed-class-words.txt"));
    /** Tags the tagger gives only to closed-class words (and adverbs), never to a name. */
    private static final Set<String> REPAIRABLE = Set.of("ADP", "ADV", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART",
            "INTJ", "PUNCT", "SYM", "X");
    /** A capitalised word: "Anouk", "O'Neill", "Bryn-Jones". */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*");

    private NameTagRepair() {
    }

    /** Sets to PROPN, in place, the tags of {@code words} that are misread names. */
    static void repair(String[] words, String[] tags) {
        if (isTitleCase(words)) {
            return;
        }
        if (words.length >= 3 && isUnknownCapitalised(words[0]) && isUnknownCapitalised(words[1]) && opensName(tags[0])
                && (words[2].equals(",") || "VERB".equals(tags[2]))) {
            // "Tariq/VERB Stontiard/ADJ, chair of ..., said": two capitalised words opening the sentence before a comma or a verb
            tags[0] = "PROPN";
            tags[1] = "PROPN";
        }
        for (int i = 1; i < words.length; i++) {
            if (!isUnknownCapitalised(words[i])) {
                continue;
            }
            if (REPAIRABLE.contains(tags[i]) && isWord(words[i - 1])
                    || ("VERB".equals(tags[i]) || "ADJ".equals(tags[i])) && "PROPN".equals(tags[i - 1])
                    && CAPITALISED.matcher(words[i - 1]).matches()) {
                tags[i] = "PROPN"; // "chair Anouk/CCONJ Velmaiery/ADV", "Councillor Kwame/PROPN Mailvorigg/VERB"
            }
        }
    }

    /** A capitalised word that is no English closed-class word. */
    private static boolean isUnknownCapitalised(String word) {
        return CAPITALISED.matcher(word).matches() && !CLOSED_CLASS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A tag the tagger gives an unseen given name opening a sentence. */
    private static boolean opensName(String tag) {
        return REPAIRABLE.contains(tag) || "VERB".equals(tag) || "ADJ".equals(tag);
    }

    private static boolean isWord(String token) {
        return token.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** Whether most words of the sentence (three or more) open with a capital, as in a title-case headline. */
    private static boolean isTitleCase(String[] words) {
        int letters = 0;
        int capitals = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                letters++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitals++;
                }
            }
        }
        return letters >= 3 && capitals * 5 > letters * 3;
    }
}
