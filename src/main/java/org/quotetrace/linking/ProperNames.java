package org.quotetrace.linking;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the proper names in passages, so that the linker can tell a different statement from a
 * misquote: when one wording has a name where the other has another ("on Elm Road in Northby"
 * against "on Mill Lane in Southby"), the two are about different places or people, however many
 * of their other words they share. A misquote changes a word or a figure, not the place or the
 * person a statement is about; an excerpt or a paraphrase may leave a name out, and a retelling may
 * name other examples ("19 countries including the United States" for "19 countries, including
 * Australia and New Zealand"), but neither puts another name in the same place.
 *
 * <p>A name is a content word written with a capital letter that does not open a sentence (or a
 * quotation or bracket inside the passage). Month and weekday names are left out: a date is a
 * figure a misquote may get wrong ("by the end of May" for "June"), and so are words in capitals
 * (acronyms): "the UK" and "the United States" may be one outlet's shorthand and another's
 * example. Consecutive name words make one name ("Elm Road"). "In the same place" means after the
 * same word ("in Northby" and "in Southby").
 */
final class ProperNames {

    /** Characters after which a capital opens a sentence, a quotation or a bracket rather than marking a name. */
    private static final String OPENERS = ".!?:;\"“‘«([…";
    private static final Set<String> CALENDAR = calendar();
    /** Separates the word before a name, the name and the word after it in a {@link #mentions} entry. */
    private static final String SEPARATOR = "\u0000";

    private ProperNames() {
    }

    /**
     * Whether {@code b} has a name where {@code a} has another, among the names the comparison did
     * not match with a word of the other side: {@code coveredA} and {@code usedB} mark, by position
     * among each side's content words, the words that found a match.
     */
    static boolean conflict(Passage a, List<Word> contentA, BitSet coveredA, Passage b, List<Word> contentB, BitSet usedB) {
        Set<String> places = unmatchedNamePlaces(a, contentA, coveredA);
        if (places.isEmpty()) {
            return false;
        }
        for (String place : unmatchedNamePlaces(b, contentB, usedB)) {
            if (places.contains(place)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names of {@code passage} (runs of name words), each with the words right before and after
     * it: an entry is {@code before + '\0' + name + '\0' + after}, in comparison forms.
     */
    static Set<String> mentions(Passage passage) {
        Set<String> out = new HashSet<>();
        List<Word> words = passage.words();
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end < words.size() && words.get(end).content() && isName(passage, words.get(end))) {
                end++;
            }
            if (end == i) {
                i++;
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int k = i; k < end; k++) {
                name.append(k > i ? " " : "").append(words.get(k).form());
            }
            out.add(place(words, i, end, name.toString()));
            i = end;
        }
        return out;
    }

    /**
     * Whether two groups of wordings, given by their {@link #mentions}, name different people or
     * places in the same place: a name of one that the other lacks stands after the same word as a
     * name of the other that the first lacks, and neither name is the other shortened. Checked for groups as a whole, so that a wording that
     * names neither (an excerpt, an edited version) does not join them.
     */
    static boolean conflict(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> namesA = names(a);
        Set<String> namesB = names(b);
        Map<String, List<String>> placesA = new HashMap<>();
        for (String mention : a) {
            String[] parts = mention.split(SEPARATOR, -1);
            if (!namesB.contains(parts[1])) {
                placesA.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
            }
        }
        for (String mention : b) {
            String[] parts = mention.split(SEPARATOR, -1);
            if (namesA.contains(parts[1]) || !placesA.containsKey(parts[0])) {
                continue;
            }
            for (String nameA : placesA.get(parts[0])) {
                if (!sameNameShortened(nameA, parts[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one name is the other written more fully: all words of the shorter one are words of the
     * longer ("Danish" and "Danish Police" where one outlet writes "Danish police"; "Biden" and "Joe
     * Biden"), so the two are one name, not two ("Danish Police" and "Swedish Police" are two).
     */
    private static boolean sameNameShortened(String a, String b) {
        List<String> wordsA = List.of(a.split(" "));
        List<String> wordsB = List.of(b.split(" "));
        return wordsA.size() <= wordsB.size() ? wordsB.containsAll(wordsA) : wordsA.containsAll(wordsB);
    }

    private static Set<String> names(Set<String> mentions) {
        Set<String> out = new HashSet<>();
        for (String mention : mentions) {
            out.add(mention.split(SEPARATOR, -1)[1]);
        }
        return out;
    }

    private static String place(List<Word> words, int start, int end, String name) {
        String before = start == 0 ? "" : words.get(start - 1).form();
        String after = end == words.size() ? "" : words.get(end).form();
        return before + SEPARATOR + name + SEPARATOR + after;
    }

    /**
     * Where the names of {@code passage} stand that hold a word without a match: for each such run
     * of name words, the word before it.
     */
    private static Set<String> unmatchedNamePlaces(Passage passage, List<Word> content, BitSet matched) {
        Set<String> unmatchedStarts = new HashSet<>();
        for (int i = 0; i < content.size(); i++) {
            if (!matched.get(i)) {
                unmatchedStarts.add(content.get(i).start() + ":" + content.get(i).end());
            }
        }
        Set<String> out = new HashSet<>();
        List<Word> words = passage.words();
        int i = 0;
        while (i < words.size()) {
            int end = i;
            boolean unmatched = false;
            while (end < words.size() && words.get(end).content() && isName(passage, words.get(end))) {
                unmatched |= unmatchedStarts.contains(words.get(end).start() + ":" + words.get(end).end());
                end++;
            }
            if (end == i) {
                i++;
                continue;
            }
            if (unmatched) {
                out.add(i == 0 ? "" : words.get(i - 1).form());
            }
            i = end;
        }
        return out;
    }

    /** Whether {@code word} of {@code passage} is written as a proper name (see the class comment). */
    static boolean isName(Passage passage, Word word) {
        String text = passage.text();
        if (!capitalised(passage, word)) {
            return false;
        }
        for (int i = word.start() - 1; i >= passage.start(); i--) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                return false;
            }
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false; // the passage's first word
    }

    /**
     * Whether {@code word} is written like a name wherever it stands (a capital, then lower case, not a
     * month or weekday); {@link #isName} also asks that it does not open a sentence.
     */
    static boolean capitalised(Passage passage, Word word) {
        String text = passage.text();
        return word.end() - word.start() >= 2 && Character.isUpperCase(text.charAt(word.start()))
                && Character.isLowerCase(text.charAt(word.end() - 1)) && !CALENDAR.contains(word.form());
    }

    /** Whether {@code lowerCaseWord} is a month or weekday name (never a name that tells stories apart). */
    static boolean isCalendarWord(String lowerCaseWord) {
        return CALENDAR.contains(lowerCaseWord);
    }

    private static Set<String> calendar() {
        Set<String> out = new HashSet<>();
        for (Month month : Month.values()) {
            out.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            out.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
