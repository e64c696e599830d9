package org.quotetrace.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.nlp.NlpModels;

class DirectQuoteFinderTest {

    private final QuoteExtractor extractor = QuoteExtractor.standard();

    private List<String> direct(String text) {
        return extractor.extract(text, NlpModels.shared().annotator()).quotes().stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT).map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void nestedSingleQuotesStayInsideTheDoubleQuote() {
        String text = "\"We call it the 'silent season' here,\" the warden said.\n";
        assertThat(direct(text)).containsExactly("We call it the 'silent season' here,");
    }

    @Test
    void singleQuotesAsOuterMarksWithNestingAndApostrophes() {
        String text = "'The ferry isn't late, whatever people say,' the captain said.\n"
                + "'Nobody asks whether the boat is 'new' or not.'\n";
        assertThat(direct(text)).containsExactly("The ferry isn't late, whatever people say,",
                "Nobody asks whether the boat is 'new' or not.");
    }

    @Test
    void titleCaseTitleIsNoQuoteEvenWithTheSentenceStopInside() {
        assertThat(direct("The governor said it again on \u201CMorning in the Valley.\u201D\n")).isEmpty();
        assertThat(direct("Fans of \u201CCastles of Sand,\u201D the mayor said, will get a new season.\n")).isEmpty();
        assertThat(direct("\u201CWonderful,\u201D the mayor said of the new bridge.\n")).containsExactly("Wonderful,");
        assertThat(direct("\u201CWell, Friends,\u201D the mayor began.\n")).containsExactly("Well, Friends,");
    }

    @Test
    void partialQuoteInsideASentence() {
        String text = "The agency called the flooding \u201Cone of the worst disasters in living memory\u201D on Tuesday.\n";
        assertThat(direct(text)).containsExactly("one of the worst disasters in living memory");
    }

    @Test
    void unclosedQuoteAtParagraphEndRunsToTheEndOfThatParagraph() {
        String text = "The mayor said: \u201CWe will rebuild the school.\n\u201CAnd we will do it this year.\u201D\n";
        assertThat(direct(text)).containsExactly("We will rebuild the school.", "And we will do it this year.");
    }

    @Test
    void britishSingleQuoteLeftOpenRunsToItsParagraphEndWhenTheNextParagraphOpensAgain() {
        String text = "The warden said: \u2018The reserve will close for the winter.\n\n"
                + "\u2018It opens again in April, when the lambs are out.\u2019\n";
        assertThat(direct(text)).containsExactly("The reserve will close for the winter.",
                "It opens again in April, when the lambs are out.");
    }

    @Test
    void aSingleMarkLeftOpenWithNoNextOpeningIsNoQuote() {
        String text = "The warden said the \u2018old path would close for the winter.\n\nIt opens again in April.\n";
        assertThat(direct(text)).isEmpty();
    }

    @Test
    void anUnfinishedQuoteInACutOffFileIsDropped() {
        String text = "The mayor said the school would reopen in May.\nShe added: \u201CWe will rebuild the whole west wi";
        assertThat(direct(text)).isEmpty();
    }

    @Test
    void shortQuotesNeedACue() {
        String text = "The so-called \u201Cexperts\u201D were absent from the \u201Cfun run\u201D this year.\n"
                + "He called the plan a \u201Cgood deal\u201D for the town.\n";
        assertThat(direct(text)).containsExactly("good deal");
    }

    @Test
    void namesAndTitlesInQuotesAreNotQuotes() {
        String text = "Police ran \u201COperation Lantern\u201D for a year before the arrests.\n";
        assertThat(direct(text)).isEmpty();
    }

    @Test
    void doubleApostrophesAndJsonEscapesAreQuotationMarks() {
        String nyt = "''We are ready for the storm,'' the governor said.\n";
        assertThat(direct(nyt)).containsExactly("We are ready for the storm,");
        String json = "{\"content\":{\"rendered\":\"<p>The agency said the case was \\u201cvery hard for investigators.\\u201d<\\/p>\"}}";
        assertThat(direct(json)).containsExactly("very hard for investigators.");
    }

    @Test
    void aBlockQuoteSignedByANameAndTitleIsADirectQuote() {
        String text = "The ministry published its report on Monday about the river clean-up programme.\n\n"
                + "We removed more waste from the river this year than in the five years before. The work is not over.\n\n"
                + "Maria Lindqvist\nDirector of the River Agency\n\nMore details follow below.\n";
        List<QuoteSpan> quotes = extractor.extract(text, NlpModels.shared().annotator()).quotes().stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertThat(quotes).hasSize(1);
        QuoteSpan block = quotes.get(0);
        assertThat(text.substring(block.start(), block.end())).startsWith("We removed more waste").endsWith("not over.");
        assertThat(text.substring(block.sourceStart(), block.sourceEnd())).isEqualTo("Maria Lindqvist");
    }
}
