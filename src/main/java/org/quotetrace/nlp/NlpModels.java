package org.quotetrace.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Holds the OpenNLP English UD models (sentence detector, tokenizer, POS tagger, lemmatizer),
 * loaded once from the {@code opennlp-models-*-en} jars on the classpath. The models are
 * thread-safe; the ME classes that use them are not, so each thread gets its own
 * {@link Annotator} through {@link #annotator()}.
 */
public final class NlpModels {

    private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile NlpModels shared;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final ThreadLocal<Annotator> annotators;

    private NlpModels() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCE));
            tokenizerModel = new TokenizerModel(open(TOKENS));
            posModel = new POSModel(open(POS));
            lemmatizerModel = new LemmatizerModel(open(LEMMAS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        }
        annotators = ThreadLocal.withInitial(() -> new Annotator(sentenceModel, tokenizerModel, posModel, lemmatizerModel));
    }

    /** The process-wide models, loaded on first use. */
    public static NlpModels shared() {
        NlpModels local = shared;
        if (local == null) {
            synchronized (NlpModels.class) {
                local = shared;
                if (local == null) {
                    local = new NlpModels();
                    shared = local;
                }
            }
        }
        return local;
    }

    /** The calling thread's annotator. */
    public Annotator annotator() {
        return annotators.get();
    }

    /** The tokenizer model, for tests that compare with OpenNLP's own tools. */
    TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    /** The POS model, for tests that compare with OpenNLP's own tools. */
    POSModel posModel() {
        return posModel;
    }

    /** The lemmatizer model, for tests that compare with OpenNLP's own tools. */
    LemmatizerModel lemmatizerModel() {
        return lemmatizerModel;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("OpenNLP model " + resource + " not on the classpath");
        }
        return in;
    }
}
