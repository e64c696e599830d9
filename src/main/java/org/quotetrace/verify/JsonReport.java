package org.quotetrace.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The machine-readable form of a {@link Verification}: one JSON object, documented in the README
 * (section "verify --json"). Keys use the ledger's snake_case. Written with Jackson's streaming
 * generator, which starts much faster than its object mapper.
 */
public final class JsonReport {

    private JsonReport() {
    }

    /** The JSON object of {@code verification} for the ledger folder {@code ledger}, with exit code {@code exitCode}. */
    public static String render(Verification verification, String ledger, int exitCode) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(buffer).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("article", verification.articleId());
            json.writeStringField("ledger", ledger);
            json.writeArrayFieldStart("items");
            for (CheckedItem item : verification.items()) {
                writeItem(json, item);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("counts");
            for (Map.Entry<Verdict, Integer> entry : verification.counts().entrySet()) {
                json.writeNumberField(entry.getKey().name(), entry.getValue());
            }
            json.writeEndObject();
            json.writeNumberField("problems", verification.problems());
            json.writeStringField("summary", verification.summary());
            json.writeNumberField("exit_code", exitCode);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render JSON", e);
        }
        return buffer.toString();
    }

    private static void writeItem(JsonGenerator json, CheckedItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("verdict", item.verdict().name());
        json.writeStringField("kind", item.kind());
        json.writeStringField("text", item.text());
        json.writeNumberField("char_start", item.start());
        json.writeNumberField("char_end", item.end());
        json.writeStringField("speaker_id", item.speakerId());
        json.writeStringField("speaker_name", item.speakerName());
        json.writeStringField("speaker_mention", item.mention());
        json.writeStringField("fidelity", item.fidelity());
        json.writeNumberField("similarity", Math.round(item.similarity() * 1000) / 1000.0);
        json.writeArrayFieldStart("statements");
        for (KnownStatement statement : item.statements()) {
            json.writeStartObject();
            json.writeStringField("id", statement.id());
            json.writeStringField("reference_text", statement.referenceText());
            json.writeStringField("reference_article_id", statement.referenceArticleId());
            json.writeStringField("reference_outlet", statement.referenceOutlet());
            json.writeStringField("speaker_id", statement.speakerId());
            json.writeStringField("speaker_name", statement.speakerName());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("diff");
        for (DiffOp op : item.diff()) {
            json.writeStartObject();
            json.writeStringField("op", op.op());
            json.writeStringField("text", op.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
