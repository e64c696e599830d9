package org.quotetrace.nlp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@code BeamSearch} ({@code bestSequence}), step for step, with cheaper steps; the
 * result is identical. Not thread-safe.
 *
 * <p>{@code BeamSearch} evaluates the model for every sequence in the beam at every position and
 * sorts a copy of all outcome scores only to find the beam-size-th best. Here:
 * <ul>
 * <li>the outcomes a sequence can be extended with (those scoring at least the beam-size-th best,
 *     ties included, in outcome order) are found in one pass over the scores;</li>
 * <li>when the context of a step equals the previous context asked for at the same position, the
 *     candidates are reused (OpenNLP's POS context generator caches the features of a position, so
 *     all sequences of the beam see the same context there);</li>
 * <li>optionally, a {@link StepKey} names what a step's context depends on, and the candidates
 *     are cached across calls under that key (bounded, oldest dropped first), so the context
 *     strings are not even built for a step seen before.</li>
 * </ul>
 * The beam is a {@link PriorityQueue} ordered and filled as in {@code BeamSearch}, with the same
 * scores (OpenNLP's {@code Sequence} arithmetic), so ties break the same way.
 */
final class FastBeamSearch {

    /** What the context of step {@code i} depends on, as a cache key; the key must determine the context. */
    interface StepKey {
        Object of(int i, String[] sequence, String[] priorOutcomes, Object[] additionalContext);
    }

    /** Sequences scoring at or below this are dropped, as in {@code BeamSearch}. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final MaxentModel model;
    private final int beamSize;
    private final BeamSearchContextGenerator<String> contexts;
    private final SequenceValidator<String> validator;
    private final StepKey stepKey;
    private final double[] probabilities;
    private final Map<Object, Candidates> cache;
    private int lastStep = -1;
    private String[] lastContext;
    private Candidates lastCandidates;

    /**
     * @param stepKey    names a step for the cross-call cache, or {@code null} for no such cache
     * @param cacheSteps most steps kept in that cache
     */
    FastBeamSearch(MaxentModel model, int beamSize, BeamSearchContextGenerator<String> contexts,
                   SequenceValidator<String> validator, StepKey stepKey, int cacheSteps) {
        this.model = model;
        this.beamSize = beamSize;
        this.contexts = contexts;
        this.validator = validator;
        this.stepKey = stepKey;
        this.probabilities = new double[model.getNumOutcomes()];
        this.cache = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Candidates> eldest) {
                return size() > cacheSteps;
            }
        };
    }

    /** The outcomes of the best sequence for {@code sequence}, as {@code BeamSearch.bestSequence(...).getOutcomes()}. */
    String[] bestOutcomes(String[] sequence, Object[] additionalContext) {
        lastStep = -1;
        lastContext = null;
        Queue<Path> previous = new PriorityQueue<>(beamSize, Path.BEST_FIRST);
        Queue<Path> next = new PriorityQueue<>(beamSize, Path.BEST_FIRST);
        previous.add(new Path(new String[0], 0));
        for (int i = 0; i < sequence.length; i++) {
            int kept = Math.min(beamSize, previous.size());
            for (int s = 0; !previous.isEmpty() && s < kept; s++) {
                Path top = previous.remove();
                Candidates candidates = candidates(i, sequence, top.outcomes, additionalContext);
                for (int c = 0; c < candidates.outcomes.length; c++) {
                    extend(next, top, i, sequence, model.getOutcome(candidates.outcomes[c]), candidates.logScores[c]);
                }
                if (next.isEmpty()) {
                    double[] scores = model.eval(contexts.getContext(i, sequence, top.outcomes, additionalContext), probabilities);
                    for (int p = 0; p < scores.length; p++) {
                        extend(next, top, i, sequence, model.getOutcome(p), StrictMath.log(scores[p]));
                    }
                }
            }
            previous.clear();
            Queue<Path> swap = previous;
            previous = next;
            next = swap;
        }
        return previous.isEmpty() ? new String[0] : previous.remove().outcomes;
    }

    /** Adds {@code top} extended by {@code outcome} to {@code next}, as {@code BeamSearch} does. */
    private void extend(Queue<Path> next, Path top, int i, String[] sequence, String outcome, double logScore) {
        if (validator.validSequence(i, sequence, top.outcomes, outcome)) {
            // the same sum as OpenNLP's Sequence: parent score + StrictMath.log(probability)
            double score = top.score + logScore;
            if (score > MIN_SEQUENCE_SCORE) {
                String[] outcomes = Arrays.copyOf(top.outcomes, top.outcomes.length + 1);
                outcomes[top.outcomes.length] = outcome;
                next.add(new Path(outcomes, score));
            }
        }
    }

    /**
     * A sequence of the beam: its outcomes so far and its score (sum of log probabilities), ordered
     * best first like OpenNLP's {@code Sequence}, which it replaces without the boxed lists.
     */
    private record Path(String[] outcomes, double score) {
        static final Comparator<Path> BEST_FIRST = (a, b) -> Double.compare(b.score, a.score);
    }

    /** The outcomes {@code BeamSearch} would extend a sequence with at step {@code i}. */
    private Candidates candidates(int i, String[] sequence, String[] outcomes, Object[] additionalContext) {
        Object key = stepKey == null ? null : stepKey.of(i, sequence, outcomes, additionalContext);
        if (key != null) {
            Candidates cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        String[] context = contexts.getContext(i, sequence, outcomes, additionalContext);
        Candidates candidates;
        if (i == lastStep && Arrays.equals(context, lastContext)) {
            candidates = lastCandidates;
        } else {
            double[] scores = model.eval(context, probabilities);
            candidates = Candidates.atLeast(scores, kthLargest(scores, beamSize));
            lastStep = i;
            lastContext = context.clone();
            lastCandidates = candidates;
        }
        if (key != null) {
            cache.put(key, candidates);
        }
        return candidates;
    }

    /**
     * The {@code k}-th largest of {@code values} counting duplicates, i.e. {@code sorted[length - k]}
     * of an ascending copy (the smallest value when there are fewer than {@code k}).
     */
    static double kthLargest(double[] values, int k) {
        int n = Math.min(k, values.length);
        double[] top = new double[n];
        int filled = 0;
        for (double value : values) {
            if (filled < n) {
                int j = filled++;
                while (j > 0 && Double.compare(top[j - 1], value) > 0) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = value;
            } else if (Double.compare(value, top[0]) > 0) {
                int j = 0;
                while (j + 1 < n && Double.compare(top[j + 1], value) < 0) {
                    top[j] = top[j + 1];
                    j++;
                }
                top[j] = value;
            }
        }
        return top[0];
    }

    /** Outcome indices (ascending) with the logarithms of their probabilities ({@link StrictMath#log}, as OpenNLP). */
    private record Candidates(int[] outcomes, double[] logScores) {
        static Candidates atLeast(double[] scores, double min) {
            int count = 0;
            for (double score : scores) {
                if (score >= min) {
                    count++;
                }
            }
            int[] outcomes = new int[count];
            double[] kept = new double[count];
            int j = 0;
            for (int p = 0; p < scores.length; p++) {
                if (scores[p] >= min) {
                    outcomes[j] = p;
                    kept[j++] = StrictMath.log(scores[p]);
                }
            }
            return new Candidates(outcomes, kept);
        }
    }
}
