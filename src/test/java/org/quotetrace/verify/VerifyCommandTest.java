package org.quotetrace.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotetrace.verify.SyntheticStory.STATEMENT;
import static org.quotetrace.verify.SyntheticStory.article;
import static org.quotetrace.verify.SyntheticStory.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code quotetrace verify} end to end through the command line, on synthetic articles that carry each verdict. */
class VerifyCommandTest {

    @TempDir
    static Path dir;
    static Path ledger;

    private static final Map<String, String> ARTICLES = Map.of(
            "verbatim", "\"" + STATEMENT + ",\" said Mayor Helen Okafor.",
            "fragment", "\"The barrier will protect four thousand homes,\" Mayor Helen Okafor said.",
            "edited", "\"The barrier will protect four thousand homes ... that flooded the old town last year,\" said Mayor Helen Okafor.",
            "altered", "\"" + STATEMENT.replace("protect", "save").replace("homes", "families") + ",\" said Mayor Helen Okafor.",
            "paraphrase", "Mayor Helen Okafor said the new barrier would protect four thousand homes from winter storms "
                    + "like those that flooded the old town last year.",
            "misattributed", "\"" + STATEMENT + ",\" said Marcus Webb, the opposition leader.",
            "reuse", STATEMENT + ".",
            "new", "\"We will publish the full budget for the harbour works next month,\" said finance director Anna Berg.");

    @BeforeAll
    static void buildLedger() throws IOException {
        Path corpus = SyntheticStory.writeCorpus(dir.resolve("corpus"));
        ledger = dir.resolve("ledger");
        assertThat(run("build", "--quiet", "--corpus", corpus.toString(), "--out", ledger.toString()).exit()).isZero();
        for (Map.Entry<String, String> entry : ARTICLES.entrySet()) {
            SyntheticStory.write(dir.resolve("new").resolve(entry.getKey() + ".txt"), article(entry.getValue()));
        }
    }

    private static JsonNode verifyJson(String name, int expectedExit) throws IOException {
        SyntheticStory.Run result = run("verify", dir.resolve("new").resolve(name + ".txt").toString(),
                "--ledger", ledger.toString(), "--json");
        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).as(result.out()).isEqualTo(expectedExit);
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertThat(root.get("exit_code").asInt()).isEqualTo(expectedExit);
        return root;
    }

    private static List<String> verdicts(JsonNode root) {
        List<String> out = new ArrayList<>();
        root.get("items").forEach(item -> out.add(item.get("verdict").asText()));
        return out;
    }

    @ParameterizedTest
    @CsvSource({"verbatim,VERBATIM,0", "fragment,FRAGMENT,0", "edited,EDITED,0", "altered,ALTERED,1",
            "paraphrase,PARAPHRASE,0", "misattributed,MISATTRIBUTED,1", "reuse,REUSE,0", "new,NEW,0"})
    void eachVerdictEndToEnd(String name, String verdict, int exit) throws IOException {
        JsonNode root = verifyJson(name, exit);
        assertThat(verdicts(root)).containsExactly(verdict);
        assertThat(root.get("counts").get(verdict).asInt()).isEqualTo(1);
        assertThat(root.get("problems").asInt()).isEqualTo(exit);
        JsonNode item = root.get("items").get(0);
        String article = article(ARTICLES.get(name));
        assertThat(article.substring(item.get("char_start").asInt(), item.get("char_end").asInt()))
                .isEqualTo(item.get("text").asText());
        if (!verdict.equals("NEW")) {
            JsonNode statement = item.get("statements").get(0);
            assertThat(statement.get("speaker_id").asText()).isEqualTo("helen-okafor");
            assertThat(statement.get("reference_text").asText()).startsWith("The barrier will protect");
            assertThat(statement.get("reference_outlet").asText()).isIn("Daily Ledger", "Coast Courier");
        } else {
            assertThat(item.get("statements")).isEmpty();
        }
    }

    @Test
    void misattributionNamesBothSpeakers() throws IOException {
        JsonNode item = verifyJson("misattributed", 1).get("items").get(0);
        assertThat(item.get("speaker_id").asText()).isEqualTo("marcus-webb");
        assertThat(item.get("statements").get(0).get("speaker_id").asText()).isEqualTo("helen-okafor");
        SyntheticStory.Run text = run("verify", dir.resolve("new/misattributed.txt").toString(), "--ledger", ledger.toString());
        assertThat(text.out()).contains("credited to Marcus Webb").contains("said by Helen Okafor");
    }

    @Test
    void alteredQuoteShowsWordDiff() throws IOException {
        JsonNode diff = verifyJson("altered", 1).get("items").get(0).get("diff");
        Map<String, List<String>> ops = new TreeMap<>();
        diff.forEach(step -> ops.computeIfAbsent(step.get("op").asText(), k -> new ArrayList<>()).add(step.get("text").asText()));
        assertThat(ops.get("delete")).containsExactly("protect", "homes");
        assertThat(ops.get("insert")).containsExactly("save", "families");
        SyntheticStory.Run text = run("verify", dir.resolve("new/altered.txt").toString(), "--ledger", ledger.toString());
        assertThat(text.out()).contains("[-protect-] {+save+}").doesNotContain("\u001b[");
    }

    @Test
    void textOutputEndsWithOneLineSummary() {
        SyntheticStory.Run text = run("verify", dir.resolve("new/verbatim.txt").toString(), "--ledger", ledger.toString());
        assertThat(text.exit()).isZero();
        String[] lines = text.out().strip().split("\\R");
        assertThat(lines[lines.length - 1]).isEqualTo("1 item: 1 VERBATIM - nothing altered or misattributed");
    }

    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(article(ARTICLES.get("altered")).getBytes(StandardCharsets.UTF_8)));
            SyntheticStory.Run result = run("verify", "-", "--ledger", ledger.toString());
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out()).contains("ALTERED");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void badInputExitsTwoWithOneLineAndLeavesLedgerAlone() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 'b'});
        Files.write(bad.resolve("latin.txt"), "Caf\u00e9 \"quoted words here\" said someone.".getBytes(StandardCharsets.ISO_8859_1));
        try (RandomAccessFile huge = new RandomAccessFile(bad.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Map<String, byte[]> before = snapshot(ledger);
        for (String input : List.of("missing.txt", "", "empty.txt", "binary.txt", "latin.txt", "huge.txt")) {
            for (String command : List.of("verify", "add")) {
                String path = bad.resolve(input).toString();
                SyntheticStory.Run result = command.equals("verify")
                        ? run("verify", path, "--ledger", ledger.toString())
                        : run("add", path, "--ledger", ledger.toString(), "--quiet");
                assertThat(result.exit()).as(command + " " + input).isEqualTo(2);
                assertThat(result.out()).isEmpty();
                assertThat(result.err().strip()).as(command + " " + input).startsWith("quotetrace: ").doesNotContain("\n")
                        .doesNotContain("Exception");
            }
        }
        assertThat(snapshot(ledger)).containsOnlyKeys(before.keySet().toArray(String[]::new));
        before.forEach((name, bytes) -> assertThat(snapshotFile(ledger.resolve(name))).as(name).isEqualTo(bytes));
    }

    @Test
    void missingLedgerOrUsageErrorExitsTwo() {
        SyntheticStory.Run noLedger = run("verify", dir.resolve("new/verbatim.txt").toString(), "--ledger",
                dir.resolve("nowhere").toString());
        assertThat(noLedger.exit()).isEqualTo(2);
        assertThat(noLedger.err()).contains("nowhere");
        assertThat(run("verify").exit()).isEqualTo(2);
        assertThat(run("verify", "a.txt", "--no-such-option").exit()).isEqualTo(2);
    }

    /**
     * A damaged, cut-short or old-format verify index is bad input: one line naming the file and
     * saying to rebuild, exit 2, never a stack trace. Damage in a record is met only when verify
     * reads it, so the whole file is overwritten here, then cut, then replaced by an old index.
     */
    @Test
    void damagedOrOldIndexExitsTwoWithOneLine() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("damaged"));
        for (Map.Entry<String, byte[]> file : snapshot(ledger).entrySet()) {
            Files.createDirectories(copy.resolve(file.getKey()).getParent());
            Files.write(copy.resolve(file.getKey()), file.getValue());
        }
        Path index = copy.resolve("verify-index.bin");
        byte[] bytes = Files.readAllBytes(index);
        String article = dir.resolve("new/altered.txt").toString();
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(java.util.Arrays.copyOf(bytes, bytes.length - 7));
        damaged.add(java.util.Arrays.copyOf(bytes, bytes.length / 2));
        for (int at : new int[] {9, bytes.length / 3, bytes.length / 2, bytes.length - 30}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 0x10;
            damaged.add(changed);
        }
        int refused = 0;
        for (byte[] file : damaged) {
            Files.write(index, file);
            SyntheticStory.Run result = run("verify", article, "--ledger", copy.toString(), "--json");
            if (result.exit() == 2) {
                refused++;
                assertThat(result.err().strip()).startsWith("quotetrace: ").contains("verify-index.bin")
                        .contains("rebuild").doesNotContain("\n").doesNotContain("Exception");
                assertThat(result.out()).isEmpty();
            } else {
                assertThat(result.exit()).as("a change in a record this article never reads").isIn(0, 1);
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(3);
        Files.delete(index);
        Files.write(copy.resolve("verify-index.bin.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        SyntheticStory.Run old = run("verify", article, "--ledger", copy.toString());
        assertThat(old.exit()).isEqualTo(2);
        assertThat(old.err().strip()).contains("older quotetrace").contains("rebuild").doesNotContain("\n");
    }

    /** Every file under {@code folder} by relative path, with its bytes. */
    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return out;
    }

    private static byte[] snapshotFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
