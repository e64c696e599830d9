package org.quotetrace.linking;

import java.util.List;

/** The one-machine candidate generation: an in-memory {@link TermIndex} over all passages, one query per passage. */
public final class TermIndexCandidates implements CandidateFinder {

    @Override
    public void find(List<Passage> passages, int limit, int maxPostings, Sink sink) {
        TermIndex index = new TermIndex(maxPostings);
        for (Passage passage : passages) {
            index.add(passage.id(), TermIndex.terms(passage.words()));
        }
        for (Passage passage : passages) {
            int minShared = CandidateFinder.minShared(passage);
            if (minShared > 0) {
                sink.accept(passage.id(), index.query(TermIndex.terms(passage.words()), limit, minShared));
            }
        }
    }
}
