package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.NlpModels;
import org.quotetrace.quotes.CueLexicon;

/** Which free sentences name a source for their words, on invented sentences. */
class SourceNamingTest {

    private final SourceNaming naming = new SourceNaming(CueLexicon.standard());

    private boolean namesSource(String sentence) {
        AnnotatedText annotated = NlpModels.shared().annotator().annotate(sentence);
        return naming.namesSource(sentence, 0, sentence.length(), annotated.tokens());
    }

    @Test
    void aSpeechVerbWithReportedContentNamesASource() {
        assertThat(namesSource("The mayor said the bridge would reopen in June.")).isTrue();
        assertThat(namesSource("The water board insisted that the pipes were safe.")).isTrue();
        assertThat(namesSource("Ann Lee told the Valley Post the bridge was never in danger.")).isTrue();
        assertThat(namesSource("The bridge will reopen in June, the mayor said.")).isTrue();
        assertThat(namesSource("The bridge will reopen in June, said Ann Lee, the mayor of Northby.")).isTrue();
        assertThat(namesSource("The bridge is safe, according to the council.")).isTrue();
        assertThat(namesSource("The water board confirmed the closure of the pool on Friday.")).isTrue();
    }

    @Test
    void aSpeechVerbThatDescribesADeedNamesNoSource() {
        // "charge" reports only with a clause ("charged that ..."); with a person as object it is a deed
        assertThat(namesSource("The county police charged two brothers this week as part of an inquiry into the fires, "
                + "which was led by fire investigators.")).isFalse();
        assertThat(namesSource("A man, 40, was charged on 3 May and was granted bail.")).isFalse();
        assertThat(namesSource("The full report comes out in August, and residents can read it at the town library.")).isFalse();
        assertThat(namesSource("The alleged theft of the bikes happened at night.")).isFalse();
        assertThat(namesSource("A public meeting has been called for 4 June at the town hall.")).isFalse();
        assertThat(namesSource("The smuggling ring, dubbed Bluebird, moved stolen bikes across the border.")).isFalse();
    }

    @Test
    void aVerbThatAlsoDescribesWhatThingsShowNeedsASpeaker() {
        assertThat(namesSource("The case highlights the need for new rules on drones.")).isFalse();
        assertThat(namesSource("She highlighted the need for new rules on drones.")).isTrue();
    }
}
