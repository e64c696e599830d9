package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.nlp.Sentence;
import org.quotetrace.nlp.Token;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.quotes.CueLexicon;

/**
 * Cuts an article into the passages the linker compares: each quote row into its sentences, and
 * every body sentence outside all quotes into a free passage. Words come from the article text
 * at their offsets; lemma and part of speech from the tokens the nlp stage already made.
 */
public final class PassageBuilder {

    /** Free sentences shorter than this (in words) are page furniture or headlines, not statements. */
    static final int MIN_FREE_WORDS = 6;
    /** A sentence piece of a multi-sentence quote shorter than this is a tail, not a statement. */
    static final int MIN_SEGMENT_WORDS = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM");
    private static final String BULLETS = "•·▪‣◦-*–—";

    private final WordForms forms;
    private final SourceNaming sourceNaming;

    public PassageBuilder(WordForms forms, CueLexicon cues) {
        this.forms = forms;
        this.sourceNaming = new SourceNaming(cues);
    }

    /**
     * Appends the passages of one article to {@code out}; {@code rowIndices} are the positions in
     * {@code rows} of this article's rows.
     */
    public void build(ArticleAnalysis analysis, List<LedgerRow> rows, List<Integer> rowIndices, List<Passage> out) {
        String text = analysis.article().text();
        String articleId = analysis.article().id();
        TreeMap<Integer, Token> tokens = new TreeMap<>();
        for (Token token : analysis.extracted().annotated().tokens()) {
            tokens.put(token.start(), token);
        }
        List<int[]> sentences = sentenceSpans(text, analysis.extracted().annotated().sentences());
        for (int index : rowIndices) {
            LedgerRow row = rows.get(index);
            if (row.kind().equals("reuse")) {
                continue;
            }
            Passage.Source source = row.kind().equals("direct") ? Passage.Source.DIRECT : Passage.Source.INDIRECT;
            List<int[]> pieces = new ArrayList<>();
            for (int[] sentence : sentences) {
                int start = Math.max(sentence[0], row.charStart());
                int end = Math.min(sentence[1], row.charEnd());
                if (start < end) {
                    pieces.add(new int[] {start, end});
                }
            }
            if (pieces.isEmpty()) {
                pieces.add(new int[] {row.charStart(), row.charEnd()});
            }
            for (int[] piece : pieces) {
                List<Word> words = words(text, piece[0], piece[1], tokens);
                if (words.isEmpty() || pieces.size() > 1 && words.size() < MIN_SEGMENT_WORDS) {
                    continue;
                }
                out.add(new Passage(out.size(), articleId, text, piece[0], piece[1], source, index, words, true));
            }
        }
        for (int[] sentence : sentences) {
            if (!analysis.extracted().layout().inBody(sentence[0]) || insideAnyQuote(sentence, rows, rowIndices)) {
                continue;
            }
            List<Word> words = words(text, sentence[0], sentence[1], tokens);
            if (words.size() >= MIN_FREE_WORDS && (endsSentence(text, sentence[1]) || sentence[2] == 1)) {
                out.add(new Passage(out.size(), articleId, text, sentence[0], sentence[1], Passage.Source.FREE, -1, words,
                        namesSource(text, sentence, tokens)));
            }
        }
    }

    /** Whether the sentence names a source for its words ({@link SourceNaming}). */
    private boolean namesSource(String text, int[] sentence, TreeMap<Integer, Token> tokens) {
        return sourceNaming.namesSource(text, sentence[0], sentence[1],
                List.copyOf(tokens.subMap(sentence[0], sentence[1]).values()));
    }

    private static boolean insideAnyQuote(int[] sentence, List<LedgerRow> rows, List<Integer> rowIndices) {
        for (int index : rowIndices) {
            LedgerRow row = rows.get(index);
            if (row.charStart() < sentence[1] && sentence[0] < row.charEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sentence spans {start, end, isList} in text order, with a lead-in line ending in a colon joined
     * to the bullet lines after it (isList 1).
     */
    static List<int[]> sentenceSpans(String text, List<Sentence> sentences) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            int start = sentence.start();
            int end = trimEnd(text, start, sentence.end());
            int list = 0;
            if (end > start && text.charAt(end - 1) == ':') {
                int listEnd = bulletListEnd(text, end);
                if (listEnd > end) {
                    end = listEnd;
                    list = 1;
                    while (i + 1 < sentences.size() && sentences.get(i + 1).start() < end) {
                        i++;
                    }
                }
            }
            spans.add(new int[] {start, end, list});
        }
        return spans;
    }

    /**
     * Whether the text before {@code end} closes a sentence (a full stop, question or exclamation
     * mark, ellipsis, possibly followed by closing quotation marks or brackets): headlines, captions
     * and cut-off lines do not, and are no candidates for reuse.
     */
    static boolean endsSentence(String text, int end) {
        int i = end - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether passage p is a bullet list with its lead-in line ({@link #sentenceSpans}), not a sentence. */
    static boolean isList(Passage p) {
        String surface = p.surface();
        int newline = surface.indexOf('\n');
        if (newline < 0) {
            return false;
        }
        for (String line : surface.substring(newline + 1).split("\n")) {
            String stripped = line.strip();
            if (stripped.length() > 1 && BULLETS.indexOf(stripped.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[start, end)} opens and closes with quotation marks: a quote, whatever the quote stage saw. */
    static boolean wrappedInQuotes(String text, int start, int end) {
        String quotes = "\"'“”‘’«»";
        return end - start > 2 && quotes.indexOf(text.charAt(start)) >= 0 && quotes.indexOf(text.charAt(end - 1)) >= 0;
    }

    /** The end of the bullet lines that follow {@code from}, or {@code from} when none do. */
    private static int bulletListEnd(String text, int from) {
        int end = from;
        int lineStart = text.indexOf('\n', from);
        while (lineStart >= 0 && lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart + 1);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart + 1, lineEnd).strip();
            if (line.isEmpty()) {
                if (end > from) {
                    // a blank line after bullets ends the list; blank lines before the first bullet are allowed
                    break;
                }
            } else if (BULLETS.indexOf(line.charAt(0)) >= 0 && line.length() > 1) {
                end = trimEnd(text, lineStart + 1, lineEnd);
            } else {
                break;
            }
            lineStart = lineEnd;
        }
        return end;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The words of {@code text[start, end)}. */
    List<Word> words(String text, int start, int end, TreeMap<Integer, Token> tokens) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text).region(start, end);
        int depth = 0;
        int scanned = start;
        while (matcher.find()) {
            for (; scanned < matcher.start(); scanned++) {
                char c = text.charAt(scanned);
                if (c == '(' || c == '[') {
                    depth++;
                } else if ((c == ')' || c == ']') && depth > 0) {
                    depth--;
                }
            }
            scanned = matcher.end();
            String surface = matcher.group();
            Map.Entry<Integer, Token> entry = tokens.floorEntry(matcher.start());
            Token token = entry != null && entry.getValue().end() >= matcher.end() ? entry.getValue() : null;
            String form = forms.normalize(surface);
            String lemma = form;
            boolean content;
            if (token != null) {
                if (token.start() == matcher.start() && token.end() == matcher.end()) {
                    lemma = forms.normalize(token.lowerLemma());
                }
                content = CONTENT_TAGS.contains(token.pos());
            } else {
                content = surface.length() >= 4 || Character.isDigit(surface.charAt(0));
            }
            words.add(new Word(form, lemma, content, depth > 0, matcher.start(), matcher.end()));
        }
        return AcronymMatch.withoutRepeatedAcronyms(text, words);
    }
}
