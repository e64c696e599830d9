package org.quotetrace.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligns a reproduction with its reference wording word by word (java-diff-utils, Myers) and
 * returns the runs of kept, inserted and deleted words. Words compare without regard to case or
 * typographic variants of quotes, apostrophes and dashes, so only real word changes are marked.
 */
public final class WordDiffer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    private static final String SINGLE_QUOTES = "‘’‛′";
    private static final String DOUBLE_QUOTES = "“”„‟″«»";
    private static final String DASHES = "‐‑‒–—―";

    /** A word or punctuation mark with its place in the text. */
    private record Token(String text, String key, boolean spaceBefore) {
    }

    /** The diff of {@code reproduction} against {@code reference}. */
    public WordDiff diff(String reference, String reproduction) {
        List<Token> from = tokens(reference);
        List<Token> to = tokens(reproduction);
        List<AbstractDelta<Token>> deltas = DiffUtils.diff(from, to, (a, b) -> a.key().equals(b.key())).getDeltas();
        RunBuilder runs = new RunBuilder();
        int fromIndex = 0;
        int toIndex = 0;
        for (AbstractDelta<Token> delta : deltas) {
            int sourceStart = delta.getSource().getPosition();
            while (fromIndex < sourceStart) {
                runs.add(DiffOp.EQUAL, to.get(toIndex));
                fromIndex++;
                toIndex++;
            }
            for (Token token : delta.getSource().getLines()) {
                runs.add(DiffOp.DELETE, token);
            }
            for (Token token : delta.getTarget().getLines()) {
                runs.add(DiffOp.INSERT, token);
            }
            fromIndex += delta.getSource().size();
            toIndex += delta.getTarget().size();
        }
        while (toIndex < to.size()) {
            runs.add(DiffOp.EQUAL, to.get(toIndex++));
        }
        return new WordDiff(runs.finish());
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            boolean space = previousEnd >= 0 && m.start() > previousEnd;
            tokens.add(new Token(m.group(), key(m.group()), space));
            previousEnd = m.end();
        }
        return tokens;
    }

    private static String key(String token) {
        String s = Normalizer.isNormalized(token, Normalizer.Form.NFKC) ? token
                : Normalizer.normalize(token, Normalizer.Form.NFKC);
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            key.append(SINGLE_QUOTES.indexOf(c) >= 0 ? '\'' : DOUBLE_QUOTES.indexOf(c) >= 0 ? '"'
                    : DASHES.indexOf(c) >= 0 ? '-' : c);
        }
        return key.toString();
    }

    /** Merges consecutive tokens with the same operation into runs. */
    private static final class RunBuilder {
        private final List<DiffPart> parts = new ArrayList<>();
        private DiffOp op;
        private StringBuilder text;
        private boolean spaceBefore;

        void add(DiffOp tokenOp, Token token) {
            if (tokenOp != op) {
                flush();
                op = tokenOp;
                text = new StringBuilder(token.text());
                boolean afterDeletion = !parts.isEmpty() && parts.get(parts.size() - 1).op() == DiffOp.DELETE;
                spaceBefore = !parts.isEmpty() && (token.spaceBefore() || afterDeletion && tokenOp == DiffOp.INSERT);
                return;
            }
            if (token.spaceBefore()) {
                text.append(' ');
            }
            text.append(token.text());
        }

        List<DiffPart> finish() {
            flush();
            op = null;
            return parts;
        }

        private void flush() {
            if (op != null) {
                parts.add(new DiffPart(op, text.toString(), spaceBefore));
            }
        }
    }
}
