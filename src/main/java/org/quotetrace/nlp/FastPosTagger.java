package org.quotetrace.nlp;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tags exactly as OpenNLP's {@link POSTaggerME} does with the same model, only faster: the beam
 * search runs through {@link FastBeamSearch}. OpenNLP's POS context generator computes the features
 * of a position once and gives them to every sequence of the beam, so each position needs one
 * model evaluation instead of one per sequence. Not thread-safe: one per {@link Annotator}.
 */
final class FastPosTagger {

    /** What {@code BeamSearch} passes to the context generator when the tagger is given no extra context. */
    private static final Object[] NO_CONTEXT = new Object[0];

    private final FastBeamSearch search;
    private final POSTaggerME fallback;

    private FastPosTagger(FastBeamSearch search, POSTaggerME fallback) {
        this.search = search;
        this.fallback = fallback;
    }

    /**
     * A tagger for {@code model}. Models that are not a maximum-entropy model tagging Universal
     * Dependencies tags (which {@link POSTaggerME} would convert) are tagged by {@link POSTaggerME} itself.
     */
    static FastPosTagger of(POSModel model) {
        Object maxent = model.getArtifact("pos.model");
        if (!(model.getPosSequenceModel() instanceof BeamSearch) || !(maxent instanceof MaxentModel)
                || POSTagFormatMapper.guessFormat(model) != POSTagFormat.UD) {
            return new FastPosTagger(null, new POSTaggerME(model));
        }
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        POSTaggerFactory factory = model.getFactory();
        return new FastPosTagger(new FastBeamSearch((MaxentModel) maxent, beamSize, factory.getPOSContextGenerator(beamSize),
                factory.getSequenceValidator(), null, 0), null);
    }

    /** The tags of {@code words}, as {@link POSTaggerME#tag(String[])} gives them. */
    String[] tag(String[] words) {
        return search == null ? fallback.tag(words) : search.bestOutcomes(words, NO_CONTEXT);
    }
}
