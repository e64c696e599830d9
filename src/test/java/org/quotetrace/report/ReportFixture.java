package org.quotetrace.report;

import java.util.ArrayList;
import java.util.List;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.Statement;

/**
 * A small invented story, linked by hand: a press release and three outlets carrying three
 * statements of two speakers in every fidelity class (original, verbatim, fragment, edited, altered,
 * paraphrase, uncredited reuse and absent), with one misattribution and one quote holding markup.
 * Offsets are real: each article's text is built from its pieces as they are appended.
 */
final class ReportFixture {

    static final String S1 = "The new ferry terminal will open in May and will serve twelve thousand passengers a day.";
    static final String S2 = "We have listened to every resident who wrote to us.";
    static final String S3 = "Three ships were delayed by the storm.";
    static final String HOSTILE = "Ships <script>alert(\"x\")</script> & <b>boats</b> are fine";

    final List<Article> articles = new ArrayList<>();
    final List<LedgerRow> rows = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();

    private ReportFixture() {
    }

    /** The fixture's linked ledger. */
    LinkResult linkResult() {
        return new LinkResult(rows, statements);
    }

    static ReportFixture build() {
        ReportFixture f = new ReportFixture();
        ArticleBuilder press = f.article("press.txt", "Norby Council", "2026-03-01", "source");
        press.text("Norby, 1 March. Mayor Mara Lind said: \"");
        LedgerRow p1 = press.quote("mara-lind", "Mara Lind", "Mayor Mara Lind", "said", "direct", S1, "S1", "original", 1.0, "press.txt");
        press.text(" ");
        LedgerRow p2 = press.quote("mara-lind", "Mara Lind", "Mayor Mara Lind", "said", "direct", S2, "S2", "original", 1.0, "press.txt");
        press.text("\"\nHarbour master Tomas Berg said: \"");
        LedgerRow p3 = press.quote("tomas-berg", "Tomas Berg", "Harbour master Tomas Berg", "said", "direct", S3, "S3", "original", 1.0, "press.txt");
        press.text("\"\n");
        f.statements.add(new Statement("S1", "mara-lind", "Mara Lind", "press.txt", p1.charStart(), p1.charEnd(), S1,
                List.of("mara-lind")));
        f.statements.add(new Statement("S2", "mara-lind", "Mara Lind", "press.txt", p2.charStart(), p2.charEnd(), S2,
                List.of("mara-lind")));
        f.statements.add(new Statement("S3", "tomas-berg", "Tomas Berg", "press.txt", p3.charStart(), p3.charEnd(), S3,
                List.of("mara-lind", "tomas-berg")));

        ArticleBuilder coast = f.article("coast.txt", "Coast Daily", "2026-03-02", "article");
        coast.text("The mayor was upbeat. “");
        coast.quote("mara-lind", "Mara Lind", "Ms Lind", "said", "direct",
                "The new ferry terminal will open in May and will serve twelve thousand passengers a day.", "S1", "verbatim", 1.0, "press.txt");
        coast.text("” Ms Lind said. “");
        coast.quote("mara-lind", "Mara Lind", "the mayor", "added", "direct",
                "We have listened to every single resident who complained to us.", "S2", "altered", 0.71, "press.txt");
        coast.text("” the mayor added.\n");

        ArticleBuilder river = f.article("river.txt", "River Times", "2026-03-02T09:30", "article");
        river.text("The terminal “");
        river.quote("mara-lind", "Mara Lind", "Mayor Lind", "said", "direct", "will serve twelve thousand passengers a day",
                "S1", "fragment", 1.0, "press.txt");
        river.text("”, Mayor Lind said. She said that ");
        river.quote("mara-lind", "Mara Lind", "She", "said", "indirect", "the council had heard from each resident who had written in",
                "S2", "paraphrase", 0.55, "press.txt");
        river.text(". Mayor Lind also said: “");
        river.quote("mara-lind", "Mara Lind", "Mayor Lind", "said", "direct", S3, "S3", "verbatim", 1.0, "press.txt");
        river.text("”\nA captain said “");
        river.quote("tomas-berg", "Tomas Berg", "the harbour master", "said", "direct", HOSTILE, null, "", Double.NaN, "");
        river.text("”.\n");

        ArticleBuilder valley = f.article("valley.txt", "Valley Post", "", "article");
        valley.text("Officials said: “");
        valley.quote("mara-lind", "Mara Lind", "Officials", "said", "direct",
                "The new ferry terminal [in Norby] will open in May … twelve thousand passengers a day.", "S1", "edited", 0.9, "press.txt");
        valley.text("” ");
        valley.quote("tomas-berg", "Tomas Berg", "", "", "reuse", S3, "S3", "verbatim", 1.0, "press.txt");
        valley.text("\n");
        return f;
    }

    private ArticleBuilder article(String id, String outlet, String published, String role) {
        return new ArticleBuilder(this, id, outlet, published, role);
    }

    /** Appends pieces of one article and records its rows with their real offsets. */
    static final class ArticleBuilder {
        private final ReportFixture fixture;
        private final String id;
        private final String outlet;
        private final String published;
        private final String role;
        private final StringBuilder text = new StringBuilder();
        private int index = -1;

        ArticleBuilder(ReportFixture fixture, String id, String outlet, String published, String role) {
            this.fixture = fixture;
            this.id = id;
            this.outlet = outlet;
            this.published = published;
            this.role = role;
        }

        void text(String piece) {
            text.append(piece);
            publish();
        }

        LedgerRow quote(String speakerId, String speakerName, String mention, String cue, String kind, String words,
                        String statementId, String fidelity, double similarity, String reference) {
            int start = text.length();
            text.append(words);
            LedgerRow row = new LedgerRow(LedgerRow.occurrenceId(id, start, text.length()), id, outlet, speakerId,
                    speakerName, mention, cue, kind, words, start, text.length(),
                    statementId == null ? List.of() : List.of(statementId), fidelity, similarity, reference);
            fixture.rows.add(row);
            publish();
            return row;
        }

        private void publish() {
            Article article = new Article(id, outlet, "", published, role, text.toString());
            if (index < 0) {
                index = fixture.articles.size();
                fixture.articles.add(article);
            } else {
                fixture.articles.set(index, article);
            }
        }
    }
}
