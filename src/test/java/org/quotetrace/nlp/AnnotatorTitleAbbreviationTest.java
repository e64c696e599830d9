package org.quotetrace.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences do not end after a title or an initial ("Mrs.", "J."). */
class AnnotatorTitleAbbreviationTest {

    private static List<String> sentences(String text) {
        return NlpModels.shared().annotator().annotate(text).sentences().stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void titleBeforeANameKeepsTheSentenceWhole() {
        String text = "Both senators said Mrs. Halvorsen was certain to win the district. Mr. Quill did not comment.";
        assertThat(sentences(text)).containsExactly(
                "Both senators said Mrs. Halvorsen was certain to win the district.", "Mr. Quill did not comment.");
    }

    @Test
    void middleInitialKeepsTheSentenceWhole() {
        String text = "The letter was signed by Peter K. Lund on behalf of the board.";
        assertThat(sentences(text)).containsExactly(text);
    }
}
