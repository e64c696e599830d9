package org.quotetrace.ledger;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quotetrace.linking.Statement;

/**
 * Writes {@code statements.csv}: one row per statement with its speaker, reference wording, how
 * often and how faithfully it was reproduced, and everyone it was credited to (RFC 4180, UTF-8,
 * atomically). Counts: {@code occurrences} ledger rows carrying it; {@code outlets} distinct
 * outlets among them (the article id stands in for an unknown outlet); {@code verbatim} rows graded
 * original or verbatim; {@code fragment}, {@code edited}, {@code altered}, {@code paraphrase} rows
 * with that grade; {@code reuse} rows of kind reuse; {@code attributed_to} every speaker id any
 * outlet credited, {@code ;}-separated; {@code first_published} the earliest publication date of
 * its articles (empty when none is known).
 */
public final class StatementsWriter {

    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of("statement_id", "speaker_id", "speaker_name",
            "reference_article_id", "reference_text", "occurrences", "outlets", "verbatim", "fragment", "edited",
            "altered", "paraphrase", "reuse", "attributed_to", "first_published");

    /** Writes the statements to {@code target}; {@code published} maps article ids to publication dates. */
    public void write(Path target, List<Statement> statements, List<LedgerRow> rows, Map<String, String> published)
            throws IOException {
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(writer, statements, rows, published);
            writer.flush();
        });
    }

    /** Writes the statements as CSV to {@code writer} (not closed). */
    public void write(Appendable writer, List<Statement> statements, List<LedgerRow> rows, Map<String, String> published)
            throws IOException {
        Map<String, Tally> tallies = new HashMap<>();
        for (LedgerRow row : rows) {
            for (String id : new TreeSet<>(row.statementIds())) {
                tallies.computeIfAbsent(id, k -> new Tally()).add(row, published.getOrDefault(row.articleId(), ""));
            }
        }
        SafeCsvPrinter printer = new SafeCsvPrinter(writer, COLUMNS);
        for (Statement s : statements) {
            Tally t = tallies.getOrDefault(s.id(), new Tally());
            printer.printRow(java.util.Arrays.asList(s.id(), s.speakerId(), s.speakerName(), s.referenceArticleId(), s.referenceText(),
                    String.valueOf(t.occurrences), String.valueOf(t.outlets.size()),
                    String.valueOf(t.count("original") + t.count("verbatim")), String.valueOf(t.count("fragment")),
                    String.valueOf(t.count("edited")), String.valueOf(t.count("altered")),
                    String.valueOf(t.count("paraphrase")), String.valueOf(t.reuse),
                    String.join(";", s.attributedTo()), t.firstPublished));
        }
        printer.flush();
    }

    /** Counts over the rows of one statement. */
    private static final class Tally {
        int occurrences;
        int reuse;
        final TreeSet<String> outlets = new TreeSet<>();
        final Map<String, Integer> fidelity = new HashMap<>();
        String firstPublished = "";

        void add(LedgerRow row, String date) {
            occurrences++;
            reuse += row.kind().equals("reuse") ? 1 : 0;
            outlets.add(row.outlet().isEmpty() ? row.articleId() : row.outlet());
            fidelity.merge(row.fidelity(), 1, Integer::sum);
            if (!date.isEmpty() && (firstPublished.isEmpty() || date.compareTo(firstPublished) < 0)) {
                firstPublished = date;
            }
        }

        int count(String label) {
            return fidelity.getOrDefault(label, 0);
        }
    }
}
