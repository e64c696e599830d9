package org.quotetrace.ledger;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the quote ledger as RFC 4180 CSV (UTF-8, header row, CRLF line ends) with exactly the
 * columns of {@link LedgerRow#COLUMNS}, atomically, with every cell quoted and neutralised against
 * spreadsheet formula injection ({@link SafeCsvPrinter}).
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
        SafeCsvPrinter printer = new SafeCsvPrinter(writer, LedgerRow.COLUMNS);
        for (LedgerRow row : rows) {
            printer.printRow(row.values());
        }
        printer.flush();
    }
}
