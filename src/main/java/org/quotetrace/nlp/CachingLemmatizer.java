package org.quotetrace.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Lemmatises exactly as OpenNLP's {@link LemmatizerME} does with the same model (same beam search,
 * same lemmas), only faster. Not thread-safe: one per {@link Annotator}.
 *
 * <p>Why it is faster: the lemmatizer's maximum-entropy model has thousands of outcomes (edit
 * scripts), and for every token and every sequence in the beam OpenNLP's {@code BeamSearch}
 * evaluates the whole distribution and sorts a copy of it only to find the beam-size-th best
 * score. That was most of the CPU time of a build. Here the beam-size best outcomes are picked in
 * one pass, and they are cached: the lemmatizer's features for token {@code i} depend only on the
 * token, its POS tag and the outcome chosen for token {@code i-1}
 * ({@code DefaultLemmatizerContextGenerator}), so the candidates for one (word, tag, previous
 * outcome) are always the same. The beam itself (a {@link PriorityQueue} of OpenNLP
 * {@link Sequence}s filled in the same order) is run as {@code BeamSearch} runs it, so ties break
 * the same way and the result is identical; a test compares both on varied text.
 */
final class CachingLemmatizer {

    /** Sequences scoring at or below this are dropped, as in {@code BeamSearch}. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    /** Cached (word, tag, previous outcome) steps per lemmatizer; the oldest are dropped beyond this. */
    static final int CACHE_ENTRIES = 100_000;

    private final MaxentModel model;
    private final int beamSize;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] probabilities;
    private final Map<Step, Candidates> cache = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Step, Candidates> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    CachingLemmatizer(LemmatizerModel lemmatizerModel) {
        this.model = lemmatizerModel.getArtifact("lemmatizer.model");
        String beam = lemmatizerModel.getManifestProperty("BeamSize");
        this.beamSize = beam == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.contexts = lemmatizerModel.getFactory().getContextGenerator();
        this.validator = lemmatizerModel.getFactory().getSequenceValidator();
        this.probabilities = new double[model.getNumOutcomes()];
    }

    /** The lemmas of {@code words} tagged {@code tags}, as {@link LemmatizerME#lemmatize(String[], String[])} gives them. */
    String[] lemmatize(String[] words, String[] tags) {
        return LemmatizerME.decodeLemmas(words, bestEditScripts(words, tags));
    }

    /** {@code BeamSearch.bestSequence} for the lemmatizer, with the per-step candidates cached. */
    private String[] bestEditScripts(String[] words, String[] tags) {
        Queue<Sequence> previous = new PriorityQueue<>(beamSize);
        Queue<Sequence> next = new PriorityQueue<>(beamSize);
        previous.add(new Sequence());
        Object[] additional = {tags};
        for (int i = 0; i < words.length; i++) {
            int kept = Math.min(beamSize, previous.size());
            for (int s = 0; !previous.isEmpty() && s < kept; s++) {
                Sequence top = previous.remove();
                String[] outcomes = top.getOutcomes().toArray(new String[0]);
                Candidates candidates = candidates(i, words, tags, outcomes, additional);
                for (int c = 0; c < candidates.outcomes.length; c++) {
                    String outcome = model.getOutcome(candidates.outcomes[c]);
                    if (validator.validSequence(i, words, outcomes, outcome)) {
                        Sequence extended = new Sequence(top, outcome, candidates.scores[c]);
                        if (extended.getScore() > MIN_SEQUENCE_SCORE) {
                            next.add(extended);
                        }
                    }
                }
                if (next.isEmpty()) {
                    double[] scores = model.eval(contexts.getContext(i, words, outcomes, additional), probabilities);
                    for (int p = 0; p < scores.length; p++) {
                        String outcome = model.getOutcome(p);
                        if (validator.validSequence(i, words, outcomes, outcome)) {
                            Sequence extended = new Sequence(top, outcome, scores[p]);
                            if (extended.getScore() > MIN_SEQUENCE_SCORE) {
                                next.add(extended);
                            }
                        }
                    }
                }
            }
            previous.clear();
            Queue<Sequence> swap = previous;
            previous = next;
            next = swap;
        }
        if (previous.isEmpty()) {
            return new String[0];
        }
        List<String> best = previous.remove().getOutcomes();
        return best.toArray(new String[0]);
    }

    /** The outcomes {@code BeamSearch} would extend a sequence with at step {@code i}: scores at least the beam-size-th best. */
    private Candidates candidates(int i, String[] words, String[] tags, String[] outcomes, Object[] additional) {
        Step step = new Step(words[i], tags[i], i == 0 ? null : outcomes[i - 1]);
        Candidates cached = cache.get(step);
        if (cached == null) {
            double[] scores = model.eval(contexts.getContext(i, words, outcomes, additional), probabilities);
            cached = Candidates.atLeast(scores, kthLargest(scores, beamSize));
            cache.put(step, cached);
        }
        return cached;
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

    /** One step of the search: the token, its tag and the outcome before it ({@code null} at the start). */
    private record Step(String word, String tag, String previousOutcome) {
    }

    /** Outcome indices (ascending) with their probabilities. */
    private record Candidates(int[] outcomes, double[] scores) {
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
                    kept[j++] = scores[p];
                }
            }
            return new Candidates(outcomes, kept);
        }
    }
}
