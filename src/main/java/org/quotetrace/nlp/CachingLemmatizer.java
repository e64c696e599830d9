package org.quotetrace.nlp;

import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Lemmatises exactly as OpenNLP's {@link LemmatizerME} does with the same model (same beam search,
 * same lemmas), only faster. Not thread-safe: one per {@link Annotator}.
 *
 * <p>The lemmatizer's model has thousands of outcomes (edit scripts), so each step of
 * {@code BeamSearch} is dear; {@link FastBeamSearch} makes it cheap, and caches the steps: the
 * features of {@link DefaultLemmatizerContextGenerator} for token {@code i} depend only on the
 * token, its POS tag and the outcome chosen for token {@code i-1}, so a step is keyed by those
 * three. (With another context generator there is no such cache, and results stay the same.)
 */
final class CachingLemmatizer {

    /** Cached (word, tag, previous outcome) steps per lemmatizer; the oldest are dropped beyond this. */
    static final int CACHE_STEPS = 100_000;

    private final FastBeamSearch search;

    CachingLemmatizer(LemmatizerModel lemmatizerModel) {
        MaxentModel model = lemmatizerModel.getArtifact("lemmatizer.model");
        String beam = lemmatizerModel.getManifestProperty("BeamSize");
        int beamSize = beam == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        LemmatizerContextGenerator contexts = lemmatizerModel.getFactory().getContextGenerator();
        boolean known = contexts.getClass() == DefaultLemmatizerContextGenerator.class;
        this.search = new FastBeamSearch(model, beamSize, contexts, lemmatizerModel.getFactory().getSequenceValidator(),
                known ? CachingLemmatizer::step : null, CACHE_STEPS);
    }

    /** The lemmas of {@code words} tagged {@code tags}, as {@link LemmatizerME#lemmatize(String[], String[])} gives them. */
    String[] lemmatize(String[] words, String[] tags) {
        return LemmatizerME.decodeLemmas(words, search.bestOutcomes(words, new Object[] {tags}));
    }

    private static Object step(int i, String[] words, String[] priorOutcomes, Object[] additional) {
        String[] tags = (String[]) additional[0];
        return new Step(words[i], tags[i], i == 0 ? null : priorOutcomes[i - 1]);
    }

    /** One step of the search: the token, its tag and the outcome before it ({@code null} at the start). */
    private record Step(String word, String tag, String previousOutcome) {
    }
}
