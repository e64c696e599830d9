package org.quotetrace.linking;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Synonyms from Princeton WordNet 3.1 (extjwnl with its bundled data, loaded once from the
 * classpath). Two lemmas are synonyms when one appears in a synset among the first
 * {@value #SENSES} senses of the other, for any part of speech; rare senses are left out because
 * they make almost any two words synonyms.
 */
public final class WordNetSynonyms implements Synonyms {

    /** How many senses of each word (most frequent first) count. */
    static final int SENSES = 3;

    private static volatile WordNetSynonyms shared;

    private final Dictionary dictionary;

    private WordNetSynonyms(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The process-wide WordNet, loaded on first use. */
    public static WordNetSynonyms shared() {
        WordNetSynonyms local = shared;
        if (local == null) {
            synchronized (WordNetSynonyms.class) {
                local = shared;
                if (local == null) {
                    try {
                        local = new WordNetSynonyms(Dictionary.getDefaultResourceInstance());
                    } catch (JWNLException e) {
                        throw new IllegalStateException("cannot load WordNet: " + e.getMessage(), e);
                    }
                    shared = local;
                }
            }
        }
        return local;
    }

    @Override
    public boolean synonymous(String lemmaA, String lemmaB) {
        if (lemmaA.equals(lemmaB)) {
            return true;
        }
        Entry a = entry(lemmaA);
        Entry b = entry(lemmaB);
        return intersects(a.synonyms, b.baseForms) || intersects(b.synonyms, a.baseForms);
    }

    /**
     * The lemmas (lower case) of the first {@value #SENSES} senses of {@code lemma}'s WordNet base
     * forms, without those base forms; {@link #synonymous} holds when one word's synonyms contain
     * one of the other's {@link #baseFormsOf base forms}.
     */
    public Set<String> synonymsOf(String lemma) {
        return entry(lemma).synonyms;
    }

    /** {@code lemma} with its WordNet base forms ("created" gives "create"), lower case. */
    public Set<String> baseFormsOf(String lemma) {
        return entry(lemma).baseForms;
    }

    /**
     * The lemmas (lower case) WordNet links to the first {@value #SENSES} senses of {@code lemma}'s
     * base forms as derivationally related forms ("development" gives "develop", "investigation"
     * gives "investigate"), without those base forms. Looked up once per lemma.
     */
    public Set<String> derivationsOf(String lemma) {
        return derivations.computeIfAbsent(lemma, this::lookUpDerivations);
    }

    /** Whether one of the two lemmas is a derivationally related form ({@link #derivationsOf}) of the other. */
    @Override
    public boolean derivationallyRelated(String lemmaA, String lemmaB) {
        return intersects(derivationsOf(lemmaA), baseFormsOf(lemmaB)) || intersects(derivationsOf(lemmaB), baseFormsOf(lemmaA));
    }

    private final Map<String, Set<String>> derivations = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> broader = new ConcurrentHashMap<>();

    /**
     * Whether one lemma's first noun sense has a direct hypernym among whose words is the other's
     * base form ("technique" is a kind of "method"). Only the first sense of nouns: verbs' hypernyms
     * ("make", "change") and rarer senses would make most words kinds of one another.
     */
    @Override
    public boolean kindOf(String lemmaA, String lemmaB) {
        return intersects(broaderOf(lemmaA), baseFormsOf(lemmaB)) || intersects(broaderOf(lemmaB), baseFormsOf(lemmaA));
    }

    /** The lemmas (lower case) of the direct hypernyms of the first noun sense of {@code lemma}. */
    public Set<String> broaderOf(String lemma) {
        return broader.computeIfAbsent(lemma, this::lookUpBroader);
    }

    private Set<String> lookUpBroader(String lemma) {
        Set<String> out = new HashSet<>();
        forEachIndexWord(lemma, word -> {
            if (word.getPOS() != POS.NOUN || word.getSenses().isEmpty()) {
                return;
            }
            for (Synset sense : word.getSenses().subList(0, 1)) {
                for (Pointer pointer : sense.getPointers(PointerType.HYPERNYM)) {
                    if (pointer.getTarget() instanceof Synset target) {
                        for (net.sf.extjwnl.data.Word member : target.getWords()) {
                            out.add(member.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        });
        out.removeAll(baseFormsOf(lemma));
        return Set.copyOf(out);
    }

    private Set<String> lookUpDerivations(String lemma) {
        Set<String> out = new HashSet<>();
        forEachIndexWord(lemma, word -> {
            for (Synset sense : firstSenses(word)) {
                for (net.sf.extjwnl.data.Word member : sense.getWords()) {
                    if (!member.getLemma().equalsIgnoreCase(word.getLemma())) {
                        continue;
                    }
                    for (Pointer pointer : member.getPointers(PointerType.DERIVATION)) {
                        if (pointer.getTarget() instanceof net.sf.extjwnl.data.Word target) {
                            out.add(target.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        });
        out.removeAll(baseFormsOf(lemma));
        return Set.copyOf(out);
    }

    /** What to do with one part of speech's WordNet entry for a lemma. */
    @FunctionalInterface
    private interface IndexWordVisitor {
        void visit(IndexWord word) throws JWNLException;
    }

    /**
     * Gives {@code visitor} the WordNet entry of {@code lemma} for each part of speech that has one,
     * under the dictionary's lock (extjwnl is not thread-safe); an entry WordNet cannot read is
     * skipped, so it adds nothing.
     */
    private void forEachIndexWord(String lemma, IndexWordVisitor visitor) {
        synchronized (dictionary) {
            for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
                try {
                    IndexWord word = dictionary.lookupIndexWord(pos, lemma);
                    if (word != null) {
                        visitor.visit(word);
                    }
                } catch (JWNLException e) {
                    // an unreadable entry adds nothing; comparison falls back to equal lemmas
                }
            }
        }
    }

    /** The first {@value #SENSES} senses of {@code word}: rare senses give false synonyms. */
    private static List<Synset> firstSenses(IndexWord word) {
        List<Synset> senses = word.getSenses();
        return senses.subList(0, Math.min(SENSES, senses.size()));
    }

    private static boolean intersects(Set<String> x, Set<String> y) {
        for (String s : y) {
            if (x.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** A word's WordNet base forms ("created" gives "create") and the lemmas of their first senses. */
    private record Entry(Set<String> baseForms, Set<String> synonyms) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private Entry entry(String word) {
        return entries.computeIfAbsent(word, this::lookUpEntry);
    }

    private Entry lookUpEntry(String lemma) {
        Set<String> bases = new HashSet<>();
        bases.add(lemma);
        Set<String> out = new HashSet<>();
        forEachIndexWord(lemma, word -> {
            bases.add(word.getLemma().toLowerCase(Locale.ROOT));
            for (Synset sense : firstSenses(word)) {
                for (net.sf.extjwnl.data.Word member : sense.getWords()) {
                    out.add(member.getLemma().toLowerCase(Locale.ROOT));
                }
            }
        });
        out.removeAll(bases);
        return new Entry(Set.copyOf(bases), Set.copyOf(out));
    }
}
