package org.quotetrace.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same corpus gives the same bytes; a new article does not renumber the old occurrences or
 * the statements they carry.
 */
class DeterministicOutputTest {

    @TempDir
    Path dir;

    @Test
    void sameCorpusSameBytesWhateverTheThreads() throws IOException {
        Path corpus = dir.resolve("corpus");
        SyntheticCorpus.write(corpus, 12, 7);
        byte[] one = build(corpus, "one", "1");
        byte[] two = build(corpus, "two", "2");
        byte[] again = build(corpus, "again", "2");
        assertThat(two).isEqualTo(one);
        assertThat(again).isEqualTo(one);
        assertThat(rows(one)).hasSizeGreaterThan(12);
    }

    @Test
    void addingAnArticleKeepsEveryExistingOccurrenceAndStatementId() throws IOException {
        Path corpus = dir.resolve("corpus");
        SyntheticCorpus.write(corpus, 8, 11);
        Map<String, CSVRecord> before = rows(build(corpus, "before", "2"));
        // the new article sorts first, so an id made from a running number would shift
        Files.writeString(corpus.resolve("0-breaking.txt"), SyntheticCorpus.article(new Random(99), 0), StandardCharsets.UTF_8);
        Map<String, CSVRecord> after = rows(build(corpus, "after", "2"));

        assertThat(after.keySet()).containsAll(before.keySet());
        assertThat(after.keySet()).anyMatch(id -> id.startsWith("0-breaking:"));
        for (var entry : before.entrySet()) {
            CSVRecord old = entry.getValue();
            CSVRecord now = after.get(entry.getKey());
            // statement ids too: a new article may add statements or join existing ones, never renumber them
            for (String column : new String[] {"article_id", "text", "char_start", "char_end", "kind", "statement_ids"}) {
                assertThat(now.get(column)).as(entry.getKey() + " " + column).isEqualTo(old.get(column));
            }
        }
    }

    private byte[] build(Path corpus, String name, String threads) throws IOException {
        Path out = dir.resolve(name);
        Cli cli = Cli.run("build", "--quiet", "--threads", threads, "--corpus", corpus.toString(), "--out", out.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        return Files.readAllBytes(out.resolve("ledger.csv"));
    }

    private static Map<String, CSVRecord> rows(byte[] csv) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            assertThat(rows.put(record.get("occurrence_id"), record)).as("duplicate id").isNull();
        }
        return rows;
    }
}
