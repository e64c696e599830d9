package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate generation aware of stories ({@link StoryContext}). It keeps a pair of passages from
 * articles sharing no story only on strong evidence, a run of at least {@value #STRONG_RUN} words
 * the two passages share word for word: without this, a short excerpt that names nothing ("and I
 * am sorry it has taken three months") or an idiom in scare quotes is a candidate of, and then
 * grouped with, the same words in every unrelated story of a large archive, and the number of such
 * false links grows with the square of the archive. And it fills what is left of each passage's
 * list (up to the wrapped finder's limit) with the best candidates among the passages of its own
 * article and of the articles that share its story, ranked like {@link TermIndex#query}: in a large
 * archive the corpus-wide ranking may fill the list with look-alikes from other stories and miss
 * the versions in the passage's own story. The wrapped finder (in memory or distributed) is
 * otherwise used as it is, so both give the same lists here.
 */
public final class StoryContextCandidates implements CandidateFinder {

    /** Passages of unrelated stories are compared only when they share a verbatim run of this many words. */
    static final int STRONG_RUN = 12;

    /** Passages whose same-story searches run together (bounds what is held before the sink hears them). */
    private static final int BLOCK = 4096;

    private final CandidateFinder inner;
    private final StoryContext.Body body;
    private final int threads;

    /** Filters what {@code inner} finds; story context is read from the whole text of each article. */
    public StoryContextCandidates(CandidateFinder inner) {
        this(inner, (article, offset) -> true, 1);
    }

    /**
     * Filters what {@code inner} finds; story context is read from the parts of each article
     * {@code body} accepts; same-story searches run on {@code threads} threads (the result is the same).
     */
    public StoryContextCandidates(CandidateFinder inner, StoryContext.Body body, int threads) {
        this.inner = inner;
        this.body = body;
        this.threads = Math.max(1, threads);
    }

    @Override
    public void find(List<Passage> passages, int limit, int maxPostings, Sink sink) {
        StoryContext context = StoryContext.of(passages, body);
        SameStorySearch sameStory = new SameStorySearch(passages, context);
        List<Integer> ids = new ArrayList<>();
        List<List<Integer>> kept = new ArrayList<>();
        inner.find(passages, limit, maxPostings, (id, ranked) -> {
            Passage passage = passages.get(id);
            List<Integer> related = new ArrayList<>(ranked.size());
            for (int other : ranked) {
                Passage candidate = passages.get(other);
                if (context.related(passage, candidate) || strong(passage, candidate)) {
                    related.add(other);
                }
            }
            ids.add(id);
            kept.add(related);
            if (ids.size() == BLOCK) {
                complete(passages, sameStory, ids, kept, limit, sink);
            }
        });
        complete(passages, sameStory, ids, kept, limit, sink);
    }

    /**
     * Fills each passage's list of {@code kept} candidates up to {@code limit} with what the story
     * offers (searched on the threads, one article's passages together), tells {@code sink}, and
     * empties both lists.
     */
    private void complete(List<Passage> passages, SameStorySearch sameStory, List<Integer> ids,
                          List<List<Integer>> kept, int limit, Sink sink) {
        // runs of passages of one article, searched together
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String article = passages.get(ids.get(i)).articleId();
            if (runs.isEmpty() || !passages.get(ids.get(runs.get(runs.size() - 1)[0])).articleId().equals(article)) {
                runs.add(new int[] {i, i + 1});
            } else {
                runs.get(runs.size() - 1)[1] = i + 1;
            }
        }
        List<List<List<Integer>>> found = ParallelWork.map(runs.size(), threads, r -> {
            int[] run = runs.get(r);
            Map<String, List<Integer>> index = sameStory.indexFor(passages.get(ids.get(run[0])).articleId());
            List<List<Integer>> out = new ArrayList<>();
            for (int i = run[0]; i < run[1]; i++) {
                out.add(kept.get(i).size() < limit ? sameStory.candidates(passages.get(ids.get(i)), index, limit) : List.of());
            }
            return out;
        });
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            for (int i = run[0]; i < run[1]; i++) {
                Set<Integer> all = new LinkedHashSet<>(kept.get(i));
                for (int other : found.get(r).get(i - run[0])) {
                    if (all.size() >= limit) {
                        break;
                    }
                    all.add(other);
                }
                sink.accept(ids.get(i), new ArrayList<>(all));
            }
        }
        ids.clear();
        kept.clear();
    }

    /**
     * The candidates a passage finds among the passages of its own article and of the articles that
     * share its story ({@link StoryContext#relatedArticles}), ranked like {@link TermIndex#query}
     * (shared terms weighted by rarity in the whole corpus, over the square root of the candidate's
     * number of terms, ties by id). In a large archive the corpus-wide index may fill a passage's
     * candidate list with look-alikes from other stories; these are the ones the story itself offers.
     */
    private static final class SameStorySearch {
        private final List<Passage> passages;
        private final StoryContext context;
        private final Map<String, Integer> documentFrequency = new HashMap<>();
        private final Map<Integer, List<Integer>> passagesOf = new HashMap<>();
        /** Each passage's number of distinct terms, the length the ranking divides by. */
        private final int[] termCount;

        SameStorySearch(List<Passage> passages, StoryContext context) {
            this.passages = passages;
            this.context = context;
            this.termCount = new int[passages.size()];
            for (Passage passage : passages) {
                Set<String> terms = TermIndex.terms(passage.words());
                termCount[passage.id()] = terms.size();
                for (String term : terms) {
                    documentFrequency.merge(term, 1, Integer::sum);
                }
                passagesOf.computeIfAbsent(context.article(passage.articleId()), k -> new ArrayList<>()).add(passage.id());
            }
        }

        /** The best {@code limit} candidates of {@code passage} in {@code index} ({@link #indexFor} its article). */
        List<Integer> candidates(Passage passage, Map<String, List<Integer>> index, int limit) {
            int minShared = CandidateFinder.minShared(passage);
            if (minShared == 0 || index.isEmpty()) {
                return List.of();
            }
            Map<Integer, double[]> scores = new HashMap<>();
            for (String term : TermIndex.terms(passage.words())) {
                List<Integer> ids = index.get(term);
                if (ids == null) {
                    continue;
                }
                double weight = TermIndex.weight(passages.size(), documentFrequency.get(term));
                for (int id : ids) {
                    double[] score = scores.computeIfAbsent(id, k -> new double[2]);
                    score[0] += weight;
                    score[1]++;
                }
            }
            List<double[]> ranked = new ArrayList<>();
            scores.forEach((id, score) -> {
                Passage other = passages.get(id);
                if (score[1] >= minShared && id != passage.id() && !passage.overlaps(other)) {
                    ranked.add(new double[] {id, score[0] / Math.sqrt(Math.max(1, termCount[id]))});
                }
            });
            ranked.sort((x, y) -> x[1] != y[1] ? Double.compare(y[1], x[1]) : Double.compare(x[0], y[0]));
            List<Integer> out = new ArrayList<>(Math.min(limit, ranked.size()));
            for (int i = 0; i < ranked.size() && i < limit; i++) {
                out.add((int) ranked.get(i)[0]);
            }
            return out;
        }

        /** The terms of the passages of article {@code articleId} and its related articles, each with its passage ids. */
        Map<String, List<Integer>> indexFor(String articleId) {
            int article = context.article(articleId);
            Map<String, List<Integer>> index = new HashMap<>();
            if (article < 0) {
                return index;
            }
            addPassages(article, index);
            for (int other : context.relatedArticles(article)) {
                addPassages(other, index);
            }
            return index;
        }

        private void addPassages(int article, Map<String, List<Integer>> index) {
            for (int id : passagesOf.getOrDefault(article, List.of())) {
                for (String term : TermIndex.terms(passages.get(id).words())) {
                    index.computeIfAbsent(term, k -> new ArrayList<>()).add(id);
                }
            }
        }
    }

    /** Whether {@code a} and {@code b} share a run of {@value #STRONG_RUN} words in the same order. */
    static boolean strong(Passage a, Passage b) {
        return a.words().size() >= STRONG_RUN && b.words().size() >= STRONG_RUN
                && PassageComparer.longestRun(a.forms(), b.forms()) >= STRONG_RUN;
    }
}
