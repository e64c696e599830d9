package org.quotetrace.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quotetrace.linking.Synonyms;

/**
 * WordNet synonyms looked up at build time for every content lemma of the stored wordings, so
 * {@code verify} compares without loading WordNet (which costs seconds at start-up). Two lemmas
 * are synonyms when either appears in the other's stored set; a lemma that only the new article
 * uses has no stored set, so a pair counts only when the stored lemma's own first senses contain
 * the new one.
 */
public final class StoredSynonyms implements Synonyms {

    private final Map<String, Set<String>> table;

    /** Synonyms from {@code table}: lemma to the lemmas sharing one of its first senses. */
    public StoredSynonyms(Map<String, ? extends java.util.Collection<String>> table) {
        Map<String, Set<String>> copy = new java.util.HashMap<>();
        table.forEach((lemma, set) -> copy.put(lemma, Set.copyOf(set)));
        this.table = copy;
    }

    /** Looks up the synonyms of every lemma in {@code lemmas} with {@code lookUp}; lemmas without any are left out. */
    static Map<String, List<String>> table(Set<String> lemmas, java.util.function.Function<String, Set<String>> lookUp) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String lemma : new TreeSet<>(lemmas)) {
            Set<String> synonyms = lookUp.apply(lemma);
            if (!synonyms.isEmpty()) {
                out.put(lemma, List.copyOf(new TreeSet<>(synonyms)));
            }
        }
        return out;
    }

    @Override
    public boolean synonymous(String lemmaA, String lemmaB) {
        if (lemmaA.equals(lemmaB)) {
            return true;
        }
        return table.getOrDefault(lemmaA, Set.of()).contains(lemmaB) || table.getOrDefault(lemmaB, Set.of()).contains(lemmaA);
    }
}
