package org.quotetrace.linking;

import java.util.BitSet;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A sentence-sized piece of an article that the linker compares with others: one sentence of a
 * quote (a quote of three sentences gives three passages), or a sentence outside every quote
 * ("free" text, the candidates for unattributed reuse). A bullet list with its lead-in line is
 * one passage.
 *
 * @param id        position in the linker's passage list
 * @param articleId the article
 * @param text      the article's whole text (shared, never copied)
 * @param start     offset of the passage in the article
 * @param end       end offset (exclusive)
 * @param source    where the passage comes from
 * @param row       index of the ledger row the passage belongs to, or -1 for free text
 * @param words     the words, in text order
 * @param attributed for free text: the sentence names a source itself (a speech verb such as "said",
 *                   "announced", or "according to"), so it is a quote the quote stage missed, not reuse
 */
public record Passage(int id, String articleId, String text, int start, int end, Source source, int row,
                      List<Word> words, boolean attributed) {

    /** Where a passage comes from. */
    public enum Source {
        /** A sentence of a direct quote. */
        DIRECT,
        /** A sentence of reported speech. */
        INDIRECT,
        /** A sentence outside every quote. */
        FREE
    }

    public Passage {
        words = List.copyOf(words);
    }

    /** Whether the passage is part of a quote (direct or indirect). */
    public boolean isQuote() {
        return source != Source.FREE;
    }

    /** The comparison forms of all words. */
    public List<String> forms() {
        return words.stream().map(Word::form).toList();
    }

    /** The content words. */
    public List<Word> contentWords() {
        return words.stream().filter(Word::content).toList();
    }

    /**
     * The share of the content words, each weighted by {@code rarity} of its lemma, that {@code covered}
     * holds (bit i is content word i); 0 when the passage has no weight.
     */
    public double weightedShare(BitSet covered, ToDoubleFunction<String> rarity) {
        List<Word> content = contentWords();
        double total = 0;
        double held = 0;
        for (int i = 0; i < content.size(); i++) {
            double weight = rarity.applyAsDouble(content.get(i).lemma());
            total += weight;
            held += covered.get(i) ? weight : 0;
        }
        return total == 0 ? 0 : held / total;
    }

    /** Whether this passage and {@code other} are in the same article and overlap. */
    public boolean overlaps(Passage other) {
        return articleId.equals(other.articleId) && start < other.end && other.start < end;
    }

    /** The passage's text as written. */
    public String surface() {
        return text.substring(start, end);
    }
}
