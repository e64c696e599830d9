package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quotetrace.quotes.CueLexicon;

/** Different names in the same place, and one name written more or less fully, on invented sentences. */
class ProperNamesTest {

    private final PassageBuilder builder = new PassageBuilder(WordForms.standard(), CueLexicon.standard());

    private Passage passage(String text) {
        return new Passage(0, "x.txt", text, 0, text.length(), Passage.Source.FREE, -1,
                builder.words(text, 0, text.length(), new TreeMap<>()), false);
    }

    private boolean conflict(String a, String b) {
        return ProperNames.conflict(ProperNames.mentions(passage(a)), ProperNames.mentions(passage(b)));
    }

    @Test
    void aNameWrittenMoreFullyIsTheSameName() {
        // one outlet capitalises "Police", the other does not: "Danish" and "Danish Police" are one name
        assertThat(conflict("The raids were led by Danish Police and involved border guards from Spain.",
                "The raids were led by Danish police alongside border guards from Spain.")).isFalse();
    }

    @Test
    void differentNamesInTheSamePlaceConflict() {
        assertThat(conflict("The raids were led by Danish Police and border guards.",
                "The raids were led by Swedish Police and border guards.")).isTrue();
        assertThat(conflict("The raids were led by Danish police and border guards.",
                "The raids were led by Swedish police and border guards.")).isTrue();
    }
}
