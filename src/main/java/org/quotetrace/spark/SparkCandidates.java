package org.quotetrace.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.quotetrace.linking.CandidateFinder;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.TermIndex;
import scala.Tuple2;

/**
 * The linker's candidate generation as a Spark shuffle, giving exactly the lists of the in-memory
 * {@link TermIndex} ({@link org.quotetrace.linking.TermIndexCandidates}):
 *
 * <ol>
 * <li>each passage emits {@code (term, posting)} for its index terms ({@link TermIndex#terms});</li>
 * <li>grouping by term gives each term's posting list; a list longer than {@code maxPostings} is
 * dropped (a term too common to find candidates with), else every passage on it that asks for
 * candidates gets a {@link Hit} for every passage on it, weighted {@code log(1 + N / postings)};</li>
 * <li>grouping by passage gives all its hits; per candidate the weights are summed in the order of
 * the passage's own terms (as the index does, so the floating-point sums are the same), divided by
 * the square root of the candidate's term count, and the best {@code limit} candidates with enough
 * shared terms are kept, ties by id.</li>
 * </ol>
 *
 * Nothing is broadcast: the term lists go out once from the driver, which holds the passages for
 * the rest of linking anyway, and only each passage's short candidate list comes back.
 */
public final class SparkCandidates implements CandidateFinder {

    private final transient JavaSparkContext spark;
    private final int partitions;

    /** Candidate generation on {@code spark}, shuffling into {@code partitions} partitions. */
    public SparkCandidates(JavaSparkContext spark, int partitions) {
        this.spark = spark;
        this.partitions = Math.max(1, partitions);
    }

    @Override
    public void find(List<Passage> passages, int limit, int maxPostings, Sink sink) {
        List<PassageTerms> terms = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            terms.add(new PassageTerms(passage.id(), TermIndex.terms(passage.words()).toArray(String[]::new),
                    CandidateFinder.minShared(passage)));
        }
        List<Tuple2<Integer, int[]>> ranked = candidates(spark.parallelize(terms, partitions), passages.size(),
                limit, maxPostings, partitions).collect();
        for (Tuple2<Integer, int[]> entry : ranked) {
            sink.accept(entry._1(), Arrays.stream(entry._2()).boxed().toList());
        }
    }

    /** The ranked candidates of every passage of {@code passages} that asks for some; {@code size} is N. */
    static JavaPairRDD<Integer, int[]> candidates(JavaRDD<PassageTerms> passages, long size, int limit, int maxPostings,
                                                  int partitions) {
        JavaPairRDD<String, Posting> postings = passages.flatMapToPair(SparkCandidates::postings);
        JavaPairRDD<Integer, Hit> hits = postings.groupByKey(partitions)
                .flatMapToPair(term -> hits(term._2(), size, maxPostings));
        return hits.groupByKey(partitions).mapToPair(query -> new Tuple2<>(query._1(), rank(query._2(), limit)));
    }

    private static Iterator<Tuple2<String, Posting>> postings(PassageTerms passage) {
        List<Tuple2<String, Posting>> out = new ArrayList<>(passage.terms.length);
        for (int i = 0; i < passage.terms.length; i++) {
            out.add(new Tuple2<>(passage.terms[i], new Posting(passage.id, i, passage.terms.length, passage.minShared)));
        }
        return out.iterator();
    }

    /** Every (asking passage, candidate) pair of one posting list, lazily: a list of p passages gives p x p hits. */
    private static Iterator<Tuple2<Integer, Hit>> hits(Iterable<Posting> list, long size, int maxPostings) {
        List<Posting> postings = new ArrayList<>();
        list.forEach(postings::add);
        if (postings.size() > maxPostings) {
            return java.util.Collections.emptyIterator();
        }
        double weight = Math.log(1 + (double) size / postings.size());
        return new Iterator<>() {
            private int query = next(0);
            private int candidate;

            private int next(int from) {
                int q = from;
                while (q < postings.size() && postings.get(q).minShared == 0) {
                    q++;
                }
                return q;
            }

            @Override
            public boolean hasNext() {
                return query < postings.size();
            }

            @Override
            public Tuple2<Integer, Hit> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Posting q = postings.get(query);
                Posting c = postings.get(candidate);
                Tuple2<Integer, Hit> hit = new Tuple2<>(q.passage, new Hit(c.passage, q.position, c.terms, q.minShared, weight));
                if (++candidate == postings.size()) {
                    candidate = 0;
                    query = next(query + 1);
                }
                return hit;
            }
        };
    }

    /**
     * The best {@code limit} candidates of one passage from all its hits, as {@link TermIndex#query}
     * ranks them: per candidate the weights summed in the order of the asking passage's terms, at
     * least {@code minShared} terms shared, the sum divided by the square root of the candidate's
     * term count; best first, ties by id.
     */
    static int[] rank(Iterable<Hit> all, int limit) {
        List<Hit> hits = new ArrayList<>();
        all.forEach(hits::add);
        hits.sort((x, y) -> x.candidate != y.candidate ? Integer.compare(x.candidate, y.candidate)
                : Integer.compare(x.position, y.position));
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < hits.size(); ) {
            Hit first = hits.get(i);
            double score = 0;
            int shared = 0;
            int j = i;
            for (; j < hits.size() && hits.get(j).candidate == first.candidate; j++) {
                score += hits.get(j).weight;
                shared++;
            }
            if (shared >= first.minShared) {
                scored.add(new double[] {score / Math.sqrt(first.candidateTerms), first.candidate});
            }
            i = j;
        }
        scored.sort((x, y) -> {
            int byScore = Double.compare(y[0], x[0]);
            return byScore != 0 ? byScore : Double.compare(x[1], y[1]);
        });
        int[] out = new int[Math.min(limit, scored.size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) scored.get(i)[1];
        }
        return out;
    }

    /** What candidate generation needs of a passage: its id, index terms in order, and how many a candidate must share. */
    static final class PassageTerms implements Serializable {
        private static final long serialVersionUID = 1L;
        final int id;
        final String[] terms;
        final int minShared;

        PassageTerms(int id, String[] terms, int minShared) {
            this.id = id;
            this.terms = terms;
            this.minShared = minShared;
        }
    }

    /** A passage on a term's posting list: the passage, the term's position among its terms, its term count. */
    static final class Posting implements Serializable {
        private static final long serialVersionUID = 1L;
        int passage;
        int position;
        int terms;
        int minShared;

        Posting() {
        }

        Posting(int passage, int position, int terms, int minShared) {
            this.passage = passage;
            this.position = position;
            this.terms = terms;
            this.minShared = minShared;
        }
    }

    /** One shared term of an asking passage and a candidate: its position among the asker's terms and its weight. */
    static final class Hit implements Serializable {
        private static final long serialVersionUID = 1L;
        int candidate;
        int position;
        int candidateTerms;
        int minShared;
        double weight;

        Hit() {
        }

        Hit(int candidate, int position, int candidateTerms, int minShared, double weight) {
            this.candidate = candidate;
            this.position = position;
            this.candidateTerms = candidateTerms;
            this.minShared = minShared;
            this.weight = weight;
        }
    }
}
