package org.quotetrace.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out one shared {@link String} per distinct value, so the millions of tokens of a large
 * corpus (which the build keeps until it writes the stored analyses) share their word and lemma
 * strings instead of each holding a copy. Bounded: past {@link #LIMIT} distinct values new ones are
 * returned as given. Not thread-safe: one per {@link Annotator}.
 */
final class StringPool {

    /** Most distinct values pooled (a corpus's vocabulary of forms and lemmas is far smaller). */
    static final int LIMIT = 300_000;

    private final Map<String, String> pool = new HashMap<>();

    /** The pooled string equal to {@code value}. */
    String of(String value) {
        String known = pool.get(value);
        if (known != null) {
            return known;
        }
        if (pool.size() < LIMIT) {
            pool.put(value, value);
        }
        return value;
    }
}
