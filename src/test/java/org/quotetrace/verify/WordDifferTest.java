package org.quotetrace.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.linking.WordForms;

class WordDifferTest {

    private final WordDiffer differ = new WordDiffer(WordForms.standard());

    @Test
    void showsChangedWordsAsWrittenAndIgnoresCase() {
        assertThat(differ.diff("We must act NOW, before the storm.", "We must act now, after the storm."))
                .containsExactly(new DiffOp("equal", "We must act NOW"), new DiffOp("delete", "before"),
                        new DiffOp("insert", "after"), new DiffOp("equal", "the storm"));
    }

    @Test
    void equalWordingsGiveOneEqualStep() {
        assertThat(differ.diff("Four thousand homes.", "four thousand homes"))
                .isEqualTo(List.of(new DiffOp("equal", "Four thousand homes")));
    }
}
