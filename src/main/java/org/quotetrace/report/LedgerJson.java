package org.quotetrace.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.Statement;

/**
 * Writes {@code ledger.json}: the articles' manifest data, the statements with their counts, and
 * every ledger row with its word diff. The schema is documented in the README ("ledger.json").
 * Keys keep a fixed order and numbers a fixed precision, so equal ledgers give equal files. The
 * file is streamed (Jackson's generator), so large ledgers need no second copy in memory.
 */
public final class LedgerJson {

    /** The schema name written into the file. */
    public static final String FORMAT = "quotetrace-ledger";
    /** The schema version written into the file. */
    public static final int VERSION = 1;

    private static final List<FidelityClass> COUNTED = List.of(FidelityClass.ORIGINAL, FidelityClass.VERBATIM,
            FidelityClass.FRAGMENT, FidelityClass.EDITED, FidelityClass.ALTERED, FidelityClass.PARAPHRASE,
            FidelityClass.REUSE);

    private final JsonFactory factory = new JsonFactory();

    /** Writes the JSON of {@code model} to {@code out} (not closed). */
    public void write(ReportModel model, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("articles");
            for (Article a : model.articles()) {
                article(json, a);
            }
            json.writeEndArray();
            Map<String, List<Occurrence>> byStatement = new HashMap<>();
            for (Occurrence o : model.occurrences()) {
                for (String id : new LinkedHashSet<>(o.row().statementIds())) {
                    byStatement.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
                }
            }
            json.writeArrayFieldStart("statements");
            for (Statement s : model.statements()) {
                statement(json, s, byStatement.getOrDefault(s.id(), List.of()));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("occurrences");
            for (Occurrence o : model.occurrences()) {
                occurrence(json, o);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void article(JsonGenerator json, Article a) throws IOException {
        json.writeStartObject();
        json.writeStringField("article_id", a.id());
        json.writeStringField("outlet", a.outlet());
        json.writeStringField("url", a.url());
        json.writeStringField("published", a.published());
        json.writeStringField("role", a.role());
        json.writeEndObject();
    }

    private static void statement(JsonGenerator json, Statement s, List<Occurrence> occurrences) throws IOException {
        json.writeStartObject();
        json.writeStringField("statement_id", s.id());
        json.writeStringField("speaker_id", s.speakerId());
        json.writeStringField("speaker_name", s.speakerName());
        json.writeStringField("reference_article_id", s.referenceArticleId());
        json.writeNumberField("reference_start", s.referenceStart());
        json.writeNumberField("reference_end", s.referenceEnd());
        json.writeStringField("reference_text", s.referenceText());
        json.writeNumberField("occurrences", occurrences.size());
        Set<String> outlets = new LinkedHashSet<>();
        occurrences.forEach(o -> outlets.add(o.outletLabel()));
        json.writeNumberField("outlets", outlets.size());
        for (FidelityClass c : COUNTED) {
            json.writeNumberField(c.label(), occurrences.stream().filter(o -> o.fidelityClass() == c).count());
        }
        json.writeArrayFieldStart("attributed_to");
        for (String speaker : s.attributedTo()) {
            json.writeString(speaker);
        }
        json.writeEndArray();
        json.writeStringField("first_published", occurrences.stream().filter(o -> o.publishedAt().isPresent())
                .min(Comparator.comparing(o -> o.publishedAt().get())).map(Occurrence::published).orElse(""));
        json.writeEndObject();
    }

    private static void occurrence(JsonGenerator json, Occurrence o) throws IOException {
        LedgerRow r = o.row();
        json.writeStartObject();
        json.writeStringField("occurrence_id", r.occurrenceId());
        json.writeStringField("article_id", r.articleId());
        json.writeStringField("outlet", r.outlet());
        json.writeStringField("speaker_id", r.speakerId());
        json.writeStringField("speaker_name", r.speakerName());
        json.writeStringField("speaker_mention", r.speakerMention());
        json.writeStringField("cue", r.cue());
        json.writeStringField("kind", r.kind());
        json.writeStringField("text", r.text());
        json.writeNumberField("char_start", r.charStart());
        json.writeNumberField("char_end", r.charEnd());
        json.writeArrayFieldStart("statement_ids");
        for (String id : r.statementIds()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeStringField("fidelity", r.fidelity());
        if (Double.isNaN(r.similarity()) || Double.isInfinite(r.similarity())) {
            json.writeNullField("similarity");
        } else {
            // Formatted exactly as the CSV writes it.
            json.writeNumberField("similarity", new BigDecimal(String.format(Locale.ROOT, "%.3f", r.similarity())));
        }
        json.writeStringField("reference_article_id", r.referenceArticleId());
        json.writeBooleanField("misattributed", o.misattributed());
        if (o.diff() == null) {
            json.writeNullField("diff");
        } else {
            json.writeArrayFieldStart("diff");
            for (DiffPart part : o.diff().parts()) {
                json.writeStartObject();
                json.writeStringField("op", part.op().label());
                json.writeStringField("text", part.text());
                json.writeBooleanField("space_before", part.spaceBefore());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
