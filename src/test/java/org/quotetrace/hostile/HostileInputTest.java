package org.quotetrace.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.pipeline.Quotetrace;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.quotes.DirectQuoteFinder;
import org.quotetrace.quotes.QuoteSpan;
import org.quotetrace.quotes.ScareQuoteFilter;
import org.quotetrace.story.StorySegmenter;

/**
 * The inputs of the README table "Hostile input and limits", one test each: a clear message or a
 * sensible result, never a stack trace, never unbounded time. A refused corpus exits with 2 and
 * leaves the previous ledger exactly as it was.
 */
class HostileInputTest {

    private static final String SENTINEL = "previous ledger\r\n";
    private static final String QUOTE = "“The pumps on the east pier failed twice this week,” said Mara Quell.\n";

    @TempDir
    Path dir;
    Path corpus;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("ledger.csv"), SENTINEL);
    }

    private Cli build(Path... corpora) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--quiet", "--threads", "1", "--out", out.toString(), "--corpus"));
        for (Path c : corpora.length == 0 ? new Path[] {corpus} : corpora) {
            args.add(c.toString());
        }
        return Cli.run(args.toArray(String[]::new)).noStackTrace();
    }

    private void assertRefused(Cli cli, String message) throws IOException {
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).startsWith("quotetrace: ").contains(message);
        assertThat(Files.readString(out.resolve("ledger.csv"))).isEqualTo(SENTINEL);
    }

    private String ledger() throws IOException {
        return Files.readString(out.resolve("ledger.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void zeroOrNegativeThreadCountsAreRefusedBeforeAnythingIsWritten() throws IOException {
        Files.writeString(corpus.resolve("good.txt"), QUOTE);
        for (String threads : new String[] {"0", "-3"}) {
            Cli build = Cli.run("build", "--quiet", "--threads", threads, "--out", out.toString(), "--corpus", corpus.toString())
                    .noStackTrace();
            assertRefused(build, "--threads must be at least 1, got " + threads);
            Cli add = Cli.run("add", "--quiet", "--threads", threads, "--ledger", out.toString(),
                    corpus.resolve("good.txt").toString()).noStackTrace();
            assertThat(add.exit()).isEqualTo(2);
            assertThat(add.err()).contains("--threads must be at least 1");
        }
    }

    @Test
    void emptyFileGivesNoRowsAndAWarning() throws IOException {
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("good.txt"), QUOTE);
        Cli cli = build();
        assertThat(cli.exit()).isZero();
        assertThat(cli.err()).contains("empty.txt: empty article");
        assertThat(ledger()).contains("good.txt").doesNotContain("empty.txt");
    }

    @Test
    void binaryFileWithNulBytesRefusesTheCorpus() throws IOException {
        Files.write(corpus.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(corpus.resolve("good.txt"), QUOTE);
        assertRefused(build(), "photo.txt: looks like a binary file");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
        byte[] bytes = ("Caf\u00e9 owners met.\n" + QUOTE).getBytes(Charset.forName("windows-1252"));
        Files.write(corpus.resolve("latin.txt"), bytes);
        Cli cli = build();
        assertThat(cli.exit()).isZero();
        assertThat(cli.err()).contains("latin.txt: not valid UTF-8, read as windows-1252");
        assertThat(ledger()).contains("The pumps on the east pier failed twice this week,");
    }

    @Test
    void windows1252SmartQuotesAreFoundAsQuotes() throws IOException {
        // 0x93 and 0x94 are “ and ” in windows-1252 and invalid on their own in UTF-8
        byte[] bytes = ("\u201CWe will reopen the ferry on Monday,\u201D said Mara Quell.\n").getBytes(Charset.forName("windows-1252"));
        assertThat(bytes[0]).isEqualTo((byte) 0x93);
        Files.write(corpus.resolve("smart.txt"), bytes);
        Cli cli = build();
        assertThat(cli.exit()).isZero();
        assertThat(ledger()).contains("We will reopen the ferry on Monday,").contains("Mara Quell");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws IOException {
        byte[] le = ("\uFEFF" + QUOTE).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + QUOTE.replace("Mara", "Ilse")).getBytes(StandardCharsets.UTF_16BE);
        Files.write(corpus.resolve("le.txt"), le);
        Files.write(corpus.resolve("be.txt"), be);
        Cli cli = build();
        assertThat(cli.exit()).isZero();
        assertThat(ledger()).contains("le.txt").contains("be.txt").contains("The pumps on the east pier failed twice this week,");
    }

    @Test
    @Timeout(60)
    void fiftyMegabyteArticleIsRefusedBeforeItIsRead() throws IOException {
        Path big = corpus.resolve("huge.txt");
        byte[] megabyte = QUOTE.repeat(1024 * 1024 / QUOTE.length()).getBytes(StandardCharsets.UTF_8);
        try (OutputStream stream = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += megabyte.length) {
                stream.write(megabyte);
            }
        }
        assertThat(Files.size(big)).isGreaterThan(50L * 1024 * 1024);
        Files.writeString(corpus.resolve("good.txt"), QUOTE);
        assertRefused(build(), "is larger than the limit of " + CorpusReader.MAX_ARTICLE_BYTES + " bytes");
    }

    @Test
    @Timeout(60)
    void oneMegabyteSingleLineIsScannedInLinearTime() {
        String unit = "Boats waited \"for hours\" at the pier and \u201Cnobody came,\u201D she said; ";
        int units = 1_000_000 / unit.length() + 1;
        String line = unit.repeat(units);
        assertThat(line.length()).isGreaterThan(1_000_000);
        assertThat(line).doesNotContain("\n");
        List<QuoteSpan> spans = scan(line);
        assertThat(spans).hasSize(2 * units);
        spans.forEach(s -> assertThat(s.end()).isLessThanOrEqualTo(line.length()));
    }

    @Test
    @Timeout(120)
    void longSingleLineRunsThroughTheWholePipeline() throws IOException {
        // the NLP stage is the slow part: 32 KB on one line with no sentence end at all
        String line = "word ".repeat(6_500) + "\"these are the words at the end,\" she said";
        Files.writeString(corpus.resolve("line.txt"), line);
        Cli cli = build();
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(ledger()).contains("these are the words at the end,");
    }

    @Test
    @Timeout(60)
    void tenThousandUnbalancedQuotationMarksAreScannedInLinearTime() {
        for (String unit : List.of("Opening \"", "\"a\" ", "word \"", "\u201Cx ", "\u201D ", "\u00AB ", "'a' \"b\" ")) {
            String text = unit.repeat(10_000) + " she said.\n";
            long started = System.nanoTime();
            List<QuoteSpan> spans = scan(text);
            long millis = (System.nanoTime() - started) / 1_000_000;
            spans.forEach(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
            // linear: a few milliseconds; the old quadratic scan took 40-60 s for "a" pairs
            assertThat(millis).as(unit).isLessThan(5_000);
        }
    }

    @Test
    @Timeout(60)
    void tenThousandUnbalancedMarksInOneArticleGiveALedger() throws IOException {
        Files.writeString(corpus.resolve("marks.txt"), "\" ".repeat(10_000) + "\n" + QUOTE);
        Cli cli = build();
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(ledger()).contains("marks.txt");
    }

    @Test
    void deeplyNestedQuotesGiveOneOuterQuote() throws IOException {
        String nested = "He said, " + "“she said, ‘he said, ".repeat(300) + "hi" + "’ ”".repeat(300) + "\n";
        Files.writeString(corpus.resolve("nested.txt"), nested);
        Cli cli = build();
        assertThat(cli.exit()).as(cli.err()).isZero();
        for (QuoteSpan span : scan(nested)) {
            assertThat(span.start()).isGreaterThanOrEqualTo(0);
            assertThat(span.end()).isLessThanOrEqualTo(nested.length());
        }
    }

    @Test
    void zeroWidthAndRightToLeftCharactersStayInTextAndOffsets() {
        String text = "\u200F\u202E“The har\u200Bbour is \u05E9\u05DC\u05D5\u05DD closed today,” said Mara\u200D Quell.\n";
        List<LedgerRow> rows = Quotetrace.standard(1).extract(List.of(Article.of("rtl.txt", text)));
        assertThat(rows).isNotEmpty();
        for (LedgerRow row : rows) {
            assertThat(row.text()).isEqualTo(text.substring(row.charStart(), row.charEnd()));
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.text()).contains("har\u200Bbour").contains("\u05E9\u05DC\u05D5\u05DD"));
    }

    @Test
    void manifestPathOutsideTheCorpusIsRefused() throws IOException {
        Files.writeString(corpus.resolve("good.txt"), QUOTE);
        Files.writeString(corpus.resolve("manifest.csv"), "file,outlet\n../../etc/passwd,Evil\n");
        assertRefused(build(), "file '../../etc/passwd' is not inside the corpus folder");
        Files.writeString(corpus.resolve("manifest.csv"), "file,outlet\n/etc/passwd,Evil\n");
        assertRefused(build(), "file '/etc/passwd' is not inside the corpus folder");
    }

    @Test
    void manifestNamingAMissingFileIsRefused() throws IOException {
        Files.writeString(corpus.resolve("good.txt"), QUOTE);
        Files.writeString(corpus.resolve("manifest.csv"), "file,outlet\ngood.txt,Gazette\ngone.txt,Herald\n");
        assertRefused(build(), "file 'gone.txt' does not exist");
    }

    @Test
    void duplicateFileNamesAreRefused() throws IOException {
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(corpus.resolve("same.txt"), QUOTE);
        Files.writeString(second.resolve("same.txt"), QUOTE);
        assertRefused(build(corpus, second), "article file name 'same.txt' appears in more than one corpus folder");
        Files.writeString(corpus.resolve("manifest.csv"), "file,outlet\nsame.txt,Gazette\nsame.txt,Herald\n");
        assertRefused(build(), "file 'same.txt' is listed twice");
    }

    @Test
    @Timeout(120)
    void tenThousandEmptyFilesGiveAnEmptyLedgerAndFewWarningLines() throws IOException {
        for (int i = 0; i < 10_000; i++) {
            Files.createFile(corpus.resolve(String.format("e%05d.txt", i)));
        }
        Cli cli = build();
        assertThat(cli.exit()).isZero();
        assertThat(cli.err().lines().count()).isLessThanOrEqualTo(21);
        assertThat(cli.err()).contains("... and 9980 more warnings");
        assertThat(ledger().lines().count()).isEqualTo(1);
    }

    @Test
    void severalBadFilesAreAllNamedInOneRefusal() throws IOException {
        Files.write(corpus.resolve("a.txt"), new byte[] {0, 1});
        Files.write(corpus.resolve("b.txt"), new byte[] {0, 2});
        Cli cli = build();
        assertRefused(cli, "2 problems");
        assertThat(cli.err()).contains("a.txt: looks like a binary").contains("b.txt: looks like a binary");
    }

    @Test
    void missingCorpusFolderIsAOneLineError() throws IOException {
        Cli cli = build(dir.resolve("nowhere"));
        assertRefused(cli, "not a folder");
        assertThat(cli.err().lines().count()).isEqualTo(1);
    }

    @Test
    void outputFolderThatIsAFileIsAOneLineError() throws IOException {
        Files.writeString(corpus.resolve("good.txt"), QUOTE);
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Cli cli = Cli.run("build", "--quiet", "--threads", "1", "--corpus", corpus.toString(),
                "--out", file.resolve("sub").toString()).noStackTrace();
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).startsWith("quotetrace: I/O error: ").contains("not-a-folder");
        assertThat(cli.err().lines().count()).isEqualTo(1);
    }

    private static List<QuoteSpan> scan(String text) {
        return new DirectQuoteFinder(new ScareQuoteFilter()).find(text, new StorySegmenter().segment(text));
    }
}
