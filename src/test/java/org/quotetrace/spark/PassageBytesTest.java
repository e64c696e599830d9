package org.quotetrace.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.Word;

/** Passages survive the trip from executor to driver, renumbered, with their word strings pooled. */
class PassageBytesTest {

    private static final String TEXT = "The mayor said the bridges would reopen. Traffic (heavy) returned.";

    @Test
    void passagesComeBackRenumberedWithTheArticleText() {
        Passage quote = new Passage(0, "a.txt", TEXT, 0, 40, Passage.Source.DIRECT, 1, List.of(
                new Word("the", "the", false, false, 0, 3), new Word("bridges", "bridge", true, false, 19, 26)), false);
        Passage free = new Passage(1, "a.txt", TEXT, 41, 66, Passage.Source.FREE, -1, List.of(
                new Word("heavy", "heavy", true, true, 50, 55)), true);
        Map<String, String> pool = new HashMap<>();

        List<Passage> back = PassageBytes.decode(PassageBytes.encode(List.of(quote, free)), "a.txt", TEXT, 7, 3, pool);

        assertThat(back).containsExactly(
                new Passage(7, "a.txt", TEXT, 0, 40, Passage.Source.DIRECT, 4, quote.words(), false),
                new Passage(8, "a.txt", TEXT, 41, 66, Passage.Source.FREE, -1, free.words(), true));
        assertThat(back.get(0).surface()).isEqualTo(TEXT.substring(0, 40));
    }

    @Test
    void equalWordsShareOneString() {
        Passage one = new Passage(0, "a.txt", TEXT, 0, 40, Passage.Source.INDIRECT, 0, List.of(
                new Word(new String("bridges"), "bridge", true, false, 19, 26)), false);
        Passage two = new Passage(0, "b.txt", TEXT, 0, 40, Passage.Source.INDIRECT, 0, List.of(
                new Word(new String("bridges"), "bridge", true, false, 19, 26)), false);
        Map<String, String> pool = new HashMap<>();
        Word a = PassageBytes.decode(PassageBytes.encode(List.of(one)), "a.txt", TEXT, 0, 0, pool).get(0).words().get(0);
        Word b = PassageBytes.decode(PassageBytes.encode(List.of(two)), "b.txt", TEXT, 1, 1, pool).get(0).words().get(0);
        assertThat(a.form()).isSameAs(b.form());
        assertThat(a.lemma()).isSameAs(b.lemma()).isEqualTo("bridge");
    }
}
