package org.quotetrace.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.attribution.MentionKind;
import org.quotetrace.attribution.SpeakerDescription;
import org.quotetrace.corpus.InputException;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.Statement;
import org.quotetrace.linking.Word;

/**
 * The verify index file: exact round trip, deterministic bytes, answers read in place equal to
 * those of the index in memory, and damaged, cut-short or old-format files refused with a
 * one-line message that says to rebuild.
 */
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
    void missingIndexIsBadInput() {
        assertThatThrownBy(() -> VerifyIndex.read(dir)).isInstanceOf(InputException.class).hasMessageContaining("no verify index");
        assertThatThrownBy(() -> VerifyIndex.read(dir.resolve("absent"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no such ledger folder");
    }

    @Test
    void indexOfTheOldFormatAsksForARebuild() throws IOException {
        Files.write(dir.resolve(VerifyIndex.OLD_FILE_NAME), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        assertThatThrownBy(() -> VerifyIndex.open(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("older quotetrace").hasMessageContaining("rebuild");
        sample().write(dir);
        assertThat(dir.resolve(VerifyIndex.OLD_FILE_NAME)).as("a new index removes the stale one").doesNotExist();
        Path file = dir.resolve(VerifyIndex.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[7] = 3;
        Files.write(file, bytes);
        assertThatThrownBy(() -> VerifyIndex.open(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("another format version (3").hasMessageContaining("rebuild");
        Files.writeString(file, "not an index at all, just some words");
        assertThatThrownBy(() -> VerifyIndex.open(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("not a quotetrace verify index");
    }

    /** Every cut of the file, and every single changed byte, is refused on opening or on reading what it damaged. */
    @Test
    void everyTruncationAndEveryChangedByteIsBadInput() throws IOException {
        sample().write(dir);
        Path file = dir.resolve(VerifyIndex.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        for (int length = 0; length < bytes.length; length++) {
            Files.write(file, Arrays.copyOf(bytes, length));
            assertRefused(file, "cut at " + length);
        }
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= (byte) (1 << (i % 8));
            Files.write(file, changed);
            assertRefused(file, "byte " + i + " changed");
        }
    }

    private void assertRefused(Path file, String what) {
        assertThatThrownBy(() -> {
            VerifyIndexFile index = VerifyIndex.open(dir);
            index.checkAll();
            index.toIndex();
        }).as(what).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(file.toString()).contains("rebuild").doesNotContain("\n"));
    }

    /** A ledger's worth of random wordings: the file answers every question as the index in memory does. */
    @Test
    void fileAnswersAsTheIndexInMemory() throws IOException {
        Random random = new Random(3);
        String[] vocabulary = new String[300];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + i;
        }
        List<IndexedStatement> statements = new ArrayList<>();
        List<IndexedPassage> wordings = new ArrayList<>();
        Map<String, List<String>> synonyms = new HashMap<>();
        for (int s = 0; s < 200; s++) {
            String id = String.format("s-%010d", s);
            statements.add(new IndexedStatement(new Statement(id, "speaker-" + s % 7, "Speaker " + s % 7, "a" + s + ".txt",
                    s, s + 30, "text " + s, List.of("speaker-" + s % 7)), "Outlet " + s % 5, s % 3 == 0));
            for (int v = 0; v < 1 + random.nextInt(3); v++) {
                List<Word> words = new ArrayList<>();
                int n = 3 + random.nextInt(15);
                for (int w = 0; w < n; w++) {
                    // Zipf-like: low numbers are common terms
                    String form = vocabulary[(int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * 60)];
                    words.add(new Word(form, form.length() > 2 ? form.substring(0, 2) + "x" : form, random.nextInt(4) > 0,
                            false, w * 4, w * 4 + 3));
                }
                wordings.add(new IndexedPassage(id, "a" + s + ".txt", s, "surface " + s + "/" + v, Passage.Source.DIRECT,
                        v % 2 == 0, words));
            }
            synonyms.put("w" + s, List.of("w" + (s + 1), "w" + (s + 2)));
        }
        VerifyIndex index = new VerifyIndex(statements, wordings, List.of(), synonyms, Map.of("w5", List.of("w5", "w6")));
        index.write(dir);
        VerifyIndexFile file = VerifyIndex.open(dir);
        LoadedVerifyIndex memory = new LoadedVerifyIndex(index);
        int nonEmpty = 0;
        for (int q = 0; q < 300; q++) {
            List<String> query = new ArrayList<>();
            for (int t = random.nextInt(12); t >= 0; t--) {
                query.add(vocabulary[random.nextInt(80)]);
            }
            int limit = random.nextInt(12);
            int minShared = random.nextInt(3);
            List<Integer> expected = memory.similarWordings(query, limit, minShared);
            assertThat(file.similarWordings(query, limit, minShared)).as("query %s", query).isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).isGreaterThan(200);
        for (IndexedStatement statement : statements) {
            String id = statement.statement().id();
            assertThat(file.statement(id)).isEqualTo(statement);
            assertThat(file.referenceWording(id)).isEqualTo(memory.referenceWording(id));
        }
        for (int i = 0; i < wordings.size(); i++) {
            assertThat(file.wording(i)).isEqualTo(wordings.get(i));
        }
        for (String a : Set.of("w1", "w2", "w3", "w5", "w6", "w7", "w250", "unknown")) {
            for (String b : Set.of("w1", "w2", "w3", "w5", "w6", "w7", "w250", "unknown")) {
                assertThat(file.synonyms().synonymous(a, b)).as(a + "~" + b).isEqualTo(memory.synonyms().synonymous(a, b));
            }
        }
        assertThat(file.toIndex()).isEqualTo(index);
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
