package org.quotetrace.ledger;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way quotetrace writes CSV: RFC 4180 (UTF-8 by the caller, CRLF line ends, header row),
 * every cell quoted and every cell passed through {@link CsvCells#neutralise(String)} so no cell can
 * start a spreadsheet formula. Every CSV output (ledger, statements, anything later) goes through
 * this class, and through {@link AtomicFiles} when it is a file.
 */
public final class SafeCsvPrinter implements Flushable, Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).build();

    private final CSVPrinter printer;

    /** A printer writing {@code header} first. */
    public SafeCsvPrinter(Appendable out, List<String> header) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printRow(header);
    }

    /** Prints one row; each cell is neutralised. */
    public void printRow(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(CsvCells.neutralise(cell));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes; does not close the underlying output (the caller owns it). */
    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
