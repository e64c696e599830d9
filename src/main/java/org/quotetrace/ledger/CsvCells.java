package org.quotetrace.ledger;

/**
 * Makes CSV cells safe to open in a spreadsheet (CSV or formula injection). A cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read by Excel,
 * LibreOffice or Google Sheets as a formula, so an article quoting {@code =HYPERLINK("http://evil")}
 * would become a live link or worse in the journalist's spreadsheet. Following OWASP's advice, such
 * a cell gets a single quote ({@code '}) in front, which spreadsheets show as text and hide; every
 * cell is also written inside double quotes with inner double quotes doubled (see
 * {@link SafeCsvPrinter}).
 *
 * <p>The exact words of a neutralised {@code text} cell are still the article slice
 * {@code [char_start, char_end)}; a program that wants the cell back drops the leading {@code '}
 * when the next character is one of the six above ({@link #restore(String)}).
 */
public final class CsvCells {

    /** The characters a spreadsheet reads as the start of a formula (OWASP's list). */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** {@code cell} with a leading {@code '} when it would start a formula; otherwise unchanged. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The original of a cell written by {@link #neutralise(String)}. */
    public static String restore(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
