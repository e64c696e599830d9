package org.quotetrace.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Tokenizes exactly as OpenNLP's {@link TokenizerME} does with the same model, with a cache. Not
 * thread-safe: one per {@link Annotator}.
 *
 * <p>{@link TokenizerME} first splits at white space and then decides, character by character,
 * where to split each white-space-delimited chunk ({@code "said,"}, {@code "“We"}); that decision
 * looks only at the chunk. So the splits of a chunk are computed once (by {@link TokenizerME} on
 * the chunk alone) and cached: news text repeats the same chunks over and over.
 */
final class CachingTokenizer {

    /** Cached chunks per tokenizer; the oldest are dropped beyond this. */
    static final int CACHE_CHUNKS = 100_000;


    private final TokenizerME tokenizer;
    private final Map<String, Span[]> chunks = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Span[]> eldest) {
            return size() > CACHE_CHUNKS;
        }
    };

    CachingTokenizer(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    /** The token spans of {@code sentence}, as {@link TokenizerME#tokenizePos(String)} gives them. */
    Span[] tokenizePos(String sentence) {
        List<Span> tokens = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            int start = chunk.getStart();
            if (chunk.length() < 2) {
                tokens.add(chunk);
                continue;
            }
            for (Span split : chunks.computeIfAbsent(sentence.substring(start, chunk.getEnd()), tokenizer::tokenizePos)) {
                tokens.add(new Span(start + split.getStart(), start + split.getEnd()));
            }
        }
        return tokens.toArray(new Span[0]);
    }
}
