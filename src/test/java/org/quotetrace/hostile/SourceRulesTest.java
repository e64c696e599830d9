package org.quotetrace.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the output rules in the code itself: every file the engine writes goes through
 * {@code ledger.AtomicFiles} (never a half-written file) and every CSV through
 * {@code ledger.SafeCsvPrinter} (no formula injection). A new writer that opens a file or a
 * CSVPrinter directly fails this test. The {@code synth} package is exempt: it writes invented
 * test corpora (inputs, not outputs), thousands of small files for which an fsync each would cost
 * more than it protects.
 */
class SourceRulesTest {

    private static final Pattern DIRECT_FILE_WRITE = Pattern.compile(
            "(?<![A-Za-z])Files\\.(write|writeString|newOutputStream|newBufferedWriter|copy)\\s*\\(|new\\s+(FileOutputStream|FileWriter|RandomAccessFile|PrintStream\\s*\\(\\s*new\\s+File)");
    private static final Pattern RAW_CSV_PRINTER = Pattern.compile("new\\s+CSVPrinter\\s*\\(");

    @Test
    void onlyAtomicFilesWritesFilesAndOnlySafeCsvPrinterPrintsCsv() throws IOException {
        Path sources = Path.of(System.getProperty("quotetrace.projectDir", "."), "src/main/java");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getParent().endsWith(Path.of("org", "quotetrace", "synth"))).toList()) {
                String name = file.getFileName().toString();
                String code = Files.readString(file);
                if (!name.equals("AtomicFiles.java") && DIRECT_FILE_WRITE.matcher(code).find()) {
                    offences.add(file + ": writes a file without AtomicFiles");
                }
                if (!name.equals("SafeCsvPrinter.java") && RAW_CSV_PRINTER.matcher(code).find()) {
                    offences.add(file + ": prints CSV without SafeCsvPrinter");
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}
