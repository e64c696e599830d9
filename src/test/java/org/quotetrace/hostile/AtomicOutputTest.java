package org.quotetrace.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.ledger.AtomicFiles;
import org.quotetrace.ledger.LedgerRow;

/**
 * Output files are replaced in one step: a writer that fails or a process that is killed
 * part-way leaves the previous file complete and readable.
 */
class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("ledger.csv");
        AtomicFiles.writeString(target, "old,complete\r\n");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("new,half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);
        assertThat(Files.readString(target)).isEqualTo("old,complete\r\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ledger.csv");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByOthers() throws IOException {
        Path fresh = dir.resolve("fresh.csv");
        AtomicFiles.writeString(fresh, "a\r\n");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(fresh, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(fresh, "b\r\n");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-rw----");
        assertThat(Files.readString(fresh)).isEqualTo("b\r\n");
    }

    @Test
    void aProcessKilledWhileWritingLeavesTheOldFile() throws Exception {
        Path target = dir.resolve("ledger.csv");
        AtomicFiles.writeString(target, "old,complete\r\n");
        Process child = java(SlowAtomicWriter.class.getName(), target.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("HALF");
            // the new content is half on disk, in a temporary file, right now
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count()).isEqualTo(1);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(target)).isEqualTo("old,complete\r\n");
    }

    @Test
    void aBuildKilledPartWayLeavesThePreviousLedgerIntactAndReadable() throws Exception {
        Path small = dir.resolve("small");
        SyntheticCorpus.write(small, 3, 1);
        Path out = dir.resolve("reports");
        Cli first = Cli.run("build", "--quiet", "--threads", "1", "--corpus", small.toString(), "--out", out.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("ledger.csv"));
        assertThat(rows(before)).isNotEmpty();

        Path large = dir.resolve("large");
        SyntheticCorpus.write(large, 1500, 2);
        Process build = java("org.quotetrace.cli.QuotetraceCommand", "build", "--quiet", "--threads", "1",
                "--corpus", large.toString(), "--out", out.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        boolean sawTemporary = false;
        while (System.nanoTime() < deadline && build.isAlive() && !sawTemporary) {
            try (Stream<Path> files = Files.list(out)) {
                sawTemporary = files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
            }
            Thread.sleep(5);
        }
        assertThat(build.isAlive()).as("the build must still be running when it is killed").isTrue();
        build.destroyForcibly();
        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

        byte[] after = Files.readAllBytes(out.resolve("ledger.csv"));
        assertThat(after).isEqualTo(before);
        assertThat(rows(after)).hasSameSizeAs(rows(before));
    }

    private static List<List<String>> rows(byte[] csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)));
        assertThat(parser.getHeaderNames()).isEqualTo(LedgerRow.COLUMNS);
        parser.forEach(r -> rows.add(r.toList()));
        return rows;
    }

    private static Process java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
