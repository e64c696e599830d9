package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotetrace.linking.LinkedTestCorpus.link;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;

/**
 * Which groups are parts of larger statements ({@link StatementParts}), on small invented corpora: a
 * sentence that combines statements takes a further one only through words of its own that are not
 * the story's common words or an acronym it spells out; a quote or report of one speaker is no part
 * of an unrelated speaker's statement it merely resembles; and an outlet's unquoted retelling does
 * not take a quote's statement away from it.
 */
class StatementPartsTest {

    private static List<LedgerRow> rows(LinkResult result, String articleId, String kind) {
        return result.rows().stream().filter(r -> r.articleId().equals(articleId) && r.kind().equals(kind)).toList();
    }

    @Test
    void aSentenceCombinesASecondStatementOnlyThroughWordsThatAreNotTheWholeStorysWords() {
        String terminal = "The new ferry terminal will open in June after two years of building work.";
        String fares = "Ticket prices for island tourists will rise on the ferry this summer.";
        List<Article> articles = new ArrayList<>();
        articles.add(new Article("a.txt", "Coast News", "", "2025-05-01", "article",
                "Terminal\n\n\"" + terminal + "\" the harbour master said on Monday.\n"));
        articles.add(new Article("b.txt", "Bay Times", "", "2025-05-01", "article",
                "Terminal opens\n\n\"" + terminal + "\" the harbour master told reporters.\n"));
        articles.add(new Article("c.txt", "Island Post", "", "2025-05-02", "article",
                "Fares\n\n\"" + fares + "\" the ferry company said.\n"));
        // the story's own words: every outlet writes about the island's tourists
        String[] background = {"Island tourists queued for hours at the old quay on Sunday afternoon.",
            "Local shops near the harbour rely on summer tourists for most of their trade.",
            "Island tourists also complained about parking near the quay last year.",
            "The harbour museum expects more tourists than ever before this year.",
            "Cafes on the harbour front serve tourists late into the summer evenings."};
        for (int i = 0; i < background.length; i++) {
            articles.add(new Article("bg" + i + ".txt", "Outlet " + i, "", "2025-05-03", "article",
                    "Harbour life\n\n" + background[i] + " " + background[(i + 1) % background.length] + "\n"));
        }
        articles.add(new Article("d.txt", "Shore Weekly", "", "2025-05-04", "article",
                "Opening\n\nThe harbour master said the new ferry terminal would open in June for island tourists.\n"));
        LinkResult result = link(articles);
        List<String> terminalIds = rows(result, "a.txt", "direct").get(0).statementIds();
        List<String> faresIds = rows(result, "c.txt", "direct").get(0).statementIds();
        List<String> retold = rows(result, "d.txt", "indirect").get(0).statementIds();
        assertThat(retold).containsAll(terminalIds);
        // "island tourists" is what the whole story talks about, not the fares statement: too little to carry it
        assertThat(retold).doesNotContainAnyElementsOf(faresIds);
    }

    @Test
    void reportedSpeechTakesTheQuotedStatementRatherThanAnOutletsRetellingOfIt() {
        String quote = "The main suspect, a local man who was arrested in March, ran a website where he sold the stolen bikes,";
        List<Article> articles = List.of(
                new Article("a.txt", "Valley Post", "", "2025-04-01", "article",
                        "Bike thefts\n\n\"" + quote + "\" said police spokesman Tom Reed.\n"),
                new Article("b.txt", "Coast Daily", "", "2025-04-01", "article",
                        "Thefts solved\n\n\"" + quote + "\" police spokesman Tom Reed said on Tuesday.\n"),
                new Article("c.txt", "Bay Courier", "", "2025-04-02", "article",
                        "Stolen bikes\n\nThe primary suspect, a local man detained in March, allegedly operated a website "
                                + "that charged buyers for access to the stolen bikes. The website has been closed.\n"),
                new Article("d.txt", "Town Crier", "", "2025-04-03", "article",
                        "Arrest\n\nPolice spokesman Tom Reed said the primary suspect was a local man who was detained in "
                                + "March.\n"));
        LinkResult result = link(articles);
        String quoted = rows(result, "a.txt", "direct").get(0).statementIds().get(0);
        // the Bay Courier's own sentence retells the quote and credits nobody: what the spokesman is
        // reported to have said is the statement he is quoted with, even if the retelling shares more words
        assertThat(rows(result, "d.txt", "indirect").get(0).statementIds()).containsExactly(quoted);
    }

    @Test
    void aPassagesOwnAcronymAndItsSpelledOutWordsCountOnceWhenItCombinesStatements() {
        // the mayor's quote carries "low emission" and the acronym; "zone" is spelled out of that acronym,
        // so the officer's statement adds only "still" to the council's sentence: no second statement
        List<Article> articles = List.of(
                new Article("a.txt", "City News", "", "2025-05-01", "article",
                        "Clean air\n\n\"Low emission buses and the LEZ have cut asthma cases in children,\" the mayor said.\n"),
                new Article("b.txt", "Metro Post", "", "2025-05-01", "article",
                        "Quiet Sundays\n\n\"Even on quiet Sundays the zone still protects children from traffic fumes,\" "
                                + "said health officer Ruth Marsh.\n"),
                new Article("d.txt", "Town Crier", "", "2025-05-02", "article",
                        "Rules stay\n\nThe council insisted that a low emission zone (LEZ) is still an LEZ.\n"));
        LinkResult result = link(articles);
        List<String> mayor = rows(result, "a.txt", "direct").get(0).statementIds();
        List<String> officer = rows(result, "b.txt", "direct").get(0).statementIds();
        List<String> council = rows(result, "d.txt", "indirect").get(0).statementIds();
        assertThat(council).containsAll(mayor);
        assertThat(council).doesNotContainAnyElementsOf(officer);
    }

    @Test
    void aQuoteOfOneSpeakerThatOnlyResemblesAnotherSpeakersStatementIsNotAPartOfIt() {
        String chief = "Even when nobody is hurt, a false fire alarm still costs the brigade time and money.";
        List<Article> articles = new ArrayList<>(List.of(
                new Article("a.txt", "Valley Post", "", "2025-04-01", "article",
                        "False alarms in Northby\n\n\"" + chief + "\" said Northby fire chief Ann Lowe.\n"),
                new Article("b.txt", "Coast Daily", "", "2025-04-01", "article",
                        "Northby alarms\n\n\"" + chief + "\" Northby fire chief Ann Lowe said on Tuesday.\n"),
                new Article("c.txt", "Bay Courier", "", "2025-04-02", "article",
                        "False alarms in Northby\n\n\"Although nobody was hurt in these false alarms, the pranksters are still wasting "
                                + "the fire brigade's resources,\" said police inspector Mark Hill of Northby.\n")));
        addTownBackground(articles);
        LinkResult result = link(articles);
        List<String> chiefIds = rows(result, "a.txt", "direct").get(0).statementIds();
        // the inspector's own words in quotation marks: shared words are no evidence they are the chief's
        assertThat(rows(result, "c.txt", "direct").get(0).statementIds()).doesNotContainAnyElementsOf(chiefIds);
    }

    @Test
    void reportedSpeechOfOneSpeakerIsNotAPartOfAnotherOutletsReportOfWhatSomeoneElseSaid() {
        List<Article> articles = new ArrayList<>(List.of(
                new Article("a.txt", "Valley Post", "", "2025-04-01", "article",
                        "Bike thefts rise\n\nThe town of Northby has joined a growing number of councils that register "
                                + "every bicycle sold at markets. Campaigner Jane Moss warned that stolen bikes were flooding "
                                + "online markets and that it was much harder to tell whether a bike on sale online was stolen."
                                + "\n\nThe council will publish its next figures in June.\n"),
                new Article("b.txt", "Coast Daily", "", "2025-04-02", "article",
                        "Stolen bikes\n\nOfficers in Northby have recovered forty bikes this year. Inspector Tom Reed said "
                                + "it was getting harder for officers to tell if bikes sold online were stolen or not.\n")));
        addTownBackground(articles);
        LinkResult result = link(articles);
        List<String> campaigner = rows(result, "a.txt", "indirect").get(0).statementIds();
        // two outlets each report, in their own words, what a different source said: shared words are no link
        assertThat(rows(result, "b.txt", "indirect").get(0).statementIds()).doesNotContainAnyElementsOf(campaigner);
    }

    @Test
    void reportedSpeechOfOneSpeakerStillRetellsAnotherOutletsReportOfTheSameSpeaker() {
        List<Article> articles = new ArrayList<>(List.of(
                new Article("a.txt", "Valley Post", "", "2025-04-01", "article",
                        "Bike thefts rise\n\nThe town of Northby has joined a growing number of councils that register "
                                + "every bicycle sold at markets. Inspector Tom Reed warned that stolen bikes were flooding "
                                + "online markets and that it was much harder to tell whether a bike on sale online was stolen."
                                + "\n\nThe council will publish its next figures in June.\n"),
                new Article("b.txt", "Coast Daily", "", "2025-04-02", "article",
                        "Stolen bikes\n\nOfficers in Northby have recovered forty bikes this year. Inspector Tom Reed said "
                                + "it was getting harder for officers to tell if bikes sold online were stolen or not.\n")));
        LinkResult result = link(articles);
        List<String> first = rows(result, "a.txt", "indirect").get(0).statementIds();
        assertThat(rows(result, "b.txt", "indirect").get(0).statementIds()).containsAnyElementsOf(first);
    }

    /** Adds three unrelated one-sentence town briefs, so the story's words are rare against a background. */
    private static void addTownBackground(List<Article> articles) {
        String[] background = {"The town library reopened on Monday after a month of repairs to its roof.",
            "Farmers at the weekly market sold apples and cheese to visitors from the coast.",
            "The rowing club won three races at the regatta on the river last weekend."};
        for (int i = 0; i < background.length; i++) {
            articles.add(new Article("bg" + i + ".txt", "Outlet " + i, "", "2025-04-03", "article",
                    "Town life\n\n" + background[i] + "\n"));
        }
    }
}
