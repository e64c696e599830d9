package org.quotetrace.story;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.util.ModelResources;

/**
 * The topic words of a stretch of text (words of five letters or more that are not function
 * words, lower case), and how much of one section's topic vocabulary another shares. Used to tell
 * the story from unrelated articles appended to the same page.
 */
final class TopicVocabulary {

    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    private final Set<String> functionWords;

    TopicVocabulary(Set<String> functionWords) {
        this.functionWords = Set.copyOf(functionWords);
    }

    static TopicVocabulary standard() {
        Set<String> words = new HashSet<>();
        for (String line : ModelResources.lines("function-words.txt")) {
            words.add(line.toLowerCase(Locale.ROOT));
        }
        return new TopicVocabulary(words);
    }

    /** Adds the topic words of {@code text[start, end)} to {@code into}. */
    void collect(String text, int start, int end, Set<String> into) {
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!functionWords.contains(word)) {
                into.add(stem(word));
            }
        }
    }

    /**
     * How much two vocabularies share: the shared words over the size of the smaller one, so that a
     * long section is not judged against a short lead alone; 0 when either is empty.
     */
    static double overlap(Set<String> section, Set<String> story) {
        if (section.isEmpty() || story.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : section) {
            if (story.contains(w)) {
                shared++;
            }
        }
        return shared / (double) Math.min(section.size(), story.size());
    }

    /** A crude plural/verb-ending stem so that "arrests" and "arrested" meet "arrest". */
    private static String stem(String w) {
        if (w.endsWith("ies") && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
