package org.quotetrace.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.Statement;

/**
 * Writes {@code ledger.json}: the articles' manifest data, the statements with their counts, and
 * every ledger row with its word diff. The schema is documented in the README ("ledger.json").
 * Keys keep a fixed order and numbers a fixed precision, so equal ledgers give equal files.
 */
public final class LedgerJson {

    /** The schema name written into the file. */
    public static final String FORMAT = "quotetrace-ledger";
    /** The schema version written into the file. */
    public static final int VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper();

    /** Writes the JSON of {@code model} to {@code out} (not closed). */
    public void write(ReportModel model, OutputStream out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        mapper.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, tree(model));
        out.write('\n');
    }

    /** The JSON tree of {@code model}. */
    public ObjectNode tree(ReportModel model) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode articles = root.putArray("articles");
        for (Article a : model.articles()) {
            ObjectNode node = articles.addObject();
            node.put("article_id", a.id());
            node.put("outlet", a.outlet());
            node.put("url", a.url());
            node.put("published", a.published());
            node.put("role", a.role());
        }
        Map<String, List<Occurrence>> byStatement = new HashMap<>();
        for (Occurrence o : model.occurrences()) {
            for (String id : new LinkedHashSet<>(o.row().statementIds())) {
                byStatement.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
            }
        }
        ArrayNode statements = root.putArray("statements");
        for (Statement s : model.statements()) {
            statement(statements.addObject(), s, byStatement.getOrDefault(s.id(), List.of()));
        }
        ArrayNode occurrences = root.putArray("occurrences");
        for (Occurrence o : model.occurrences()) {
            occurrence(occurrences.addObject(), o);
        }
        return root;
    }

    private static void statement(ObjectNode node, Statement s, List<Occurrence> occurrences) {
        node.put("statement_id", s.id());
        node.put("speaker_id", s.speakerId());
        node.put("speaker_name", s.speakerName());
        node.put("reference_article_id", s.referenceArticleId());
        node.put("reference_start", s.referenceStart());
        node.put("reference_end", s.referenceEnd());
        node.put("reference_text", s.referenceText());
        node.put("occurrences", occurrences.size());
        Set<String> outlets = new LinkedHashSet<>();
        occurrences.forEach(o -> outlets.add(o.outletLabel()));
        node.put("outlets", outlets.size());
        for (FidelityClass c : List.of(FidelityClass.ORIGINAL, FidelityClass.VERBATIM, FidelityClass.FRAGMENT,
                FidelityClass.EDITED, FidelityClass.ALTERED, FidelityClass.PARAPHRASE, FidelityClass.REUSE)) {
            node.put(c.label(), occurrences.stream().filter(o -> o.fidelityClass() == c).count());
        }
        ArrayNode attributed = node.putArray("attributed_to");
        s.attributedTo().forEach(attributed::add);
        node.put("first_published", occurrences.stream().filter(o -> o.publishedAt().isPresent())
                .min(Comparator.comparing(o -> o.publishedAt().get())).map(Occurrence::published).orElse(""));
    }

    private static void occurrence(ObjectNode node, Occurrence o) {
        LedgerRow r = o.row();
        node.put("occurrence_id", r.occurrenceId());
        node.put("article_id", r.articleId());
        node.put("outlet", r.outlet());
        node.put("speaker_id", r.speakerId());
        node.put("speaker_name", r.speakerName());
        node.put("speaker_mention", r.speakerMention());
        node.put("cue", r.cue());
        node.put("kind", r.kind());
        node.put("text", r.text());
        node.put("char_start", r.charStart());
        node.put("char_end", r.charEnd());
        ArrayNode ids = node.putArray("statement_ids");
        r.statementIds().forEach(ids::add);
        node.put("fidelity", r.fidelity());
        if (Double.isNaN(r.similarity()) || Double.isInfinite(r.similarity())) {
            node.putNull("similarity");
        } else {
            node.put("similarity", new BigDecimal(String.format(java.util.Locale.ROOT, "%.3f", r.similarity())));
        }
        node.put("reference_article_id", r.referenceArticleId());
        node.put("misattributed", o.misattributed());
        if (o.diff() == null) {
            node.putNull("diff");
        } else {
            ArrayNode diff = node.putArray("diff");
            for (DiffPart part : o.diff().parts()) {
                ObjectNode p = diff.addObject();
                p.put("op", part.op().label());
                p.put("text", part.text());
                p.put("space_before", part.spaceBefore());
            }
        }
    }
}
