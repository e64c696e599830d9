package org.quotetrace.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrace.attribution.AttributedQuote;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.PassageBuilder;
import org.quotetrace.linking.Statement;
import org.quotetrace.linking.WordForms;
import org.quotetrace.linking.WordNetSynonyms;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.quotes.CueLexicon;

/**
 * Makes the {@link VerifyIndex} of a linked corpus. The wordings are cut with the linker's own
 * {@link PassageBuilder} from the same rows the linker saw, so a statement's reference wording is
 * found again at exactly its offsets. Besides the reference, every other version that is
 * unambiguously one statement's (a one-sentence row, or a reuse row, carrying one statement) is
 * kept once per distinct wording.
 */
public final class VerifyIndexBuilder {

    private final PassageBuilder builder;
    private final java.util.function.Function<String, Set<String>> synonyms;
    private final java.util.function.Function<String, Set<String>> baseForms;

    /**
     * A builder cutting wordings with {@code builder} and looking up each lemma's synonyms and base
     * forms with {@code synonyms} and {@code baseForms}.
     */
    public VerifyIndexBuilder(PassageBuilder builder, java.util.function.Function<String, Set<String>> synonyms,
                              java.util.function.Function<String, Set<String>> baseForms) {
        this.builder = builder;
        this.synonyms = synonyms;
        this.baseForms = baseForms;
    }

    /** A builder with the linker's standard word forms, cue lexicon and WordNet synonyms. */
    public static VerifyIndexBuilder standard() {
        return new VerifyIndexBuilder(new PassageBuilder(WordForms.standard(), CueLexicon.standard()),
                WordNetSynonyms.shared()::synonymsOf, WordNetSynonyms.shared()::baseFormsOf);
    }

    /** The index of {@code analyses} (in article-id order) linked into {@code result}. */
    public VerifyIndex build(List<ArticleAnalysis> analyses, LinkResult result) {
        List<LedgerRow> rows = result.rows();
        Map<String, List<Integer>> quoteRows = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).kind().equals("reuse")) {
                quoteRows.computeIfAbsent(rows.get(i).articleId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Passage> passages = new ArrayList<>();
        for (ArticleAnalysis analysis : analyses) {
            builder.build(analysis, rows, quoteRows.getOrDefault(analysis.article().id(), List.of()), passages);
        }
        return build(analyses, result, passages, row -> row);
    }

    /**
     * The index of {@code analyses} (in article-id order) linked into {@code result}, with the
     * wordings taken from {@code passages}: the linker's passages, cut by the same builder from
     * the rows before linking, whose {@link Passage#row} counts quote rows only. Linking keeps
     * those rows in their order and adds reuse rows among them, so the k-th quote row of
     * {@code result} is row k; the analyses' annotation is not read.
     *
     * @throws IllegalStateException when a passage points past the quote rows of {@code result}
     */
    public VerifyIndex build(List<ArticleAnalysis> analyses, LinkResult result, List<Passage> passages) {
        List<Integer> quoteRows = new ArrayList<>();
        for (int i = 0; i < result.rows().size(); i++) {
            if (!result.rows().get(i).kind().equals("reuse")) {
                quoteRows.add(i);
            }
        }
        for (Passage p : passages) {
            if (p.isQuote() && (p.row() >= quoteRows.size()
                    || !result.rows().get(quoteRows.get(p.row())).articleId().equals(p.articleId()))) {
                throw new IllegalStateException("passage " + p.start() + "-" + p.end() + " of " + p.articleId()
                        + " points to no quote row of its article");
            }
        }
        return build(analyses, result, passages, quoteRows::get);
    }

    /** The index, with {@code rowOf} turning a quote passage's {@link Passage#row} into its row in {@code result}. */
    private VerifyIndex build(List<ArticleAnalysis> analyses, LinkResult result, List<Passage> passages,
                              java.util.function.IntUnaryOperator rowOf) {
        List<LedgerRow> rows = result.rows();
        Map<String, LedgerRow> rowsBySpan = new HashMap<>();
        for (LedgerRow row : rows) {
            rowsBySpan.put(spanKey(row.articleId(), row.charStart(), row.charEnd()) + row.kind(), row);
        }
        Map<String, Article> articles = new HashMap<>();
        for (ArticleAnalysis analysis : analyses) {
            articles.put(analysis.article().id(), analysis.article());
        }
        Map<String, Passage> bySpan = new HashMap<>();
        Map<Integer, List<Passage>> byRow = new HashMap<>();
        for (Passage p : passages) {
            bySpan.putIfAbsent(spanKey(p.articleId(), p.start(), p.end()), p);
            if (p.isQuote()) {
                byRow.computeIfAbsent(rowOf.applyAsInt(p.row()), k -> new ArrayList<>()).add(p);
            }
        }
        List<IndexedStatement> statements = new ArrayList<>();
        Map<String, List<IndexedPassage>> wordings = new LinkedHashMap<>();
        Map<String, Set<List<String>>> seenForms = new HashMap<>();
        for (Statement statement : result.statements()) {
            Passage reference = bySpan.get(spanKey(statement.referenceArticleId(), statement.referenceStart(),
                    statement.referenceEnd()));
            if (reference == null) {
                continue;
            }
            Article article = articles.get(statement.referenceArticleId());
            boolean fromQuotes = !statement.attributedTo().isEmpty()
                    || reference.isQuote() && !statement.speakerId().equals(Speaker.UNKNOWN.id());
            statements.add(new IndexedStatement(statement, article == null ? "" : article.outlet(), fromQuotes));
            wordings.computeIfAbsent(statement.id(), k -> new ArrayList<>()).add(IndexedPassage.of(statement.id(), reference));
            seenForms.computeIfAbsent(statement.id(), k -> new HashSet<>()).add(reference.forms());
        }
        for (int i = 0; i < rows.size(); i++) {
            LedgerRow row = rows.get(i);
            if (row.statementIds().size() != 1 || !wordings.containsKey(row.statementIds().get(0))) {
                continue;
            }
            List<Passage> own = row.kind().equals("reuse")
                    ? single(bySpan.get(spanKey(row.articleId(), row.charStart(), row.charEnd())))
                    : byRow.getOrDefault(i, List.of());
            if (own.size() != 1) {
                continue;
            }
            String id = row.statementIds().get(0);
            if (seenForms.get(id).add(own.get(0).forms())) {
                wordings.get(id).add(IndexedPassage.of(id, own.get(0)));
            }
        }
        List<IndexedPassage> allWordings = new ArrayList<>();
        wordings.values().forEach(allWordings::addAll);
        Set<String> lemmas = new HashSet<>();
        for (IndexedPassage wording : allWordings) {
            for (var word : wording.words()) {
                if (word.content()) {
                    lemmas.add(word.lemma());
                }
            }
        }
        return new VerifyIndex(statements, allWordings, speakers(analyses, rowsBySpan),
                StoredSynonyms.table(lemmas, synonyms, false), StoredSynonyms.table(lemmas, baseForms, true));
    }

    /** The distinct (description, canonical speaker) pairs of all attributed quotes, in ledger order. */
    private static List<IndexedSpeaker> speakers(List<ArticleAnalysis> analyses, Map<String, LedgerRow> rowsBySpan) {
        Set<IndexedSpeaker> out = new LinkedHashSet<>();
        for (ArticleAnalysis analysis : analyses) {
            for (AttributedQuote quote : analysis.quotes()) {
                if (quote.entity() == null) {
                    continue;
                }
                LedgerRow row = rowsBySpan.get(spanKey(analysis.article().id(), quote.quote().start(), quote.quote().end())
                        + quote.quote().kind().label());
                if (row != null && !row.speakerId().equals(Speaker.UNKNOWN.id())) {
                    out.add(new IndexedSpeaker(quote.entity().describe(), row.speakerId(), row.speakerName()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<Passage> single(Passage p) {
        return p == null ? List.of() : List.of(p);
    }

    private static String spanKey(String articleId, int start, int end) {
        return articleId + "\u0000" + start + "\u0000" + end + "\u0000";
    }
}
