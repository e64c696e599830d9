package org.quotetrace.linking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotetrace.util.ModelResources;

/**
 * Compares words the way a reader compares two wordings of one sentence: case, accents,
 * typography and British/American spelling ({@code models/spelling-variants.txt}) do not count.
 * Only for comparison: article text is never changed.
 */
public final class WordForms {

    private static volatile WordForms standard;

    /** Most distinct words whose normal forms are remembered (a corpus's vocabulary is far smaller). */
    static final int MEMO_WORDS = 500_000;

    private final List<String[]> suffixRules;
    private final Map<String, String> wordRules;
    /** Normal forms already computed: saves the Unicode normalisation and shares one string per form. */
    private final Map<String, String> memo = new java.util.concurrent.ConcurrentHashMap<>();

    /** Forms with the given suffix rules ({suffix, replacement}, longest first) and word rules. */
    public WordForms(List<String[]> suffixRules, Map<String, String> wordRules) {
        List<String[]> sorted = new ArrayList<>(suffixRules);
        sorted.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        this.suffixRules = List.copyOf(sorted);
        this.wordRules = Map.copyOf(wordRules);
    }

    /** The forms from {@code models/spelling-variants.txt}, loaded once. */
    public static WordForms standard() {
        WordForms local = standard;
        if (local == null) {
            synchronized (WordForms.class) {
                local = standard;
                if (local == null) {
                    List<String[]> suffixes = new ArrayList<>();
                    Map<String, String> words = new HashMap<>();
                    for (String line : ModelResources.lines("spelling-variants.txt")) {
                        String[] fields = line.split("\t");
                        if (fields.length == 3 && fields[0].equals("suffix")) {
                            suffixes.add(new String[] {fields[1], fields[2]});
                        } else if (fields.length == 3 && fields[0].equals("word")) {
                            words.put(fields[1], fields[2]);
                        }
                    }
                    local = new WordForms(suffixes, words);
                    standard = local;
                }
            }
        }
        return local;
    }

    /** The comparison form of one word: lower case, no accents, American spelling. */
    public String normalize(String word) {
        String known = memo.get(word);
        if (known != null) {
            return known;
        }
        String normal = computeNormal(word);
        if (memo.size() < MEMO_WORDS) {
            String shared = memo.putIfAbsent(word, normal);
            return shared != null ? shared : normal;
        }
        return normal;
    }

    private String computeNormal(String word) {
        String lower = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String mapped = wordRules.get(lower);
        if (mapped != null) {
            return mapped;
        }
        if (lower.length() >= 6) {
            for (String[] rule : suffixRules) {
                if (lower.endsWith(rule[0])) {
                    return lower.substring(0, lower.length() - rule[0].length()) + rule[1];
                }
            }
        }
        return lower;
    }
}
