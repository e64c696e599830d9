package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrace.util.ModelResources;

/**
 * Reads the figures a passage states ("273 suspects identified", "twenty-five people arrested") and
 * tells whether two passages state the same figure about the same thing: the same value with a
 * word of the same lemma (or stem) near it on both sides ("25 suspects arrested" ~ "the arrest of
 * 25 people"). Outlets that retell a list of results restate its figures in their own words; the
 * figure and the word it counts are what survives the rewording.
 *
 * <p>Digits ("1,500" is one figure) and number words ({@code models/figure-words.txt}) count; years
 * (four digits from 1900 to 2100) and numbers next to a capitalised month name (dates) do not.
 */
public final class Figures {

    /** Content words looked at on each side of a figure for the word it counts. */
    static final int CONTEXT = 3;
    /** Lemmas of at least this length that agree on this many first letters share a stem. */
    static final int STEM = 6;

    /**
     * One figure of a passage.
     *
     * @param value the number
     * @param first index in the passage's words of the figure's first word
     * @param last  index of its last word ("twenty-five" takes two words)
     */
    public record Figure(long value, int first, int last) {
    }

    private final Map<String, Integer> numberWords;
    private final Set<String> months;

    public Figures(Map<String, Integer> numberWords, Set<String> months) {
        this.numberWords = Map.copyOf(numberWords);
        this.months = Set.copyOf(months);
    }

    /** The number words and month names of {@code models/figure-words.txt}. */
    public static Figures standard() {
        Map<String, Integer> numbers = new HashMap<>();
        Set<String> months = new HashSet<>();
        for (String line : ModelResources.lines("figure-words.txt")) {
            String[] fields = line.split("\t");
            if (fields[1].equals("-")) {
                months.add(fields[0]);
            } else {
                numbers.put(fields[0], Integer.parseInt(fields[1]));
            }
        }
        return new Figures(numbers, months);
    }

    /** The figures of {@code p}, in text order. */
    public List<Figure> of(Passage p) {
        List<Word> words = p.words();
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String form = word.form();
            long value;
            int last = i;
            if (isDigits(form)) {
                value = Long.parseLong(form.length() > 15 ? form.substring(0, 15) : form);
                // "1,500": a group of three digits after a comma continues the number
                while (last + 1 < words.size() && words.get(last + 1).form().length() == 3 && isDigits(words.get(last + 1).form())
                        && p.text().substring(words.get(last).end(), words.get(last + 1).start()).equals(",") && value < 1_000_000_000L) {
                    last++;
                    value = value * 1000 + Long.parseLong(words.get(last).form());
                }
                if (last == i && form.length() == 4 && value >= 1900 && value <= 2100) {
                    continue; // a year
                }
            } else if (numberWords.containsKey(form)) {
                value = numberWords.get(form);
                if (value >= 20 && value % 10 == 0 && last + 1 < words.size()) {
                    Integer unit = numberWords.get(words.get(last + 1).form());
                    String between = p.text().substring(word.end(), words.get(last + 1).start());
                    if (unit != null && unit < 10 && (between.equals("-") || between.equals(" "))) {
                        last++;
                        value += unit;
                    }
                }
            } else {
                continue;
            }
            if (!nextToMonth(p, i - 1) && !nextToMonth(p, last + 1)) {
                out.add(new Figure(value, i, last));
            }
            i = last;
        }
        return out;
    }

    /**
     * How many of {@code a}'s figures {@code b} states about the same thing ({@link #sameFigure}).
     */
    public int shared(Passage a, List<Figure> figuresA, Passage b, List<Figure> figuresB) {
        int count = 0;
        for (Figure x : figuresA) {
            for (Figure y : figuresB) {
                if (x.value() == y.value() && sameFigure(a, x, b, y)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /**
     * Whether figure x of a and figure y of b count the same thing: a content word within
     * {@value #CONTEXT} content words of x (on its line) and one near y share a lemma or a stem.
     */
    boolean sameFigure(Passage a, Figure x, Passage b, Figure y) {
        List<String> near = context(a, x);
        for (String lemma : context(b, y)) {
            for (String other : near) {
                if (lemma.equals(other) || lemma.length() >= STEM && other.length() >= STEM && lemma.regionMatches(0, other, 0, STEM)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lemmas of the content words around figure f, not crossing a line break (a list's bullets are apart). */
    private List<String> context(Passage p, Figure f) {
        List<Word> words = p.words();
        List<String> out = new ArrayList<>();
        int found = 0;
        for (int i = f.first() - 1; i >= 0 && found < CONTEXT && !lineBreak(p, i, i + 1); i--) {
            if (counts(words.get(i))) {
                out.add(words.get(i).lemma());
                found++;
            }
        }
        found = 0;
        for (int i = f.last() + 1; i < words.size() && found < CONTEXT && !lineBreak(p, i - 1, i); i++) {
            if (counts(words.get(i))) {
                out.add(words.get(i).lemma());
                found++;
            }
        }
        return out;
    }

    private boolean counts(Word word) {
        return word.content() && !isDigits(word.form()) && !numberWords.containsKey(word.form());
    }

    private static boolean lineBreak(Passage p, int before, int after) {
        return p.text().substring(p.words().get(before).end(), p.words().get(after).start()).indexOf('\n') >= 0;
    }

    private boolean nextToMonth(Passage p, int index) {
        if (index < 0 || index >= p.words().size()) {
            return false;
        }
        Word word = p.words().get(index);
        return months.contains(word.form()) && Character.isUpperCase(p.text().charAt(word.start()));
    }

    private static boolean isDigits(String form) {
        if (form.isEmpty()) {
            return false;
        }
        for (int i = 0; i < form.length(); i++) {
            if (form.charAt(i) < '0' || form.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
