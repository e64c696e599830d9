package org.quotetrace.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link SpeakerReport} as a Markdown page ({@code speakers/<speaker>.md}). Fidelity is
 * written out as words (Markdown has no colour); in word diffs, deleted words are
 * {@code ~~struck through~~} and inserted words are {@code **bold**}.
 */
public final class MarkdownRenderer {

    /** The Markdown page of {@code speaker}. */
    public String speakerPage(SpeakerReport speaker) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Markdown.escape(speaker.speakerName())).append("\n\n");
        md.append("Speaker id ").append(Markdown.code(speaker.speakerId())).append(" · ")
                .append(Formats.count(speaker.quoteCount(), "quote")).append(" credited · ")
                .append(Formats.count(speaker.statements().size(), "statement")).append(" · ")
                .append(Formats.count(speaker.outlets().size(), "outlet")).append("\n\n");

        md.append("## Statement x outlet matrix\n\n");
        if (speaker.statements().isEmpty()) {
            md.append("No statement of this speaker is linked across articles.\n\n");
        } else {
            md.append("| statement |");
            speaker.matrixOutlets().forEach(o -> md.append(' ').append(Markdown.escape(o)).append(" |"));
            md.append("\n|---|");
            speaker.matrixOutlets().forEach(o -> md.append("---|"));
            md.append('\n');
            for (StatementReport s : speaker.statements()) {
                md.append("| ").append(Markdown.escape(s.statement().id())).append(" |");
                for (MatrixCell cell : s.cells()) {
                    md.append(' ').append(cellText(cell)).append(" |");
                }
                md.append('\n');
            }
            if (speaker.matrixOutlets().size() < speaker.outlets().size()) {
                md.append("\nShowing the ").append(speaker.matrixOutlets().size())
                        .append(" outlets that carried most of these statements; ")
                        .append(speaker.outlets().size() - speaker.matrixOutlets().size())
                        .append(" more are listed under each statement and in ledger.json.\n");
            }
            md.append("\nLegend: ");
            md.append(FidelityClass.LEGEND_ORDER.stream()
                    .map(c -> "**" + c.label() + "**: " + c.description()).collect(Collectors.joining("; ")));
            md.append(". A cell marked (≠) credits the statement to someone else.\n\n");
        }

        md.append("## Statements\n\n");
        if (speaker.statements().isEmpty()) {
            md.append("None.\n\n");
        }
        for (StatementReport s : speaker.statements()) {
            md.append("### ").append(Markdown.escape(s.statement().id())).append("\n\n");
            md.append("> ").append(Markdown.escape(s.statement().referenceText())).append("\n\n");
            md.append("Reference wording from ").append(Markdown.escape(s.referenceOutlet())).append(" (")
                    .append(Markdown.code(s.statement().referenceArticleId())).append(")");
            if (!s.firstPublished().isEmpty()) {
                md.append(", first published ").append(Markdown.escape(s.firstPublished()));
            }
            md.append(".\n\n");
            for (Occurrence o : s.occurrences()) {
                md.append("- **").append(o.fidelityClass().label()).append("**, ")
                        .append(Markdown.escape(o.outletLabel())).append(" (")
                        .append(Markdown.code(o.row().articleId())).append("), ")
                        .append(Formats.kindLabel(o.row().kind()));
                if (o.misattributed()) {
                    md.append(", credited to ").append(Markdown.escape(o.row().speakerName()));
                }
                md.append(": ").append(o.diff() != null ? diff(o.diff()) : "“" + Markdown.escape(o.row().text()) + "”")
                        .append('\n');
            }
            md.append('\n');
        }

        md.append("## Names and titles by outlet\n\n");
        if (speaker.names().isEmpty()) {
            md.append("None recorded.\n\n");
        } else {
            md.append("| outlet | names and titles used |\n|---|---|\n");
            for (OutletNames names : speaker.names()) {
                md.append("| ").append(Markdown.escape(names.outletLabel())).append(" | ")
                        .append(names.mentions().stream().map(m -> Markdown.escape(m.mention())
                                + (m.count() > 1 ? " (" + m.count() + ")" : "")).collect(Collectors.joining("; ")))
                        .append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Statements credited to someone else\n\n");
        misattributions(md, speaker.creditedElsewhere(), true);
        md.append("## Statements of others credited to ").append(Markdown.escape(speaker.speakerName())).append("\n\n");
        misattributions(md, speaker.creditedHere(), false);

        md.append("## First appearances\n\n");
        if (speaker.timeline().isEmpty()) {
            md.append("No dated article.\n");
        } else {
            md.append("| published | outlet | article | quotes | statements carried |\n|---|---|---|---|---|\n");
            for (TimelineEntry e : speaker.timeline()) {
                md.append("| ").append(Markdown.escape(e.published())).append(" | ")
                        .append(Markdown.escape(e.outletLabel())).append(" | ")
                        .append(Markdown.code(e.articleId())).append(" | ").append(e.quotes()).append(" | ")
                        .append(e.statementIds().stream().map(id -> Markdown.escape(id)
                                + (e.firstAppearances().contains(id) ? " (first)" : "")).collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
        }
        if (speaker.undatedArticles() > 0) {
            md.append("\n").append(Formats.count(speaker.undatedArticles(), "article")).append(" without a known date.\n");
        }
        md.append('\n');

        md.append("## Quotes not linked to a statement\n\n");
        if (speaker.unlinkedQuotes().isEmpty()) {
            md.append("None.\n");
        }
        for (Occurrence o : speaker.unlinkedQuotes()) {
            md.append("- ").append(Markdown.escape(o.outletLabel())).append(" (")
                    .append(Markdown.code(o.row().articleId())).append("), ").append(Formats.kindLabel(o.row().kind()));
            if (!o.row().speakerMention().isBlank()) {
                md.append(", as “").append(Markdown.escape(o.row().speakerMention())).append("”");
            }
            md.append(": “").append(Markdown.escape(o.row().text())).append("”\n");
        }
        return md.toString();
    }

    private static void misattributions(StringBuilder md, List<Misattribution> list, boolean showCredited) {
        if (list.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| statement | outlet | article | ").append(showCredited ? "credited to" : "said by")
                .append(" | as written |\n|---|---|---|---|---|\n");
        for (Misattribution m : list) {
            Occurrence o = m.occurrence();
            md.append("| ").append(Markdown.escape(m.statementId())).append(" | ")
                    .append(Markdown.escape(o.outletLabel())).append(" | ")
                    .append(Markdown.code(o.row().articleId())).append(" | ")
                    .append(Markdown.escape(showCredited ? m.creditedSpeakerName() : m.statementSpeakerName()))
                    .append(" | ").append(Markdown.escape(o.row().speakerMention())).append(" |\n");
        }
        md.append('\n');
    }

    private static String cellText(MatrixCell cell) {
        String text = cell.classes().isEmpty() ? FidelityClass.ABSENT.label()
                : cell.classes().stream().map(FidelityClass::label).collect(Collectors.joining(" + "));
        return cell.misattributed() ? text + " (≠)" : text;
    }

    /** A word diff in Markdown: deleted runs struck through, inserted runs in bold. */
    static String diff(WordDiff diff) {
        StringBuilder out = new StringBuilder();
        for (DiffPart part : diff.parts()) {
            if (part.spaceBefore()) {
                out.append(' ');
            }
            String text = Markdown.escape(part.text());
            switch (part.op()) {
                case DELETE -> out.append("~~").append(text).append("~~");
                case INSERT -> out.append("**").append(text).append("**");
                default -> out.append(text);
            }
        }
        return out.toString();
    }
}
