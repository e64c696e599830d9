package org.quotetrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.ledger.LedgerRow;

class LedgerJsonTest {

    private final ReportFixture fixture = ReportFixture.build();
    private final ReportModel model = new ReportBuilder().build(fixture.linkResult(), fixture.articles);

    private String json() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LedgerJson().write(model, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void holdsEveryLedgerColumnOfEveryRowPlusDiffs() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json());
        assertThat(root.get("format").asText()).isEqualTo("quotetrace-ledger");
        JsonNode rows = root.get("occurrences");
        assertThat(rows).hasSize(fixture.rows.size());
        for (int i = 0; i < fixture.rows.size(); i++) {
            LedgerRow row = fixture.rows.get(i);
            JsonNode node = rows.get(i);
            List<String> csv = row.values();
            for (int c = 0; c < LedgerRow.COLUMNS.size(); c++) {
                String column = LedgerRow.COLUMNS.get(c);
                JsonNode value = node.get(column);
                assertThat(value).as(column).isNotNull();
                String asCsv = switch (column) {
                    case "statement_ids" -> String.join(";", new ObjectMapper().convertValue(value, String[].class));
                    case "similarity" -> value.isNull() ? "" : String.format(java.util.Locale.ROOT, "%.3f", value.asDouble());
                    default -> value.asText();
                };
                assertThat(asCsv).as(row.occurrenceId() + " " + column).isEqualTo(csv.get(c));
            }
            boolean diffed = List.of("edited", "altered", "paraphrase").contains(row.fidelity());
            assertThat(node.get("diff").isArray()).as(row.occurrenceId()).isEqualTo(diffed);
        }
    }

    @Test
    void statementsCarryCountsAndAttributions() throws Exception {
        JsonNode s3 = new ObjectMapper().readTree(json()).get("statements").get(2);
        assertThat(s3.get("statement_id").asText()).isEqualTo("S3");
        assertThat(s3.get("occurrences").asInt()).isEqualTo(3);
        assertThat(s3.get("reuse").asInt()).isEqualTo(1);
        assertThat(s3.get("outlets").asInt()).isEqualTo(3);
        assertThat(s3.get("attributed_to")).extracting(JsonNode::asText).containsExactly("mara-lind", "tomas-berg");
        assertThat(s3.get("first_published").asText()).isEqualTo("2026-03-01");
    }

    @Test
    void isDeterministicWithUnixLineEnds() throws Exception {
        String json = json();
        assertThat(json).isEqualTo(json()).doesNotContain("\r").endsWith("}\n");
    }
}
