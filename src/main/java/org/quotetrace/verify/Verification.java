package org.quotetrace.verify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The result of verifying one article: its items in text order. */
public record Verification(String articleId, List<CheckedItem> items) {

    public Verification {
        items = List.copyOf(items);
    }

    /** How many items got each verdict (every verdict present, zero counts included), in verdict order. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        items.forEach(item -> counts.merge(item.verdict(), 1, Integer::sum));
        return counts;
    }

    /** Number of items that are altered or misattributed. */
    public int problems() {
        return (int) items.stream().filter(item -> item.verdict().isProblem()).count();
    }

    /** The one-line summary: item count, the non-zero verdict counts, and the problems. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(items.size()).append(items.size() == 1 ? " item" : " items");
        String sep = ": ";
        for (Map.Entry<Verdict, Integer> entry : counts().entrySet()) {
            if (entry.getValue() > 0) {
                out.append(sep).append(entry.getValue()).append(' ').append(entry.getKey());
                sep = ", ";
            }
        }
        int problems = problems();
        out.append(problems == 0 ? " - nothing altered or misattributed"
                : " - " + problems + (problems == 1 ? " problem" : " problems") + " (altered or misattributed)");
        return out.toString();
    }
}
