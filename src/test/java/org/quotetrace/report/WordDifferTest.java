package org.quotetrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDifferTest {

    private final WordDiffer differ = new WordDiffer();

    private static List<String> ops(WordDiff diff, DiffOp op) {
        return diff.parts().stream().filter(p -> p.op() == op).map(DiffPart::text).toList();
    }

    @Test
    void marksInsertedAndDeletedWords() {
        WordDiff diff = differ.diff("We have listened to every resident who wrote to us.",
                "We have listened to every single resident who complained to us.");
        assertThat(ops(diff, DiffOp.INSERT)).containsExactly("single", "complained");
        assertThat(ops(diff, DiffOp.DELETE)).containsExactly("wrote");
        assertThat(MarkdownRenderer.diff(diff))
                .isEqualTo("We have listened to every **single** resident who ~~wrote~~ **complained** to us.");
    }

    @Test
    void typographyAndCaseAreNotChanges() {
        WordDiff diff = differ.diff("It’s the council’s plan — “final”.", "it's the Council's plan - \"final\".");
        assertThat(diff.changedRuns()).isZero();
        assertThat(diff.parts()).singleElement().extracting(DiffPart::text).isEqualTo("it's the Council's plan - \"final\".");
    }

    @Test
    void ellipsisAndBracketsShowAsEdits() {
        WordDiff diff = differ.diff("The terminal will open in May and will serve many.",
                "The terminal [in Norby] will open in May … serve many.");
        assertThat(ops(diff, DiffOp.INSERT)).containsExactly("[in Norby]", "…");
        assertThat(ops(diff, DiffOp.DELETE)).containsExactly("and will");
    }

    @Test
    void keptWordsComeFromTheReproduction() {
        WordDiff diff = differ.diff("the plan", "THE plan today");
        assertThat(diff.parts()).extracting(DiffPart::op).containsExactly(DiffOp.EQUAL, DiffOp.INSERT);
        assertThat(diff.parts().get(0).text()).isEqualTo("THE plan");
        assertThat(diff.parts().get(1).spaceBefore()).isTrue();
    }
}
