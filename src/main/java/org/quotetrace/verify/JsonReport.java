package org.quotetrace.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable form of a {@link Verification}: one JSON object, documented in the README
 * (section "verify --json"). Keys use the ledger's snake_case.
 */
public final class JsonReport {

    private JsonReport() {
    }

    /** The JSON object of {@code verification} for the ledger folder {@code ledger}, with exit code {@code exitCode}. */
    public static String render(Verification verification, String ledger, int exitCode) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("article", verification.articleId());
        root.put("ledger", ledger);
        List<Map<String, Object>> items = new ArrayList<>();
        for (CheckedItem item : verification.items()) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("verdict", item.verdict().name());
            object.put("kind", item.kind());
            object.put("text", item.text());
            object.put("char_start", item.start());
            object.put("char_end", item.end());
            object.put("speaker_id", item.speakerId());
            object.put("speaker_name", item.speakerName());
            object.put("speaker_mention", item.mention());
            object.put("fidelity", item.fidelity());
            object.put("similarity", Math.round(item.similarity() * 1000) / 1000.0);
            List<Map<String, Object>> statements = new ArrayList<>();
            for (KnownStatement statement : item.statements()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("id", statement.id());
                s.put("reference_text", statement.referenceText());
                s.put("reference_article_id", statement.referenceArticleId());
                s.put("reference_outlet", statement.referenceOutlet());
                s.put("speaker_id", statement.speakerId());
                s.put("speaker_name", statement.speakerName());
                statements.add(s);
            }
            object.put("statements", statements);
            List<Map<String, Object>> diff = new ArrayList<>();
            for (DiffOp op : item.diff()) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("op", op.op());
                step.put("text", op.text());
                diff.add(step);
            }
            object.put("diff", diff);
            items.add(object);
        }
        root.put("items", items);
        Map<String, Integer> counts = new LinkedHashMap<>();
        verification.counts().forEach((verdict, n) -> counts.put(verdict.name(), n));
        root.put("counts", counts);
        root.put("problems", verification.problems());
        root.put("summary", verification.summary());
        root.put("exit_code", exitCode);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }
}
