package org.quotetrace.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.quotetrace.linking.Synonyms;

/**
 * WordNet synonyms looked up at build time for every content lemma of the stored wordings, so
 * {@code verify} compares without loading WordNet (which costs seconds at start-up). The test is
 * {@link org.quotetrace.linking.WordNetSynonyms}'s: two lemmas are synonyms when the synonyms of
 * one contain a base form of the other. A lemma that only the new article uses has no stored
 * entry (its base forms are taken to be itself, its synonyms none), so a pair with it counts only
 * when the stored lemma's synonyms contain it.
 */
public final class StoredSynonyms implements Synonyms {

    private final Function<String, Set<String>> synonyms;
    private final Function<String, Set<String>> baseForms;

    /**
     * Synonyms from {@code synonyms} (lemma to the lemmas of its first senses) and
     * {@code baseForms} (lemma to itself and its WordNet base forms, where those differ).
     */
    public StoredSynonyms(Map<String, ? extends java.util.Collection<String>> synonyms,
                          Map<String, ? extends java.util.Collection<String>> baseForms) {
        Map<String, Set<String>> synonymTable = copy(synonyms);
        Map<String, Set<String>> baseTable = copy(baseForms);
        this.synonyms = synonymTable::get;
        this.baseForms = baseTable::get;
    }

    /**
     * Synonyms looked up on demand: {@code synonyms} and {@code baseForms} give a lemma's stored
     * entry, or null when it has none (so a large table need not be loaded as a whole).
     */
    StoredSynonyms(Function<String, Set<String>> synonyms, Function<String, Set<String>> baseForms) {
        this.synonyms = synonyms;
        this.baseForms = baseForms;
    }

    /** The synonyms of a {@link VerifyIndex}. */
    public static StoredSynonyms of(VerifyIndex index) {
        return new StoredSynonyms(index.synonyms(), index.baseForms());
    }

    private static Map<String, Set<String>> copy(Map<String, ? extends java.util.Collection<String>> table) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        table.forEach((lemma, set) -> out.put(lemma, Set.copyOf(set)));
        return out;
    }

    /**
     * Looks up every lemma in {@code lemmas} with {@code lookUp}, sorted; lemmas whose result is
     * empty, or is {@code {lemma}} itself when {@code skipSelf}, are left out.
     */
    static Map<String, List<String>> table(Set<String> lemmas, java.util.function.Function<String, Set<String>> lookUp,
                                           boolean skipSelf) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String lemma : new TreeSet<>(lemmas)) {
            Set<String> found = lookUp.apply(lemma);
            if (!found.isEmpty() && !(skipSelf && found.equals(Set.of(lemma)))) {
                out.put(lemma, List.copyOf(new TreeSet<>(found)));
            }
        }
        return out;
    }

    @Override
    public boolean synonymous(String lemmaA, String lemmaB) {
        if (lemmaA.equals(lemmaB)) {
            return true;
        }
        return intersects(synonymsOf(lemmaA), bases(lemmaB)) || intersects(synonymsOf(lemmaB), bases(lemmaA));
    }

    private Set<String> synonymsOf(String lemma) {
        Set<String> stored = synonyms.apply(lemma);
        return stored == null ? Set.of() : stored;
    }

    private Set<String> bases(String lemma) {
        Set<String> stored = baseForms.apply(lemma);
        return stored == null ? Set.of(lemma) : stored;
    }

    private static boolean intersects(Set<String> x, Set<String> y) {
        for (String s : y) {
            if (x.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
