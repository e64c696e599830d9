package org.quotetrace.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and tokens and tags them. Not thread-safe: obtain one per thread from
 * {@link NlpModels#annotator()}.
 */
public final class Annotator {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    Annotator(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel, LemmatizerModel lemmatizerModel) {
        this.sentences = new SentenceDetectorME(sentenceModel);
        this.tokenizer = new TokenizerME(tokenizerModel);
        this.tagger = new POSTaggerME(posModel);
        this.lemmatizer = new LemmatizerME(lemmatizerModel);
    }

    /**
     * Annotates {@code text[start, end)}; every offset in the result refers to {@code text}.
     * Sentences never cross a line break: news text puts one paragraph on a line, and a sentence
     * detector that joins a headline to the next line would blur quote boundaries.
     */
    public AnnotatedText annotate(String text, int start, int end) {
        List<Sentence> result = new ArrayList<>();
        int lineStart = start;
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (lineEnd > lineStart) {
                annotateLine(text, lineStart, lineEnd, result);
            }
            lineStart = lineEnd + 1;
        }
        return new AnnotatedText(text, result);
    }

    /** Annotates the whole text. */
    public AnnotatedText annotate(String text) {
        return annotate(text, 0, text.length());
    }

    /** Tokenizes and tags a single sentence-sized span without sentence splitting. */
    public Sentence annotateSpan(String text, int start, int end) {
        return tagSentence(text, start, end);
    }

    private void annotateLine(String text, int lineStart, int lineEnd, List<Sentence> out) {
        String line = text.substring(lineStart, lineEnd);
        if (line.isBlank()) {
            return;
        }
        for (Span span : sentences.sentPosDetect(line)) {
            out.add(tagSentence(text, lineStart + span.getStart(), lineStart + span.getEnd()));
        }
    }

    private Sentence tagSentence(String text, int start, int end) {
        String sentence = text.substring(start, end);
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i], tags[i], lemmas[i]));
        }
        return new Sentence(start, end, tokens);
    }
}
