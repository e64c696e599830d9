package org.quotetrace.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.attribution.MentionKind;
import org.quotetrace.attribution.SpeakerDescription;
import org.quotetrace.corpus.InputException;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.Statement;
import org.quotetrace.linking.Word;

/** The verify index file: exact round trip, deterministic bytes, damaged files refused with a one-line message. */
class VerifyIndexTest {

    @TempDir
    Path dir;

    private static VerifyIndex sample() {
        Statement statement = new Statement("s-0123456789", "helen-okafor", "Helen Okafor", "a1.txt", 10, 40,
                "Wir bauen die Mauer – jetzt.", List.of("helen-okafor", "marcus-webb"));
        IndexedPassage wording = new IndexedPassage("s-0123456789", "a1.txt", 10, "Wir bauen die Mauer – jetzt.",
                Passage.Source.DIRECT, false, List.of(new Word("wir", "wir", false, false, 0, 3),
                        new Word("bauen", "bauen", true, true, 4, 9)));
        IndexedSpeaker speaker = new IndexedSpeaker(new SpeakerDescription(MentionKind.PERSON, "Helen Okafor",
                List.of("mayor", "chair"), "Harbour Council", "f", List.of("H. Okafor")), "helen-okafor", "Helen Okafor");
        return new VerifyIndex(List.of(new IndexedStatement(statement, "Daily Ledger", true)), List.of(wording),
                List.of(speaker), Map.of("protect", List.of("guard", "shield")), Map.of("protected", List.of("protect", "protected")));
    }

    @Test
    void roundTripIsExactAndBytesAreStable() throws IOException {
        VerifyIndex index = sample();
        index.write(dir);
        byte[] first = Files.readAllBytes(dir.resolve(VerifyIndex.FILE_NAME));
        assertThat(VerifyIndex.read(dir)).isEqualTo(index);
        index.write(dir);
        assertThat(Files.readAllBytes(dir.resolve(VerifyIndex.FILE_NAME))).isEqualTo(first);
    }

    @Test
    void damagedOrMissingIndexIsBadInput() throws IOException {
        assertThatThrownBy(() -> VerifyIndex.read(dir)).isInstanceOf(InputException.class).hasMessageContaining("no verify index");
        assertThatThrownBy(() -> VerifyIndex.read(dir.resolve("absent"))).isInstanceOf(InputException.class);
        sample().write(dir);
        Path file = dir.resolve(VerifyIndex.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> VerifyIndex.read(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("rebuild").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Files.writeString(file, "not gzip at all");
        assertThatThrownBy(() -> VerifyIndex.read(dir)).isInstanceOf(InputException.class);
    }

    @Test
    void storedSynonymsWorkBothWaysFromTheStoredSide() {
        StoredSynonyms synonyms = new StoredSynonyms(Map.of("protect", List.of("guard", "shield")),
                Map.of("guarded", List.of("guard", "guarded")));
        assertThat(synonyms.synonymous("protect", "guard")).isTrue();
        assertThat(synonyms.synonymous("guard", "protect")).isTrue();
        assertThat(synonyms.synonymous("protect", "guarded")).as("through the base form").isTrue();
        assertThat(synonyms.synonymous("guard", "shield")).isFalse();
        assertThat(synonyms.synonymous("same", "same")).isTrue();
    }
}
