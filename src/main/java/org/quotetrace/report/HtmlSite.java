package org.quotetrace.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the static HTML site of a report: {@code index.html} (speakers and the outlet table) and
 * one page per speaker. Pages are self-contained: styles are inline, there are no scripts, fonts or
 * images, and a Content-Security-Policy forbids any request. All text is escaped with {@link Html}.
 */
public final class HtmlSite {

    private static final java.util.regex.Pattern NOT_ANCHOR = java.util.regex.Pattern.compile("[^a-z0-9_-]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Where a speaker page lives, relative to the index. */
    public static String speakerPath(SpeakerReport speaker) {
        return "speakers/" + speaker.pageName() + ".html";
    }

    /** The index page of {@code model}. */
    public String indexPage(ReportModel model) {
        StringBuilder h = new StringBuilder();
        head(h, "quotetrace report");
        h.append("<header><h1>quotetrace report</h1><p class=\"summary\">")
                .append(Formats.count(model.articles().size(), "article")).append(" · ")
                .append(Formats.count(model.outlets().size(), "outlet")).append(" · ")
                .append(Formats.count(model.occurrences().size(), "quote")).append(" · ")
                .append(Formats.count(model.statements().size(), "statement")).append(" · ")
                .append(Formats.count(model.speakers().size(), "speaker"))
                .append("</p><p class=\"files\">Data: <a href=\"ledger.csv\">ledger.csv</a> · "
                        + "<a href=\"ledger.json\">ledger.json</a></p></header>\n<main>\n");

        h.append("<section id=\"outlets\"><h2>Outlets</h2>\n<p class=\"note\">Shares are of the quotes linked to a "
                + "statement. Outlets with misquotes (altered) or misattributions come first.</p>\n");
        h.append("<div class=\"scroll\"><table class=\"outlets\"><thead><tr><th>outlet</th><th class=\"num\">articles</th>"
                + "<th class=\"num\">quotes</th><th class=\"num\">linked</th>"
                + "<th class=\"num\" title=\"original or verbatim\">verbatim</th>"
                + "<th class=\"num\">fragment / edited</th><th class=\"num\">altered</th><th class=\"num\">paraphrase</th>"
                + "<th class=\"num\">uncredited reuse</th><th class=\"num\">misattributed</th></tr></thead><tbody>\n");
        for (OutletSummary o : model.outlets()) {
            h.append("<tr").append(o.problems() > 0 ? " class=\"problem\"" : "").append("><td>")
                    .append(Html.escape(o.outletLabel())).append("</td>")
                    .append(num(o.articles())).append(num(o.quotes())).append(num(o.linked()))
                    .append(numText(Formats.percent(o.share(FidelityClass.ORIGINAL, FidelityClass.VERBATIM))))
                    .append(numText(Formats.percent(o.share(FidelityClass.FRAGMENT, FidelityClass.EDITED))))
                    .append(numText(Formats.percent(o.share(FidelityClass.ALTERED))))
                    .append(numText(Formats.percent(o.share(FidelityClass.PARAPHRASE))))
                    .append(numText(Formats.percent(o.share(FidelityClass.REUSE))))
                    .append(num(o.misattributed())).append("</tr>\n");
        }
        h.append("</tbody></table></div></section>\n");

        h.append("<section id=\"speakers\"><h2>Speakers</h2>\n");
        h.append("<div class=\"scroll\"><table class=\"speakers\"><thead><tr><th>speaker</th><th class=\"num\">quotes</th>"
                + "<th class=\"num\">statements</th><th class=\"num\">outlets</th><th class=\"num\">altered</th>"
                + "<th class=\"num\">credited to someone else</th></tr></thead><tbody>\n");
        for (SpeakerReport s : model.speakers()) {
            h.append("<tr><td><a href=\"").append(Html.escape(speakerPath(s))).append("\">")
                    .append(Html.escape(s.speakerName())).append("</a></td>")
                    .append(num(s.quoteCount())).append(num(s.statements().size())).append(num(s.outlets().size()))
                    .append(num(s.count(FidelityClass.ALTERED))).append(num(s.creditedElsewhere().size()))
                    .append("</tr>\n");
        }
        h.append("</tbody></table></div></section>\n");
        h.append("</main>\n");
        foot(h);
        return h.toString();
    }

    /** The page of one speaker. */
    public String speakerPage(SpeakerReport s) {
        StringBuilder h = new StringBuilder();
        head(h, s.speakerName() + " · quotetrace");
        h.append("<header><p class=\"crumbs\"><a href=\"../index.html\">← All speakers and outlets</a></p><h1>")
                .append(Html.escape(s.speakerName())).append("</h1><p class=\"summary\"><code>")
                .append(Html.escape(s.speakerId())).append("</code> · ")
                .append(Formats.count(s.quoteCount(), "quote")).append(" credited · ")
                .append(Formats.count(s.statements().size(), "statement")).append(" · ")
                .append(Formats.count(s.outlets().size(), "outlet")).append("</p></header>\n<main>\n");
        matrix(h, s);
        statements(h, s);
        names(h, s);
        h.append("<section id=\"credited-elsewhere\"><h2>Statements credited to someone else</h2>\n");
        misattributions(h, s.creditedElsewhere(), true);
        h.append("</section>\n<section id=\"credited-here\"><h2>Statements of others credited to ")
                .append(Html.escape(s.speakerName())).append("</h2>\n");
        misattributions(h, s.creditedHere(), false);
        h.append("</section>\n");
        timeline(h, s);
        unlinked(h, s);
        h.append("</main>\n");
        foot(h);
        return h.toString();
    }

    private static void matrix(StringBuilder h, SpeakerReport s) {
        h.append("<section id=\"matrix\"><h2>Statement × outlet matrix</h2>\n");
        if (s.statements().isEmpty()) {
            h.append("<p class=\"empty\">No statement of this speaker is linked across articles.</p>\n");
        } else {
            h.append("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th>statement</th>");
            for (String outlet : s.matrixOutlets()) {
                h.append("<th scope=\"col\">").append(Html.escape(outlet)).append("</th>");
            }
            h.append("</tr></thead><tbody>\n");
            for (StatementReport st : s.statements()) {
                h.append("<tr><th scope=\"row\"><a href=\"#").append(Html.escape(anchor(st))).append("\">")
                        .append(Html.escape(st.statement().id())).append("</a><span class=\"gist\">")
                        .append(Html.escape(gist(st.statement().referenceText()))).append("</span></th>");
                for (MatrixCell cell : st.cells()) {
                    String label = cell.classes().isEmpty() ? "absent"
                            : cell.classes().stream().map(FidelityClass::label).collect(Collectors.joining(" + "));
                    h.append("<td class=\"cell fid-").append(cell.fidelityClass().label()).append("\" data-fidelity=\"")
                            .append(cell.fidelityClass().label()).append("\" title=\"")
                            .append(Html.escape(cell.outletLabel() + ": " + label
                                    + (cell.misattributed() ? ", credited to someone else" : ""))).append("\">")
                            .append(cell.classes().isEmpty() ? "–" : Html.escape(label));
                    if (cell.misattributed()) {
                        h.append(" <span class=\"misattributed\" title=\"credited to someone else\">≠</span>");
                    }
                    h.append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table></div>\n");
            if (s.matrixOutlets().size() < s.outlets().size()) {
                h.append("<p class=\"note\">Showing the ").append(s.matrixOutlets().size())
                        .append(" outlets that carried most of these statements; ")
                        .append(s.outlets().size() - s.matrixOutlets().size())
                        .append(" more are listed under each statement and in ledger.json.</p>\n");
            }
            legend(h);
        }
        h.append("</section>\n");
    }

    private static void legend(StringBuilder h) {
        h.append("<ul class=\"legend\">");
        for (FidelityClass c : FidelityClass.LEGEND_ORDER) {
            h.append("<li><span class=\"swatch fid-").append(c.label()).append("\">").append(c.label())
                    .append("</span> ").append(Html.escape(c.description())).append("</li>");
        }
        h.append("<li><span class=\"swatch\"><span class=\"misattributed\">≠</span></span> credited to someone else</li>");
        h.append("<li><span class=\"swatch\"><del class=\"diff-del\">deleted</del> <ins class=\"diff-ins\">inserted</ins>"
                + "</span> words against the reference wording</li>");
        h.append("</ul>\n");
    }

    private static void statements(StringBuilder h, SpeakerReport s) {
        h.append("<section id=\"statements\"><h2>Statements</h2>\n");
        if (s.statements().isEmpty()) {
            h.append("<p class=\"empty\">None.</p>\n");
        }
        for (StatementReport st : s.statements()) {
            h.append("<article class=\"statement\" id=\"").append(Html.escape(anchor(st))).append("\"><h3>")
                    .append(Html.escape(st.statement().id())).append("</h3>\n<blockquote class=\"reference\">")
                    .append(Html.escape(st.statement().referenceText())).append("</blockquote>\n<p class=\"source\">"
                            + "Reference wording from <strong>").append(Html.escape(st.referenceOutlet()))
                    .append("</strong> <span class=\"article\">").append(Html.escape(st.statement().referenceArticleId()))
                    .append("</span>");
            if (!st.firstPublished().isEmpty()) {
                h.append(" · first published ").append(Html.escape(st.firstPublished()));
            }
            h.append("</p>\n<table class=\"occurrences\"><thead><tr><th>fidelity</th><th>outlet</th><th>kind</th>"
                    + "<th>credited to</th><th>wording</th></tr></thead><tbody>\n");
            for (Occurrence o : st.occurrences()) {
                h.append("<tr><td><span class=\"badge fid-").append(o.fidelityClass().label()).append("\">")
                        .append(o.fidelityClass().label()).append("</span></td><td>")
                        .append(outlet(o)).append("</td><td>")
                        .append(Formats.kindLabel(o.row().kind())).append("</td><td")
                        .append(o.misattributed() ? " class=\"misattributed-cell\"" : "").append(">")
                        .append(Html.escape(o.row().speakerName()))
                        .append(o.misattributed() ? " <span class=\"misattributed\">≠</span>" : "")
                        .append("</td><td class=\"wording\">")
                        .append(o.diff() != null ? diff(o.diff()) : Html.escape(o.row().text()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table></article>\n");
        }
        h.append("</section>\n");
    }

    private static void names(StringBuilder h, SpeakerReport s) {
        h.append("<section id=\"names\"><h2>Names and titles by outlet</h2>\n");
        if (s.names().isEmpty()) {
            h.append("<p class=\"empty\">None recorded.</p>\n");
        } else {
            h.append("<table class=\"names\"><thead><tr><th>outlet</th><th>names and titles used</th></tr></thead><tbody>\n");
            for (OutletNames n : s.names()) {
                h.append("<tr><td>").append(Html.escape(n.outletLabel())).append("</td><td>");
                h.append(n.mentions().stream().map(m -> "<span class=\"mention\">" + Html.escape(m.mention())
                        + (m.count() > 1 ? " <span class=\"times\">×" + m.count() + "</span>" : "") + "</span>")
                        .collect(Collectors.joining(" ")));
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private static void misattributions(StringBuilder h, List<Misattribution> list, boolean showCredited) {
        if (list.isEmpty()) {
            h.append("<p class=\"empty\">None.</p>\n");
            return;
        }
        h.append("<table class=\"misattributions\"><thead><tr><th>statement</th><th>outlet</th><th>")
                .append(showCredited ? "credited to" : "said by").append("</th><th>as written</th><th>wording</th>"
                        + "</tr></thead><tbody>\n");
        for (Misattribution m : list) {
            Occurrence o = m.occurrence();
            h.append("<tr><td>").append(Html.escape(m.statementId())).append("</td><td>")
                    .append(outlet(o)).append("</td><td>")
                    .append(Html.escape(showCredited ? m.creditedSpeakerName() : m.statementSpeakerName()))
                    .append("</td><td>").append(Html.escape(o.row().speakerMention())).append("</td><td class=\"wording\">")
                    .append(Html.escape(o.row().text())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void timeline(StringBuilder h, SpeakerReport s) {
        h.append("<section id=\"timeline\"><h2>First appearances</h2>\n");
        if (s.timeline().isEmpty()) {
            h.append("<p class=\"empty\">No dated article.</p>\n");
        } else {
            h.append("<ol class=\"timeline\">\n");
            for (TimelineEntry e : s.timeline()) {
                h.append("<li><time>").append(Html.escape(e.published())).append("</time> <strong>")
                        .append(Html.escape(e.outletLabel())).append("</strong>");
                if (showsArticle(e.outletLabel(), e.articleId())) {
                    h.append(" <span class=\"article\">").append(Html.escape(e.articleId())).append("</span>");
                }
                h.append(" · ")
                        .append(Formats.count(e.quotes(), "quote")).append(" credited");
                if (!e.statementIds().isEmpty()) {
                    h.append(" · carries ");
                    h.append(e.statementIds().stream().map(id -> Html.escape(id)
                            + (e.firstAppearances().contains(id) ? " <span class=\"first\">first</span>" : ""))
                            .collect(Collectors.joining(", ")));
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        if (s.undatedArticles() > 0) {
            h.append("<p class=\"note\">").append(Formats.count(s.undatedArticles(), "article"))
                    .append(" without a known publication date.</p>\n");
        }
        h.append("</section>\n");
    }

    private static void unlinked(StringBuilder h, SpeakerReport s) {
        h.append("<section id=\"unlinked\"><h2>Quotes not linked to a statement</h2>\n");
        if (s.unlinkedQuotes().isEmpty()) {
            h.append("<p class=\"empty\">None.</p>\n");
        } else {
            h.append("<table class=\"quotes\"><thead><tr><th>outlet</th><th>kind</th><th>named as</th><th>cue</th>"
                    + "<th>wording</th></tr></thead><tbody>\n");
            for (Occurrence o : s.unlinkedQuotes()) {
                h.append("<tr><td>").append(outlet(o)).append("</td><td>")
                        .append(Formats.kindLabel(o.row().kind())).append("</td><td>")
                        .append(Html.escape(o.row().speakerMention())).append("</td><td>")
                        .append(Html.escape(o.row().cue())).append("</td><td class=\"wording\">")
                        .append(Html.escape(o.row().text())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    /** A word diff in HTML: deleted runs in {@code <del>}, inserted runs in {@code <ins>}. */
    static String diff(WordDiff diff) {
        StringBuilder out = new StringBuilder("<span class=\"diff\">");
        for (DiffPart part : diff.parts()) {
            if (part.spaceBefore()) {
                out.append(' ');
            }
            String text = Html.escape(part.text());
            switch (part.op()) {
                case DELETE -> out.append("<del class=\"diff-del\">").append(text).append("</del>");
                case INSERT -> out.append("<ins class=\"diff-ins\">").append(text).append("</ins>");
                default -> out.append(text);
            }
        }
        return out.append("</span>").toString();
    }

    /** The outlet of an occurrence, with its article id beneath unless the outlet is known only by it. */
    private static String outlet(Occurrence o) {
        return outlet(o.outletLabel(), o.row().articleId());
    }

    private static String outlet(String label, String articleId) {
        String html = Html.escape(label);
        if (showsArticle(label, articleId)) {
            html += "<span class=\"article\">" + Html.escape(articleId) + "</span>";
        }
        return html;
    }

    /** Whether the article id says more than the outlet label (which is the id when no outlet is known). */
    private static boolean showsArticle(String label, String articleId) {
        return !articleId.equals(label) && !articleId.equals(label + ".txt");
    }

    private static String anchor(StatementReport st) {
        return "statement-" + NOT_ANCHOR.matcher(st.statement().id().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    private static String gist(String text) {
        String flat = SPACES.matcher(text.strip()).replaceAll(" ");
        if (flat.codePointCount(0, flat.length()) <= 90) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, 87);
        int space = flat.lastIndexOf(' ', end);
        return flat.substring(0, space > 40 ? space : end) + "…";
    }

    private static String num(long n) {
        return "<td class=\"num\">" + n + "</td>";
    }

    private static String numText(String text) {
        return "<td class=\"num\">" + Html.escape(text) + "</td>";
    }

    private static void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n");
    }

    private static void foot(StringBuilder h) {
        h.append("<footer>Generated by quotetrace from the quote ledger.</footer>\n</body>\n</html>\n");
    }

    private static final String CSS = """
            :root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --bg: #f7f9fb; --accent: #1c4e80; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: var(--ink); background: var(--bg); }
            header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
            header { padding-top: 24px; padding-bottom: 8px; }
            h1 { font-size: 28px; margin: 4px 0; }
            h2 { font-size: 20px; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
            h3 { font-size: 16px; margin: 0 0 8px; }
            section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 18px 20px; margin: 16px 0; }
            a { color: var(--accent); }
            .summary, .note, .crumbs, .files, footer { color: var(--muted); }
            footer { font-size: 13px; padding-bottom: 32px; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 14px; }
            th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
            thead th { background: #eef2f6; font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.problem td:first-child { border-left: 4px solid #c62828; font-weight: 600; }
            .matrix th[scope=row] { min-width: 220px; max-width: 360px; font-weight: 600; }
            .matrix .gist { display: block; font-weight: 400; color: var(--muted); font-size: 13px; }
            .matrix td.cell { text-align: center; white-space: nowrap; font-size: 13px; border: 2px solid #fff; }
            .fid-original { background: #1b5e20; color: #fff; }
            .fid-verbatim { background: #81c784; color: #0b2e0f; }
            .fid-fragment { background: #c5e1a5; color: #1f3a0d; }
            .fid-edited { background: #fff176; color: #4a3b00; }
            .fid-altered { background: #e53935; color: #fff; font-weight: 700; }
            .fid-paraphrase { background: #90caf9; color: #0d2c4d; }
            .fid-reuse { background: #ba68c8; color: #fff; }
            .fid-ungraded { background: #cfd8dc; color: #263238; }
            .fid-absent { background: #f1f3f5; color: #9aa5b1; }
            .legend { list-style: none; padding: 0; margin: 14px 0 0; display: grid;
                      grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 6px 18px; font-size: 13px; }
            .swatch { display: inline-block; min-width: 84px; text-align: center; padding: 1px 6px; border-radius: 4px;
                      margin-right: 6px; border: 1px solid var(--line); }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; }
            .misattributed { color: #c62828; font-weight: 700; }
            .fid-altered .misattributed, .fid-original .misattributed, .fid-reuse .misattributed { color: #fff; }
            td.misattributed-cell { color: #c62828; }
            blockquote.reference { margin: 0 0 8px; padding: 8px 14px; border-left: 4px solid var(--accent); background: #f3f6fa; }
            .source { font-size: 13px; color: var(--muted); margin: 0 0 8px; }
            .article { display: block; font-size: 12px; color: var(--muted); }
            .source .article { display: inline; }
            .statement { margin: 0 0 22px; }
            td.wording { max-width: 620px; }
            del.diff-del { background: #ffd7d5; color: #8e1b13; text-decoration: line-through; }
            ins.diff-ins { background: #ccf0d4; color: #0f5323; text-decoration: none; font-weight: 600; }
            .mention { display: inline-block; background: #eef2f6; border-radius: 4px; padding: 1px 6px; margin: 1px 4px 1px 0; }
            .times { color: var(--muted); font-size: 12px; }
            ol.timeline { margin: 0; padding-left: 22px; }
            ol.timeline li { margin: 4px 0; }
            ol.timeline time { font-variant-numeric: tabular-nums; color: var(--accent); font-weight: 600; }
            ol.timeline .article { display: inline; }
            .first { background: #1c4e80; color: #fff; border-radius: 3px; font-size: 11px; padding: 0 4px; }
            .empty { color: var(--muted); font-style: italic; margin: 0; }
            code { font-size: 13px; }
            """;
}
