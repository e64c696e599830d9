package org.quotetrace.ledger;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the quote ledger as RFC 4180 CSV (UTF-8, header row, CRLF line ends) with exactly the
 * columns of {@link LedgerRow#COLUMNS}, atomically.
 */
public final class LedgerWriter {

    /** Writes {@code rows} to {@code target}. */
    public void write(Path target, List<LedgerRow> rows) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(writer, rows);
            writer.flush();
        });
    }

    /** Writes {@code rows} as CSV to {@code writer} (not closed). */
    public void write(Appendable writer, List<LedgerRow> rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(LedgerRow.COLUMNS.toArray(String[]::new)).build());
        for (LedgerRow row : rows) {
            printer.printRecord(row.values());
        }
        printer.flush();
    }
}
