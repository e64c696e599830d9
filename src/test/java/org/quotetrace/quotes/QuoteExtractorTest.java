package org.quotetrace.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.nlp.NlpModels;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = QuoteExtractor.standard();

    private List<String> quotes(String text, QuoteKind kind) {
        return extractor.extract(text, NlpModels.shared().annotator()).quotes().stream()
                .filter(q -> q.kind() == kind).map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void findsCurlyAndStraightDirectQuotes() {
        String text = "The mayor said: “We will rebuild the bridge by spring.”\n"
                + "\"Nobody will be left behind,\" she added.\n";
        assertThat(quotes(text, QuoteKind.DIRECT))
                .containsExactly("We will rebuild the bridge by spring.", "Nobody will be left behind,");
    }

    @Test
    void leavesOutTitlesAndScareQuotes() {
        String text = "Police ran \"Operation Lantern\" for a year.\nThe so-called \"experts\" were absent.\n";
        assertThat(quotes(text, QuoteKind.DIRECT)).isEmpty();
    }

    @Test
    void multiParagraphQuoteGivesOneSpanPerParagraph() {
        String text = "The minister said: \"The first part of the plan is ready.\n"
                + "\"The second part will follow next year.\"\n";
        assertThat(quotes(text, QuoteKind.DIRECT))
                .containsExactly("The first part of the plan is ready.", "The second part will follow next year.");
    }

    @Test
    void reportedSpeechSpanIsTheContentOnly() {
        String text = "Harbour master Ola Brandt said that three ships had been delayed by the storm.\n";
        assertThat(quotes(text, QuoteKind.INDIRECT)).containsExactly("three ships had been delayed by the storm");
    }

    @Test
    void reportedSpeechBeforeTheSource() {
        String text = "Ferries will run again on Monday, the port authority said.\n";
        assertThat(quotes(text, QuoteKind.INDIRECT)).containsExactly("Ferries will run again on Monday");
    }

    @Test
    void aNameGivenWithoutASpeakerIsNoQuoteButAPartialQuoteOfASpeakerIs() {
        String text = "Bypass work enters second month\n\n"
                + "Some commuters have taken to calling the bypass the \"slow lane home\".\n\n"
                + "The mayor called the plan \"a costly mistake\".\n";
        assertThat(quotes(text, QuoteKind.DIRECT)).containsExactly("a costly mistake");
    }

    @Test
    void speechReportedInsideReportedSpeechIsPartOfTheOuterReport() {
        String text = "The chair said that the council had told the builders to double the crews on Mill Road.\n";
        assertThat(quotes(text, QuoteKind.INDIRECT))
                .containsExactly("the council had told the builders to double the crews on Mill Road");
    }

    @Test
    void aParticiplePhraseSetOffByCommasInsideTheContentDoesNotEndIt() {
        String text = "The engineer said the builders would need about six weeks, starting on 4 May, to mend the sea wall, "
                + "and the promenade would stay shut meanwhile.\n";
        assertThat(quotes(text, QuoteKind.INDIRECT)).containsExactly("the builders would need about six weeks, "
                + "starting on 4 May, to mend the sea wall, and the promenade would stay shut meanwhile");
    }

    @Test
    void aNamedHearerIsSkippedWhenTheContentOpensWithANumber() {
        String text = "The harbour master told The Coast Courier 312 boats had been stranded by the storm.\n";
        assertThat(quotes(text, QuoteKind.INDIRECT)).containsExactly("312 boats had been stranded by the storm");
    }
}
