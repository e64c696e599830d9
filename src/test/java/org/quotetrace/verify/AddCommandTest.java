package org.quotetrace.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotetrace.verify.SyntheticStory.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.index.AnalysisStore;
import org.quotetrace.index.VerifyIndex;

/** {@code quotetrace add}: adding articles to a ledger gives exactly the ledger of a full build. */
class AddCommandTest {

    @TempDir
    Path dir;

    @Test
    void addEqualsFullRebuild() throws IOException {
        Path all = SyntheticStory.writeFullCorpus(dir.resolve("all"));
        Path full = dir.resolve("full");
        assertThat(run("build", "--quiet", "--corpus", all.toString(), "--out", full.toString()).exit()).isZero();

        Path first = SyntheticStory.writeCorpus(dir.resolve("first"));
        Path incremental = dir.resolve("incremental");
        assertThat(run("build", "--quiet", "--corpus", first.toString(), "--out", incremental.toString()).exit()).isZero();
        Map<String, byte[]> beforeAdd = VerifyCommandTest.snapshot(incremental);
        // a0 sorts before the stored articles, a3 after them
        SyntheticStory.Run added = run("add", all.resolve("a3.txt").toString(), all.resolve("a0.txt").toString(),
                "--ledger", incremental.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("2 articles added, 4 articles");

        Map<String, byte[]> expected = VerifyCommandTest.snapshot(full);
        Map<String, byte[]> actual = VerifyCommandTest.snapshot(incremental);
        assertThat(actual.keySet()).isEqualTo(expected.keySet())
                .contains("ledger.csv", VerifyIndex.FILE_NAME, AnalysisStore.FILE_NAME);
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
        assertThat(new String(actual.get("ledger.csv"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("a0.txt").contains("a3.txt").contains("tomas-lindqvist");
        assertThat(beforeAdd.get("ledger.csv")).isNotEqualTo(actual.get("ledger.csv"));
    }

    /** What verify says about an article is what the ledger says once the article is added. */
    @Test
    void verifyAgreesWithTheLedgerAfterAdd() throws IOException {
        Path corpus = SyntheticStory.writeCorpus(dir.resolve("corpus"));
        Path ledger = dir.resolve("ledger");
        assertThat(run("build", "--quiet", "--corpus", corpus.toString(), "--out", ledger.toString()).exit()).isZero();
        Path article = SyntheticStory.write(dir.resolve("new/mixed.txt"), SyntheticStory.article(
                "\"" + SyntheticStory.STATEMENT.replace("protect", "save").replace("homes", "families")
                        + ",\" said Mayor Helen Okafor.\n\n"
                        + "Mayor Helen Okafor said the new barrier would protect four thousand homes from winter storms "
                        + "like those that flooded the old town last year.\n\n"
                        + "\"The first stones will arrive by boat in April,\" said engineer Priya Raman."));
        SyntheticStory.Run verified = run("verify", article.toString(), "--ledger", ledger.toString(), "--json");
        assertThat(verified.exit()).isEqualTo(1);
        JsonNode items = new ObjectMapper().readTree(verified.out()).get("items");
        assertThat(items).hasSize(3);
        assertThat(run("add", article.toString(), "--ledger", ledger.toString(), "--quiet").exit()).isZero();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(ledger.resolve("ledger.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            rows = parser.getRecords().stream().filter(r -> r.get("article_id").equals("mixed.txt")).toList();
        }
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode item = items.get(i);
            CSVRecord row = rows.get(i);
            assertThat(row.get("char_start")).isEqualTo(item.get("char_start").asText());
            if (item.get("verdict").asText().equals("NEW")) {
                // a new quote becomes the original wording of a new statement
                assertThat(row.get("fidelity")).isEqualTo("original");
                assertThat(row.get("reference_article_id")).isEqualTo("mixed.txt");
                continue;
            }
            assertThat(row.get("fidelity")).isEqualTo(item.get("fidelity").asText());
            assertThat(row.get("speaker_id")).isEqualTo(item.get("speaker_id").asText());
            List<String> ids = new java.util.ArrayList<>();
            item.get("statements").forEach(s -> ids.add(s.get("id").asText()));
            assertThat(row.get("statement_ids")).isEqualTo(String.join(";", ids));
        }
        assertThat(items.get(0).get("verdict").asText()).isEqualTo("ALTERED");
        assertThat(items.get(1).get("verdict").asText()).isEqualTo("PARAPHRASE");
        assertThat(items.get(2).get("verdict").asText()).isEqualTo("NEW");
    }

    @Test
    void addingAnArticleTheLedgerHasIsRefusedAndChangesNothing() throws IOException {
        Path corpus = SyntheticStory.writeCorpus(dir.resolve("corpus"));
        Path ledger = dir.resolve("ledger");
        assertThat(run("build", "--quiet", "--corpus", corpus.toString(), "--out", ledger.toString()).exit()).isZero();
        Map<String, byte[]> before = VerifyCommandTest.snapshot(ledger);
        SyntheticStory.Run again = run("add", corpus.resolve("a1.txt").toString(), "--ledger", ledger.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already in the ledger");
        Map<String, byte[]> after = VerifyCommandTest.snapshot(ledger);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        SyntheticStory.Run noLedger = run("add", corpus.resolve("a1.txt").toString(), "--ledger", dir.resolve("none").toString());
        assertThat(noLedger.exit()).isEqualTo(2);
    }
}
