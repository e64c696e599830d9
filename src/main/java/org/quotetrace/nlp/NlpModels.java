package org.quotetrace.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        // the largest model (POS, about half of the loading work) loads on another thread while this
        // one loads the other three: loading is most of a one-article command's start-up (verify, extract)
        CompletableFuture<POSModel> pos = CompletableFuture.supplyAsync(() -> load(() -> new POSModel(open(POS))),
                NlpModels::startLoader);
        sentenceModel = load(() -> new SentenceModel(open(SENTENCE)));
        tokenizerModel = load(() -> new TokenizerModel(open(TOKENS)));
        lemmatizerModel = load(() -> new LemmatizerModel(open(LEMMAS)));
        try {
            posModel = pos.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
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

    /** Runs {@code task} on a thread of its own (not a shared pool, whose only worker may be the caller). */
    private static void startLoader(Runnable task) {
        Thread thread = new Thread(task, "nlp-model-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Something that reads a model. */
    private interface ModelLoader<T> {
        T load() throws IOException;
    }

    private static <T> T load(ModelLoader<T> loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("OpenNLP model " + resource + " not on the classpath");
        }
        return in;
    }
}
