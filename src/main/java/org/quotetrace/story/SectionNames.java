package org.quotetrace.story;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names of a stretch of text (capitalised words that do not open a sentence), and
 * whether a page section names other people and places than the story does. Another article
 * linked from the page ("Read next") is about other people and places even when it shares the
 * story's topic words; the story going on after such a link keeps naming its own.
 */
final class SectionNames {

    /** A section needs at least this many distinct names to be judged by them. */
    static final int MIN_JUDGEABLE_NAMES = 3;
    /** A section that shares less than this share of its names with the story names other things. */
    static final double MIN_SHARED_NAMES = 0.5;

    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{L}");

    private SectionNames() {
    }

    /** Adds the names of {@code text[start, end)} (words that open a sentence or a quote excluded) to {@code into}. */
    static void collect(String text, int start, int end, Set<String> into) {
        Matcher m = NAME.matcher(text).region(start, end);
        while (m.find()) {
            if (!opensSentence(text, start, m.start())) {
                into.add(m.group());
            }
        }
    }

    /** Whether the word at {@code at} opens its paragraph, a sentence or a quotation. */
    private static boolean opensSentence(String text, int paragraphStart, int at) {
        int i = at - 1;
        while (i >= paragraphStart && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < paragraphStart) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '\'') {
            // a straight mark opens a quotation when nothing but space stands before it
            return i == paragraphStart || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        }
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '“' || c == '‘' || c == '(' || c == '—' || c == '–';
    }

    /**
     * Whether a section's names are mostly unknown to the story: it has enough names to judge and
     * shares less than {@link #MIN_SHARED_NAMES} of them with the story.
     */
    static boolean mostlyForeign(Set<String> section, Set<String> story) {
        if (section.size() < MIN_JUDGEABLE_NAMES) {
            return false;
        }
        int shared = 0;
        for (String name : section) {
            if (story.contains(name)) {
                shared++;
            }
        }
        return shared < MIN_SHARED_NAMES * section.size();
    }
}
