package org.quotetrace.linking;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Acronyms and the words they abbreviate ("CSAM" and "child sexual abuse material"): one outlet
 * writes the acronym, another spells it out, and a reader takes both for the same words. An
 * acronym is a word of {@value #MIN_LETTERS} to {@value #MAX_LETTERS} capital letters (a plural
 * "s" allowed); two-letter ones ("AI", "EU", "US") are left out, since too many phrases have those
 * initials. It is spelled out by consecutive content words, separated by at most a space or
 * hyphen, whose comparison forms start with its letters in order.
 */
final class AcronymMatch {

    static final int MIN_LETTERS = 3;
    static final int MAX_LETTERS = 6;

    private AcronymMatch() {
    }

    /** The lower-case letters of {@code word} as written in {@code text} when it is an acronym, else null. */
    static String letters(String text, Word word) {
        String surface = text.substring(word.start(), word.end());
        String letters = surface.length() > MIN_LETTERS && surface.endsWith("s") ? surface.substring(0, surface.length() - 1) : surface;
        if (letters.length() < MIN_LETTERS || letters.length() > MAX_LETTERS
                || !letters.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return null;
        }
        return letters.toLowerCase(Locale.ROOT);
    }

    /**
     * The position in {@code content} of the first run of words not in {@code used} that spells
     * {@code letters} out, or -1.
     */
    static int spelledOut(String letters, List<Word> content, BitSet used) {
        for (int start = 0; start + letters.length() <= content.size(); start++) {
            boolean spelled = true;
            for (int k = 0; k < letters.length() && spelled; k++) {
                Word word = content.get(start + k);
                spelled = !used.get(start + k) && !word.form().isEmpty() && word.form().charAt(0) == letters.charAt(k)
                        && (k == 0 || word.start() - content.get(start + k - 1).end() <= 1);
            }
            if (spelled) {
                return start;
            }
        }
        return -1;
    }

    /**
     * {@code words} with every acronym in brackets that spells out the content words just before it
     * ("child sexual abuse material (CSAM)") made a non-content word: it repeats them, and counting
     * both would make the passage seem to say more than it does.
     */
    static List<Word> withoutRepeatedAcronyms(String text, List<Word> words) {
        List<Word> out = new java.util.ArrayList<>(words);
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String letters = word.bracketed() && word.content() ? letters(text, word) : null;
            if (letters == null || i < letters.length()) {
                continue;
            }
            List<Word> before = words.subList(i - letters.length(), i);
            if (before.stream().allMatch(w -> w.content() && !w.bracketed())
                    && spelledOut(letters, before, new BitSet()) == 0) {
                out.set(i, new Word(word.form(), word.lemma(), false, true, word.start(), word.end()));
            }
        }
        return out;
    }

    /**
     * The acronyms a passage defines itself ("child sexual abuse material (CSAM) is still CSAM"): for
     * each, the positions among the passage's content words of its spelled-out words and of every
     * later use of the acronym. The passage names one thing with all of them.
     */
    static List<BitSet> ownAcronyms(String text, List<Word> words) {
        List<BitSet> out = new java.util.ArrayList<>();
        int[] contentIndex = new int[words.size()];
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            contentIndex[i] = words.get(i).content() ? count++ : -1;
        }
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String letters = word.bracketed() ? letters(text, word) : null;
            if (letters == null || i < letters.length()) {
                continue;
            }
            List<Word> before = words.subList(i - letters.length(), i);
            if (!before.stream().allMatch(w -> w.content() && !w.bracketed())
                    || spelledOut(letters, before, new BitSet()) != 0) {
                continue;
            }
            BitSet concept = new BitSet();
            for (int k = i - letters.length(); k < i; k++) {
                concept.set(contentIndex[k]);
            }
            for (int k = i + 1; k < words.size(); k++) {
                if (contentIndex[k] >= 0 && letters.equals(letters(text, words.get(k)))) {
                    concept.set(contentIndex[k]);
                }
            }
            out.add(concept);
        }
        return out;
    }
}
