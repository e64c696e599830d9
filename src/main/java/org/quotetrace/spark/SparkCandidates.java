package org.quotetrace.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
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
 * dropped (a term too common to find candidates with), else it is shipped, weighted
 * {@code log(1 + N / postings)}, once to each partition that ranks a passage on it that asks for
 * candidates (passage {@code id} is ranked in partition {@code id mod partitions}), together with
 * one small query record per such passage ({@link Shipment});</li>
 * <li>each partition ranks its passages from the lists it received: taken in the order of the
 * passage's own terms, each list adds its weight to every passage on it (as the index's query
 * does, so the floating-point sums are the same); the sums are divided by the square root of the
 * candidate's term count, and the best {@code limit} candidates with enough shared terms are kept,
 * ties by id.</li>
 * </ol>
 *
 * The shuffle moves every posting once as a query and each list once per partition that needs it:
 * at most (postings x partitions), where sending each list to each passage on it would move the
 * sum over terms of postings squared (1.5 GB of int arrays held at once in the ranking tasks of the
 * 10k synthetic corpus).
 *
 * Nothing is broadcast: the term lists go out once from the driver, which holds the passages for
 * the rest of linking anyway, and only each passage's short candidate list comes back, one
 * partition at a time.
 */
public final class SparkCandidates implements CandidateFinder {

    private final transient JavaSparkContext spark;
    private final int partitions;
    private long nanos;

    /** Candidate generation on {@code spark}, shuffling into {@code partitions} partitions. */
    public SparkCandidates(JavaSparkContext spark, int partitions) {
        this.spark = spark;
        this.partitions = Math.max(1, partitions);
    }

    /** Time spent in {@link #find} so far, in seconds. */
    public double seconds() {
        return nanos / 1e9;
    }

    @Override
    public void find(List<Passage> passages, int limit, int maxPostings, Sink sink) {
        long started = System.nanoTime();
        List<PassageTerms> terms = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            terms.add(new PassageTerms(passage.id(), TermIndex.terms(passage.words()).toArray(String[]::new),
                    CandidateFinder.minShared(passage)));
        }
        // ranked in parallel and kept on disk, then fetched one partition at a time: the driver never
        // holds every passage's list at once besides the linker's own neighbour lists
        JavaPairRDD<Integer, int[]> ranked = candidates(spark.parallelize(terms, partitions), passages.size(),
                limit, maxPostings, partitions).persist(StorageLevel.DISK_ONLY());
        try {
            ranked.count();
            ranked.toLocalIterator().forEachRemaining(
                    entry -> sink.accept(entry._1(), Arrays.stream(entry._2()).boxed().toList()));
        } finally {
            // blocking, as SparkBuild.run removes its blocks: nothing is left in flight when the context stops
            ranked.unpersist(true);
        }
        nanos += System.nanoTime() - started;
    }

    /** The ranked candidates of every passage of {@code passages} that asks for some; {@code size} is N. */
    static JavaPairRDD<Integer, int[]> candidates(JavaRDD<PassageTerms> passages, long size, int limit, int maxPostings,
                                                  int partitions) {
        JavaPairRDD<String, Posting> postings = passages.flatMapToPair(SparkCandidates::postings);
        return postings.groupByKey(partitions)
                .flatMapToPair(term -> ship(term._1(), term._2(), size, maxPostings, partitions))
                .partitionBy(new HashPartitioner(partitions))
                .mapPartitionsToPair(part -> rankPartition(part, limit));
    }

    private static Iterator<Tuple2<String, Posting>> postings(PassageTerms passage) {
        List<Tuple2<String, Posting>> out = new ArrayList<>(passage.terms.length);
        for (int i = 0; i < passage.terms.length; i++) {
            out.add(new Tuple2<>(passage.terms[i], new Posting(passage.id, i, passage.terms.length, passage.minShared)));
        }
        return out.iterator();
    }

    /**
     * One term's posting list, shipped once to every partition that ranks a passage on it (a passage
     * is ranked in partition {@code id mod partitions}), with one small query record per asking
     * passage; nothing when the term is too common. The shuffle thus moves each list once per
     * partition, not once per passage on it.
     */
    private static Iterator<Tuple2<Integer, Shipment>> ship(String term, Iterable<Posting> list, long size,
                                                             int maxPostings, int partitions) {
        List<Posting> postings = new ArrayList<>();
        list.forEach(postings::add);
        if (postings.size() > maxPostings) {
            return java.util.Collections.emptyIterator();
        }
        postings.sort((x, y) -> Integer.compare(x.passage, y.passage));
        int[] ids = new int[postings.size()];
        int[] terms = new int[postings.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = postings.get(i).passage;
            terms[i] = postings.get(i).terms;
        }
        Shipment shipped = Shipment.list(term, TermIndex.weight(size, postings.size()), ids, terms);
        List<Tuple2<Integer, Shipment>> out = new ArrayList<>();
        java.util.BitSet targets = new java.util.BitSet(partitions);
        for (Posting q : postings) {
            if (q.minShared > 0) {
                int target = q.passage % partitions;
                out.add(new Tuple2<>(target, Shipment.query(term, q.passage, q.position, q.minShared)));
                if (!targets.get(target)) {
                    targets.set(target);
                    out.add(new Tuple2<>(target, shipped));
                }
            }
        }
        return out.iterator();
    }

    /** Ranks the passages of one partition from the posting lists and queries shipped to it. */
    private static Iterator<Tuple2<Integer, int[]>> rankPartition(Iterator<Tuple2<Integer, Shipment>> shipped, int limit) {
        Map<String, Shipment> lists = new HashMap<>();
        Map<Integer, List<Shipment>> queries = new HashMap<>();
        while (shipped.hasNext()) {
            Shipment s = shipped.next()._2();
            if (s.passages != null) {
                lists.put(s.term, s);
            } else {
                queries.computeIfAbsent(s.passage, k -> new ArrayList<>()).add(s);
            }
        }
        List<Tuple2<Integer, int[]>> out = new ArrayList<>(queries.size());
        for (Map.Entry<Integer, List<Shipment>> passage : queries.entrySet()) {
            List<TermList> own = new ArrayList<>(passage.getValue().size());
            for (Shipment q : passage.getValue()) {
                Shipment list = lists.get(q.term);
                own.add(new TermList(q.position, q.minShared, list.weight, list.passages, list.terms));
            }
            out.add(new Tuple2<>(passage.getKey(), rank(own, limit)));
        }
        return out.iterator();
    }

    /**
     * The best {@code limit} candidates of one passage from the posting lists of its terms, as
     * {@link TermIndex#query} ranks them: the lists taken in the order of the passage's terms, each
     * adding its weight to every passage on it; at least {@code minShared} terms shared; the sum
     * divided by the square root of the candidate's term count; best first, ties by id.
     */
    static int[] rank(Iterable<TermList> all, int limit) {
        List<TermList> lists = new ArrayList<>();
        all.forEach(lists::add);
        lists.sort((x, y) -> Integer.compare(x.position, y.position));
        Map<Integer, double[]> scores = new HashMap<>();
        for (TermList list : lists) {
            for (int i = 0; i < list.passages.length; i++) {
                double[] score = scores.computeIfAbsent(list.passages[i], k -> new double[3]);
                score[0] += list.weight;
                score[1] += 1;
                score[2] = list.terms[i];
            }
        }
        int minShared = lists.isEmpty() ? 1 : lists.get(0).minShared;
        List<double[]> ranked = new ArrayList<>();
        for (Map.Entry<Integer, double[]> entry : scores.entrySet()) {
            double[] score = entry.getValue();
            if (score[1] >= minShared) {
                ranked.add(new double[] {score[0] / Math.sqrt(score[2]), entry.getKey()});
            }
        }
        ranked.sort((x, y) -> {
            int byScore = Double.compare(y[0], x[0]);
            return byScore != 0 ? byScore : Double.compare(x[1], y[1]);
        });
        int[] out = new int[Math.min(limit, ranked.size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) ranked.get(i)[1];
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

    /**
     * What goes to the partition that ranks a passage: a term's posting list with its weight
     * ({@code passages} set), or a query: passage {@code passage} has the term at {@code position}
     * among its terms and needs {@code minShared} shared terms.
     */
    static final class Shipment implements Serializable {
        private static final long serialVersionUID = 1L;
        String term;
        int passage;
        int position;
        int minShared;
        double weight;
        int[] passages;
        int[] terms;

        Shipment() {
        }

        static Shipment list(String term, double weight, int[] passages, int[] terms) {
            Shipment s = new Shipment();
            s.term = term;
            s.passage = -1;
            s.weight = weight;
            s.passages = passages;
            s.terms = terms;
            return s;
        }

        static Shipment query(String term, int passage, int position, int minShared) {
            Shipment s = new Shipment();
            s.term = term;
            s.passage = passage;
            s.position = position;
            s.minShared = minShared;
            return s;
        }
    }

    /** A term's posting list as one asking passage sees it: the term's position among its terms, the weight, the list. */
    static final class TermList implements Serializable {
        private static final long serialVersionUID = 1L;
        int position;
        int minShared;
        double weight;
        int[] passages;
        int[] terms;

        TermList() {
        }

        TermList(int position, int minShared, double weight, int[] passages, int[] terms) {
            this.position = position;
            this.minShared = minShared;
            this.weight = weight;
            this.passages = passages;
            this.terms = terms;
        }
    }
}
