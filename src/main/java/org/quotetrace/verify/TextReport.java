package org.quotetrace.verify;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints a {@link Verification} for a person: one block per item (verdict, kind, speaker, the
 * words, the matched statement, and for a misquote the word diff: {@code [-removed-]}
 * {@code {+added+}}), then the one-line summary. Colour (ANSI) only when asked, that is on a terminal.
 */
public final class TextReport {

    private static final String RESET = "\u001b[0m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";

    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    /** Prints {@code verification} to {@code out}. */
    public void print(Verification verification, PrintWriter out) {
        out.println("quotetrace verify: " + verification.articleId());
        for (CheckedItem item : verification.items()) {
            out.println();
            out.println(paint(verdictColour(item.verdict()), String.format(Locale.ROOT, "%-13s", item.verdict()))
                    + " " + item.kind() + " " + item.start() + "-" + item.end() + speakerPart(item));
            out.println("  \"" + oneLine(item.text()) + "\"");
            if (!item.statements().isEmpty()) {
                KnownStatement first = item.statements().get(0);
                out.println("  matches " + first.id() + String.format(Locale.ROOT, " (similarity %.2f)", item.similarity())
                        + ", said by " + first.speakerName() + " (" + first.speakerId() + "), reference in "
                        + first.referenceArticleId() + (first.referenceOutlet().isEmpty() ? "" : " (" + first.referenceOutlet() + ")"));
                out.println("  reference: \"" + oneLine(first.referenceText()) + "\"");
                for (KnownStatement other : item.statements().subList(1, item.statements().size())) {
                    out.println("  also carries " + other.id() + ", said by " + other.speakerName());
                }
            }
            if (item.verdict() == Verdict.MISATTRIBUTED) {
                KnownStatement other = item.statements().stream().filter(s -> !s.speakerId().equals(item.speakerId()))
                        .findFirst().orElse(item.statements().get(0));
                out.println("  credited to " + item.speakerName() + " (" + item.speakerId() + "), but " + other.id()
                        + " was said by " + other.speakerName() + " (" + other.speakerId() + ")");
            }
            if (!item.diff().isEmpty()) {
                out.println("  diff: " + diff(item));
            }
        }
        out.println();
        out.println(verification.summary());
    }

    private String speakerPart(CheckedItem item) {
        if (item.kind().equals("reuse")) {
            return ", no credit (statement of " + item.speakerName() + ")";
        }
        String mention = item.mention().isEmpty() ? "" : " as \"" + oneLine(item.mention()) + "\"";
        return ", credited to " + item.speakerName() + mention;
    }

    private String diff(CheckedItem item) {
        StringBuilder out = new StringBuilder();
        for (DiffOp op : item.diff()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            switch (op.op()) {
                case DiffOp.DELETE -> out.append(paint(RED, "[-" + op.text() + "-]"));
                case DiffOp.INSERT -> out.append(paint(GREEN, "{+" + op.text() + "+}"));
                default -> out.append(op.text());
            }
        }
        return out.toString();
    }

    private static String verdictColour(Verdict verdict) {
        if (verdict.isProblem()) {
            return BOLD + RED;
        }
        return verdict == Verdict.REUSE || verdict == Verdict.NEW ? YELLOW : GREEN;
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
