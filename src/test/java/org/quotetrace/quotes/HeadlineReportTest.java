package org.quotetrace.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.nlp.NlpModels;

/** Headlines printed as the story's first line, on small synthetic articles. */
class HeadlineReportTest {

    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();
    private static final String BODY = "\n\nThe harbour closed on Monday after divers found cracks in the main pier."
            + "\n\nRepairs will take at least three weeks, the port authority said in a statement on Tuesday.\n";

    private static List<String> quotes(String headline, QuoteKind kind) {
        String text = headline + BODY;
        return EXTRACTOR.extract(text, NlpModels.shared().annotator()).quotes().stream()
                .filter(q -> q.kind() == kind && q.end() <= headline.length())
                .map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void sentenceCaseHeadlineWithSays() {
        assertThat(quotes("Mayor says harbour repairs running late.", QuoteKind.INDIRECT))
                .containsExactly("harbour repairs running late");
    }

    @Test
    void titleCaseHeadlineWithAParticleCue() {
        assertThat(quotes("Port Chief Calls On Fishermen To Stay Ashore Before Sunrise.", QuoteKind.INDIRECT))
                .containsExactly("Fishermen To Stay Ashore Before Sunrise");
        assertThat(quotes("Mayor Warns Pier Closure Would Hurt Local Trade.", QuoteKind.INDIRECT))
                .containsExactly("Pier Closure Would Hurt Local Trade");
    }

    @Test
    void theContentEndsBeforeTheHeadlinesOwnClauseOrReason() {
        assertThat(quotes("Daughter Of Harbour Pilot Blasts Mayor After Report Reveals Delays.", QuoteKind.INDIRECT))
                .containsExactly("Mayor");
        assertThat(quotes("Council condemns port over closure.", QuoteKind.INDIRECT)).containsExactly("port");
        assertThat(quotes("Sen. Lind asks mayor to fire port chief, a longtime rival.", QuoteKind.INDIRECT))
                .containsExactly("mayor to fire port chief");
    }

    @Test
    void nounsAndNonSpeechUsesAreNoCues() {
        assertThat(quotes("Port drops more harbour emails found on old server.", QuoteKind.INDIRECT)).isEmpty();
        assertThat(quotes("Port Adds 150 Jobs In Busy Summer.", QuoteKind.INDIRECT)).isEmpty();
        assertThat(quotes("New Survey Reveals Where Fishermen Stand.", QuoteKind.INDIRECT)).isEmpty();
        assertThat(quotes("The Mayor's claims about the pier.", QuoteKind.INDIRECT)).isEmpty();
    }

    @Test
    void quotedWordsWithoutASpeechVerbAreTheHeadlinesShorthand() {
        assertThat(quotes("Harbour pilot: Storm 'got very rough out at sea.'", QuoteKind.DIRECT)).isEmpty();
    }

    @Test
    void aLongFirstParagraphIsNoHeadline() {
        assertThat(quotes("Mayor says harbour repairs are running late because the divers found more cracks in the "
                + "old pier than the engineers expected.", QuoteKind.INDIRECT))
                .containsExactly("harbour repairs are running late because the divers found more cracks in the "
                        + "old pier than the engineers expected");
    }
}
