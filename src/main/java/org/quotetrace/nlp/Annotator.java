package org.quotetrace.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and tokens and tags them. Not thread-safe: obtain one per thread from
 * {@link NlpModels#annotator()}.
 */
public final class Annotator {

    /**
     * Longest run of tokens tagged and lemmatised in one call. OpenNLP's beam search copies the
     * whole tag prefix at every step, so its cost grows with the square of the sentence length; a
     * "sentence" of 100,000 tokens (a megabyte without a full stop) would take hours. Longer
     * sentences are tagged window by window, which keeps the cost linear; the taggers look only a
     * few tokens either side, so real sentences (far shorter than this) are tagged exactly as before.
     */
    static final int MAX_TAG_WINDOW = 256;

    private final SentenceDetectorME sentences;
    private final CachingTokenizer tokenizer;
    private final FastPosTagger tagger;
    private final CachingLemmatizer lemmatizer;
    private final StringPool strings = new StringPool();

    Annotator(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel, LemmatizerModel lemmatizerModel) {
        this.sentences = new SentenceDetectorME(sentenceModel);
        this.tokenizer = new CachingTokenizer(tokenizerModel);
        this.tagger = FastPosTagger.of(posModel);
        this.lemmatizer = new CachingLemmatizer(lemmatizerModel);
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
        Span[] spans = sentences.sentPosDetect(line);
        int i = 0;
        while (i < spans.length) {
            int start = spans[i].getStart();
            int end = spans[i].getEnd();
            while (i + 1 < spans.length && (endsWithTitleAbbreviation(line, start, end)
                    || startsLowerCase(line, spans[i + 1].getStart()))) {
                i++;
                end = spans[i].getEnd();
            }
            out.add(tagSentence(text, lineStart + start, lineStart + end));
            i++;
        }
    }

    /** A sentence never opens with a lower-case letter: "the F.B.I. | on Friday" is one sentence. */
    private static boolean startsLowerCase(String line, int start) {
        return start < line.length() && Character.isLowerCase(line.charAt(start));
    }

    /**
     * Whether {@code line[start, end)} ends with "Mrs." or an initial ("J."), which cannot end a
     * sentence; also after a hyphenated prefix ("then-Gov.", "ex-Sen.").
     */
    private static boolean endsWithTitleAbbreviation(String line, int start, int end) {
        int wordStart = end;
        while (wordStart > start && !Character.isWhitespace(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = line.substring(wordStart, end);
        if (word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.') {
            return true;
        }
        int hyphen = word.lastIndexOf('-');
        return TitleAbbreviations.ALL.contains(word)
                || hyphen >= 0 && TitleAbbreviations.ALL.contains(word.substring(hyphen + 1)); // "then-Gov."
    }

    /** The abbreviations of {@code models/abbreviations.txt}, loaded once. */
    private static final class TitleAbbreviations {
        static final java.util.Set<String> ALL = java.util.Set.copyOf(org.quotetrace.util.ModelResources.lines("abbreviations.txt"));
    }

    private Sentence tagSentence(String text, int start, int end) {
        String sentence = text.substring(start, end);
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = strings.of(spans[i].getCoveredText(sentence).toString());
        }
        String[] tags = new String[words.length];
        String[] lemmas = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAG_WINDOW) {
            int to = Math.min(words.length, from + MAX_TAG_WINDOW);
            String[] window = java.util.Arrays.copyOfRange(words, from, to);
            String[] windowTags = tagger.tag(window);
            NameTagRepair.repair(window, windowTags);
            System.arraycopy(windowTags, 0, tags, from, window.length);
            System.arraycopy(lemmatizer.lemmatize(window, windowTags), 0, lemmas, from, window.length);
        }
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i], tags[i], strings.of(lemmas[i])));
        }
        return new Sentence(start, end, tokens);
    }
}
