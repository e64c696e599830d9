package org.quotetrace.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.CsvCells;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.ledger.LedgerWriter;
import org.quotetrace.pipeline.Quotetrace;
import org.quotetrace.quotes.DirectQuoteFinder;
import org.quotetrace.quotes.QuoteSpan;
import org.quotetrace.quotes.ScareQuoteFilter;
import org.quotetrace.story.StorySegmenter;

/**
 * Fuzz tests of quote detection and attribution. In {@code mvn verify} they replay the committed
 * inputs under {@code src/test/resources/org/quotetrace/fuzz/QuoteDetectionFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} Jazzer explores new inputs (see README, "Hostile input and limits").
 *
 * Each input is the fuzzer's bytes read as UTF-8 (bad sequences become U+FFFD), so the seed files
 * are plain text.
 *
 * <p>Invariants: no exception; every span satisfies {@code 0 <= start < end <= length}; a ledger
 * row's {@code text} is the article slice at its offsets, also after a round trip through the CSV;
 * and the direct-quote scan takes time linear in the input length.
 */
class QuoteDetectionFuzzTest {

    private static final Quotetrace ENGINE = Quotetrace.standard(1);
    private static final DirectQuoteFinder FINDER = new DirectQuoteFinder(new ScareQuoteFilter());
    private static final StorySegmenter SEGMENTER = new StorySegmenter();

    /** Length the small copy of the input is blown up to for the linear-time check. */
    private static final int SMALL_LENGTH = 2_000;

    /** The whole per-article pipeline (story, NLP, quotes, attribution) and the CSV ledger. */
    @FuzzTest(maxDuration = "5m")
    void extractionKeepsOffsetsAndText(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.length() > 4_000) {
            return; // the NLP stage costs ~1 ms per token; keep each execution short
        }
        List<LedgerRow> rows = ENGINE.extract(List.of(Article.of("fuzz.txt", text)));
        for (LedgerRow row : rows) {
            assertThat(row.charStart()).isGreaterThanOrEqualTo(0);
            assertThat(row.charEnd()).isGreaterThan(row.charStart()).isLessThanOrEqualTo(text.length());
            assertThat(row.text()).isEqualTo(text.substring(row.charStart(), row.charEnd()));
            assertThat(row.speakerId()).isNotNull();
            assertThat(row.speakerName()).isNotNull();
        }
        StringWriter csv = new StringWriter();
        new LedgerWriter().write(csv, rows);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(records).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord record = records.get(i);
            assertThat(CsvCells.FORMULA_STARTS.indexOf(firstChar(record.get("text")))).isNegative();
            assertThat(CsvCells.restore(record.get("text"))).isEqualTo(rows.get(i).text());
            assertThat(Integer.parseInt(record.get("char_start"))).isEqualTo(rows.get(i).charStart());
        }
    }

    /** The direct-quote scan alone: fast, so the fuzzer gets many executions. */
    @FuzzTest(maxDuration = "5m")
    void directQuoteScanIsSafe(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        checkSpans(text, FINDER.find(text, SEGMENTER.segment(text)));
    }

    /**
     * The direct-quote scan takes time linear in the input: the input repeated to four times the
     * length may take at most eight times as long (a quadratic scan takes sixteen times), best of
     * three runs each, plus one second of slack for a busy shared machine (the quadratic scan this
     * guards against took several seconds at this size). A pause of the machine can still break one
     * measurement, so it counts as slow only when three measurements in a row are.
     */
    @FuzzTest(maxDuration = "5m")
    void directQuoteScanIsLinear(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return;
        }
        String small = text.repeat(Math.max(1, SMALL_LENGTH / text.length()));
        String large = small.repeat(4);
        long smallNanos = 0;
        long largeNanos = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && largeNanos > 8 * smallNanos + 1_000_000_000L; attempt++) {
            smallNanos = bestScanNanos(small);
            largeNanos = bestScanNanos(large);
        }
        assertThat(largeNanos).as("scan of %d chars vs %d chars", large.length(), small.length())
                .isLessThanOrEqualTo(8 * smallNanos + 1_000_000_000L);
    }

    private static long bestScanNanos(String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            checkSpans(text, FINDER.find(text, SEGMENTER.segment(text)));
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }

    private static void checkSpans(String text, List<QuoteSpan> spans) {
        for (QuoteSpan span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(0);
            assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
        }
    }

    private static char firstChar(String cell) {
        return cell.isEmpty() ? 'x' : cell.charAt(0);
    }
}
