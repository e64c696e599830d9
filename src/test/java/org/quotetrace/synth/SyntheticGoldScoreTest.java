package org.quotetrace.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.ledger.LedgerWriter;

/**
 * The synthetic gold is self-consistent under the real scorer: a ledger made from the gold itself
 * scores 1.000 on every metric of {@code ../shared/eval/score.py}. Skipped where the scorer or
 * python3 is not available.
 */
class SyntheticGoldScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aLedgerMadeFromTheGoldScoresOneEverywhere() throws Exception {
        Path scorer = Path.of(System.getProperty("quotetrace.projectDir", ".")).resolve("../shared/eval/score.py")
                .normalize();
        assumeTrue(Files.isRegularFile(scorer), "scorer not found at " + scorer);
        assumeTrue(python3Works(), "python3 not available");

        Path corpus = tmp.resolve("corpus");
        SyntheticCorpus.generate(120, 21, corpus);
        Path ledger = tmp.resolve("ledger.csv");
        new LedgerWriter().write(ledger, ledgerFromGold(corpus.resolve("gold")));

        Process process = new ProcessBuilder("python3", scorer.toString(), "--gold", corpus.resolve("gold").toString(),
                "--texts", corpus.resolve("texts").toString(), "--ledger", ledger.toString(), "--json")
                .redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        JsonNode metrics = JSON.readTree(out);
        assertThat(metrics.get("gold_quotes").get("total").asInt()).isGreaterThan(300);
        metrics.get("score").fields().forEachRemaining(e ->
                assertThat(e.getValue().asDouble()).as(e.getKey()).isEqualTo(1.0));
        assertThat(metrics.get("offset_mismatches").asInt()).isZero();
    }

    /** One ledger row per gold quote, naming each speaker by its display name. */
    static List<LedgerRow> ledgerFromGold(Path gold) throws IOException {
        JsonNode speakers = JSON.readTree(gold.resolve("speakers.json").toFile());
        List<LedgerRow> rows = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(gold)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt.json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode article = JSON.readTree(file.toFile());
            String id = article.get("article").asText();
            for (JsonNode q : article.get("quotes")) {
                int start = q.get("char_start").asInt();
                int end = q.get("char_end").asInt();
                String speaker = q.get("speaker").asText();
                List<String> statements = new ArrayList<>();
                q.get("statements").forEach(s -> statements.add(s.asText()));
                rows.add(new LedgerRow(LedgerRow.occurrenceId(id, start, end) + ":" + q.get("kind").asText(), id,
                        article.get("outlet").asText(), speaker, speakers.get(speaker).get("name").asText(),
                        q.get("mention").asText(), q.get("cue").asText(), q.get("kind").asText(), q.get("text").asText(),
                        start, end, statements, q.get("fidelity").asText(), 1.0, ""));
            }
        }
        return rows;
    }

    private static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
