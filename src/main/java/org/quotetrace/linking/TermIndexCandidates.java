package org.quotetrace.linking;

import java.util.List;

/**
 * The one-machine candidate generation: an in-memory {@link TermIndex} over all passages, one query
 * per passage. Queries run on a few threads (the index is read-only once built); the sink hears
 * the passages in id order whatever the number of threads.
 */
public final class TermIndexCandidates implements CandidateFinder {

    /** Passages whose queries run together before their results go to the sink (bounds what is held). */
    private static final int BLOCK = 16384;

    private final int threads;

    /** Queries on one thread. */
    public TermIndexCandidates() {
        this(1);
    }

    /** Queries on {@code threads} threads. */
    public TermIndexCandidates(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public void find(List<Passage> passages, int limit, int maxPostings, Sink sink) {
        TermIndex index = new TermIndex(maxPostings);
        for (Passage passage : passages) {
            index.add(passage.id(), TermIndex.terms(passage.words()));
        }
        for (int from = 0; from < passages.size(); from += BLOCK) {
            List<Passage> block = passages.subList(from, Math.min(passages.size(), from + BLOCK));
            List<List<Integer>> ranked = ParallelWork.map(block.size(), threads, i -> {
                Passage passage = block.get(i);
                int minShared = CandidateFinder.minShared(passage);
                return minShared > 0 ? index.query(TermIndex.terms(passage.words()), limit, minShared) : null;
            });
            for (int i = 0; i < block.size(); i++) {
                if (ranked.get(i) != null) {
                    sink.accept(block.get(i).id(), ranked.get(i));
                }
            }
        }
    }
}
