package org.quotetrace.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.nlp.NlpModels;

class ReportContinuationFinderTest {

    private final QuoteExtractor extractor = QuoteExtractor.standard();

    private List<QuoteSpan> found(String text) {
        return extractor.extract(text, NlpModels.shared().annotator()).quotes();
    }

    private List<String> indirect(String text) {
        return found(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT)
                .map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void presentTenseSentencesAfterAReportContinueIt() {
        String text = "The flood agency warned that the river is rising faster than forecast. Several dykes in the "
                + "north are already saturated. The pumps cannot keep up with the inflow.\n";
        assertThat(indirect(text)).containsExactly("the river is rising faster than forecast",
                "Several dykes in the north are already saturated", "The pumps cannot keep up with the inflow");
    }

    @Test
    void theContinuationTakesTheReportsSourceAndNoCue() {
        String text = "The flood agency warned that the river is rising faster than forecast. Several dykes in the "
                + "north are already saturated.\n";
        List<QuoteSpan> quotes = found(text);
        assertThat(quotes).hasSize(2);
        QuoteSpan report = quotes.get(0);
        QuoteSpan continuation = quotes.get(1);
        assertThat(continuation.cue()).isNull();
        assertThat(text.substring(continuation.sourceStart(), continuation.sourceEnd()))
                .isEqualTo(text.substring(report.sourceStart(), report.sourceEnd()));
    }

    @Test
    void pastTenseNarrationAfterAReportIsNoContinuation() {
        String text = "The flood agency warned that the river is rising faster than forecast. Residents left their "
                + "homes on Sunday.\n";
        assertThat(indirect(text)).containsExactly("the river is rising faster than forecast");
    }

    @Test
    void presentPerfectNarrationIsNoContinuation() {
        String text = "The flood agency warned that the river is rising faster than forecast. The army has sent "
                + "two hundred soldiers to the area.\n";
        assertThat(indirect(text)).containsExactly("the river is rising faster than forecast");
    }

    @Test
    void aReportInThePastTenseHasNoContinuation() {
        String text = "The flood agency said that the river was rising faster than forecast. Several dykes in the north "
                + "are saturated.\n";
        assertThat(indirect(text)).containsExactly("the river was rising faster than forecast");
    }

    @Test
    void theChainStopsAtTheParagraphEnd() {
        String text = "The flood agency warned that the river is rising faster than forecast.\n"
                + "Several dykes in the north are already saturated.\n";
        assertThat(indirect(text)).containsExactly("the river is rising faster than forecast");
    }

    @Test
    void aSentenceAboutAPersonOrWithAConjunctionIsNoContinuation() {
        String text = "Mayor Lena Sorensen said that the new bridge is safe. She is a former engineer.\n"
                + "Mayor Lena Sorensen said that the new bridge is safe. But critics remain unconvinced.\n";
        assertThat(indirect(text)).containsExactly("the new bridge is safe", "the new bridge is safe");
    }

    @Test
    void aNounPhraseReportHasNoContinuation() {
        String text = "The agency emphasized the growing risk posed by floods, which threaten many towns. Local "
                + "councils are responsible for the dykes.\n";
        assertThat(indirect(text)).doesNotContain("Local councils are responsible for the dykes");
    }
}
