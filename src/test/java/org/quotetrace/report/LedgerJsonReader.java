package org.quotetrace.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.Statement;

/** Reads a written {@code ledger.json} back into the rows and statements it was made from (tests only). */
final class LedgerJsonReader {

    private LedgerJsonReader() {
    }

    static LinkResult read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Statement> statements = new ArrayList<>();
        for (JsonNode s : root.get("statements")) {
            statements.add(new Statement(s.get("statement_id").asText(), s.get("speaker_id").asText(),
                    s.get("speaker_name").asText(), s.get("reference_article_id").asText(),
                    s.get("reference_start").asInt(), s.get("reference_end").asInt(), s.get("reference_text").asText(),
                    strings(s.get("attributed_to"))));
        }
        List<LedgerRow> rows = new ArrayList<>();
        for (JsonNode r : root.get("occurrences")) {
            rows.add(new LedgerRow(r.get("occurrence_id").asText(), r.get("article_id").asText(), r.get("outlet").asText(),
                    r.get("speaker_id").asText(), r.get("speaker_name").asText(), r.get("speaker_mention").asText(),
                    r.get("cue").asText(), r.get("kind").asText(), r.get("text").asText(), r.get("char_start").asInt(),
                    r.get("char_end").asInt(), strings(r.get("statement_ids")), r.get("fidelity").asText(),
                    r.get("similarity").isNull() ? Double.NaN : r.get("similarity").asDouble(),
                    r.get("reference_article_id").asText()));
        }
        return new LinkResult(rows, statements);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
