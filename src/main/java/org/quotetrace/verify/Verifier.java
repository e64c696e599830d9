package org.quotetrace.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.corpus.Article;
import org.quotetrace.index.IndexedPassage;
import org.quotetrace.index.IndexedStatement;
import org.quotetrace.index.VerifyIndex;
import org.quotetrace.index.VerifyLookup;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.linking.Comparison;
import org.quotetrace.linking.Fidelity;
import org.quotetrace.linking.FidelityGrader;
import org.quotetrace.linking.Passage;
import org.quotetrace.linking.PassageBuilder;
import org.quotetrace.linking.PassageComparer;
import org.quotetrace.linking.PassageGraph;
import org.quotetrace.linking.Statement;
import org.quotetrace.linking.StatementGroups;
import org.quotetrace.linking.Synonyms;
import org.quotetrace.linking.TermIndex;
import org.quotetrace.linking.TermIndexCandidates;
import org.quotetrace.linking.WordForms;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.QuoteRows;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.quotes.CueLexicon;

/**
 * Checks one new article against a persisted {@link VerifyIndex} (asked through
 * {@link VerifyLookup}, so only what the article touches is read), with the linking engine's own
 * parts: the article's quotes and free sentences are cut into passages by {@link PassageBuilder};
 * candidate wordings of known statements come from a {@link TermIndex}; the new passages and the
 * candidates are grouped by {@link StatementGroups} exactly as a build groups a corpus, so a new
 * passage carries the statements whose wordings share its group or the groups it is a part of;
 * each is graded against the reference wording by the {@link FidelityGrader}.
 *
 * <p>Verdicts: a quote credited to a known speaker other than the statement's is
 * {@code MISATTRIBUTED}; otherwise its least faithful grade (verbatim, fragment, edited, altered,
 * paraphrase); a quote that carries no statement is {@code NEW}. A free sentence (not quoted, not
 * naming a source) that reproduces a statement's words (verbatim, fragment or edited) is
 * {@code REUSE}.
 */
public final class Verifier {

    /** How many candidate wordings each passage of the new article asks the index for. */
    static final int CANDIDATES = 10;
    /** A candidate wording must share this much of the passage's content, or the passage this much of its own. */
    static final double MIN_OVERLAP = 0.25;
    /** Threads that compare the passages with their candidates. */
    static final int COMPARE_THREADS = 2;
    /** A misattribution needs the quote to carry the statement with at least this similarity. */
    static final double MISATTRIBUTION_SIMILARITY = 0.5;

    private final VerifyLookup index;
    private final ArticleAnalyzer analyzer;
    private final PassageBuilder builder;
    private final PassageComparer comparer;
    private final FidelityGrader grader = new FidelityGrader();
    private final WordDiffer differ;

    /** A verifier asking {@code index}, comparing words with its synonyms. */
    public Verifier(VerifyLookup index, ArticleAnalyzer analyzer, WordForms forms) {
        this.index = index;
        this.analyzer = analyzer;
        this.builder = new PassageBuilder(forms, CueLexicon.standard());
        this.comparer = new PassageComparer(index.synonyms());
        this.differ = new WordDiffer(forms);
    }

    /** Verifies {@code article}. */
    public Verification verify(Article article) {
        ArticleAnalysis analysis = analyzer.analyze(article);
        PhaseTimes.mark("article analysed");
        return verify(analysis);
    }

    /** Verifies an analysed article. */
    public Verification verify(ArticleAnalysis analysis) {
        Article article = analysis.article();
        List<LedgerRow> rows = rows(analysis);
        PhaseTimes.mark("speakers matched");
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            all.add(i);
        }
        List<Passage> passages = new ArrayList<>();
        builder.build(analysis, rows, all, passages);
        PhaseTimes.mark("passages built");
        int own = passages.size();
        Map<Integer, Integer> wordingOfPassage = new HashMap<>();
        for (int wording : candidates(passages)) {
            wordingOfPassage.put(passages.size(), wording);
            passages.add(index.wording(wording).toPassage(passages.size()));
        }
        PhaseTimes.mark("candidates " + own + "+" + (passages.size() - own));
        // the candidate pairs (a, b), a before b, are compared on both cores up front: the comparisons
        // are most of the grouping's cost, and a comparison is the same whichever thread makes it.
        // Comparing the pairs both ways up front as well would save little wall time for a fifth
        // more comparisons (grouping asks for 3,540 of the 4,238 ordered pairs of the first 100k article)
        PassageGraph graph = PassageGraph.build(passages, comparer, new TermIndexCandidates(), COMPARE_THREADS);
        PhaseTimes.mark("compared");
        StatementGroups groups = StatementGroups.build(graph, grader);
        PhaseTimes.mark("grouped");
        List<List<Integer>> roots = roots(groups);
        Map<Integer, String> referenceOf = new HashMap<>();
        for (Map.Entry<Integer, Integer> entry : wordingOfPassage.entrySet()) {
            String id = index.wording(entry.getValue()).statementId();
            if (index.referenceWording(id) == entry.getValue()) {
                referenceOf.put(entry.getKey(), id);
            }
        }
        Map<String, Passage> references = new HashMap<>();
        referenceOf.forEach((p, id) -> references.put(id, passages.get(p)));
        List<CheckedItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Passage> pieces = new ArrayList<>();
            for (int p = 0; p < own; p++) {
                if (passages.get(p).row() == i) {
                    pieces.add(passages.get(p));
                }
            }
            items.add(check(rows.get(i), pieces, groups, roots, wordingOfPassage, references));
        }
        for (int p = 0; p < own; p++) {
            Passage passage = passages.get(p);
            if (passage.isQuote() || passage.attributed() || wrappedInQuotes(passage)) {
                continue;
            }
            CheckedItem reuse = reuse(article, passage, groups, roots, wordingOfPassage, references);
            if (reuse != null) {
                items.add(reuse);
            }
        }
        items.sort(java.util.Comparator.comparingInt(CheckedItem::start).thenComparingInt(CheckedItem::end));
        PhaseTimes.mark("graded");
        return new Verification(article.id(), items);
    }

    /** The article's attributed quotes as rows, with the ledger's canonical speakers. */
    private List<LedgerRow> rows(ArticleAnalysis analysis) {
        List<ArticleEntity> entities = QuoteRows.entities(List.of(analysis));
        Map<ArticleEntity, Speaker> speakers = new SpeakerMatcher(index.speakersNear(entities)).match(entities);
        return QuoteRows.rows(analysis, speakers);
    }

    /**
     * The stored wordings worth comparing with {@code passages}: for each passage, those of its
     * best {@value #CANDIDATES} index hits that share at least {@value #MIN_OVERLAP} of either
     * side's content, plus the reference wording of every statement found. Bounded by the article's
     * size, not the ledger's.
     */
    private Set<Integer> candidates(List<Passage> passages) {
        Set<Integer> out = new TreeSet<>();
        for (Passage passage : passages) {
            int minShared = (int) Math.min(2, passage.contentWords().size());
            if (minShared == 0) {
                continue;
            }
            for (int wording : index.similarWordings(TermIndex.terms(passage.words()), CANDIDATES, minShared)) {
                IndexedPassage stored = index.wording(wording);
                Comparison c = comparer.compare(passage, stored.toPassage(-1));
                if (c.coverageOfA() >= MIN_OVERLAP || c.coverageOfB() >= MIN_OVERLAP) {
                    out.add(wording);
                    out.add(index.referenceWording(stored.statementId()));
                }
            }
        }
        return out;
    }

    /**
     * For every group, the root groups whose statements it carries (itself when it is no part of
     * another). A group's parent may come after it (a reported rewording made part of a later
     * quote), so roots are resolved on demand, as the linker does. Package-private for its test.
     */
    static List<List<Integer>> roots(StatementGroups groups) {
        List<List<Integer>> roots = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            roots.add(null);
        }
        for (int g = 0; g < groups.size(); g++) {
            resolveRoots(groups, g, roots);
        }
        return roots;
    }

    private static List<Integer> resolveRoots(StatementGroups groups, int g, List<List<Integer>> roots) {
        List<Integer> known = roots.get(g);
        if (known != null) {
            return known;
        }
        List<Integer> parents = groups.parentsOf(g);
        List<Integer> resolved;
        if (parents.isEmpty()) {
            resolved = List.of(g);
        } else {
            Set<Integer> set = new LinkedHashSet<>();
            for (int parent : parents) {
                set.addAll(resolveRoots(groups, parent, roots));
            }
            resolved = List.copyOf(set);
        }
        roots.set(g, resolved);
        return resolved;
    }

    /** The known statements passage {@code p} carries, in the order its words carry them. */
    private List<String> statementsOf(Passage p, StatementGroups groups, List<List<Integer>> roots,
                                      Map<Integer, Integer> wordingOfPassage) {
        Set<String> out = new LinkedHashSet<>();
        int group = groups.groupOf(p.id());
        List<Integer> searched = new ArrayList<>(roots.get(group));
        if (!searched.contains(group)) {
            searched.add(group);
        }
        for (int g : searched) {
            for (int member : groups.members(g)) {
                Integer wording = wordingOfPassage.get(member);
                if (wording != null) {
                    out.add(index.wording(wording).statementId());
                }
            }
        }
        return new ArrayList<>(out);
    }

    private CheckedItem check(LedgerRow row, List<Passage> pieces, StatementGroups groups, List<List<Integer>> roots,
                              Map<Integer, Integer> wordingOfPassage, Map<String, Passage> references) {
        Set<String> carried = new LinkedHashSet<>();
        Map<String, Double> closeness = new HashMap<>();
        Fidelity fidelity = null;
        double total = 0;
        int graded = 0;
        List<DiffOp> diff = List.of();
        for (Passage piece : pieces) {
            List<String> ids = statementsOf(piece, groups, roots, wordingOfPassage);
            double best = 0;
            for (String id : ids) {
                Passage reference = references.get(id);
                carried.add(id);
                Fidelity f = grader.grade(piece, reference);
                fidelity = fidelity == null ? f : fidelity.worse(f);
                double similarity = comparer.compare(piece, reference).similarity();
                best = Math.max(best, similarity);
                closeness.merge(id, similarity, Math::max);
                if (f == Fidelity.ALTERED && diff.isEmpty()) {
                    diff = differ.diff(reference.surface(), piece.surface());
                }
            }
            if (!ids.isEmpty()) {
                total += best;
                graded++;
            }
        }
        if (carried.isEmpty()) {
            return new CheckedItem(row.kind(), row.text(), row.charStart(), row.charEnd(), row.speakerId(),
                    row.speakerName(), row.speakerMention(), Verdict.NEW, "", 0, List.of(), List.of());
        }
        List<KnownStatement> known = carried.stream().map(this::known).toList();
        Verdict verdict = misattributed(row.speakerId(), row.speakerName(), closeness) ? Verdict.MISATTRIBUTED : verdictOf(fidelity);
        return new CheckedItem(row.kind(), row.text(), row.charStart(), row.charEnd(), row.speakerId(),
                row.speakerName(), row.speakerMention(), verdict, fidelity.label(), total / graded, known, diff);
    }

    /**
     * Whether a quote credited to {@code speaker} carries a statement of a different known speaker,
     * with at least {@value #MISATTRIBUTION_SIMILARITY} similarity (a few words matched to a long
     * statement are too weak a link to accuse anyone of a misattribution).
     * A body and its own nominal voice ("Europol" and "Europol spokesperson") are not different
     * speakers: one display name is the other followed by a role.
     */
    private boolean misattributed(String speakerId, String speakerName, Map<String, Double> closeness) {
        if (speakerId.equals(Speaker.UNKNOWN.id())) {
            return false;
        }
        for (Map.Entry<String, Double> entry : closeness.entrySet()) {
            if (entry.getValue() < MISATTRIBUTION_SIMILARITY) {
                continue;
            }
            String id = entry.getKey();
            IndexedStatement statement = index.statement(id);
            Statement s = statement.statement();
            if (statement.speakerFromQuotes() && !s.speakerId().equals(Speaker.UNKNOWN.id())
                    && !s.speakerId().equals(speakerId) && !sameVoice(s.speakerName(), speakerName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameVoice(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    private CheckedItem reuse(Article article, Passage passage, StatementGroups groups, List<List<Integer>> roots,
                              Map<Integer, Integer> wordingOfPassage, Map<String, Passage> references) {
        List<String> ids = statementsOf(passage, groups, roots, wordingOfPassage);
        List<String> copied = new ArrayList<>();
        double best = 0;
        Fidelity fidelity = null;
        for (String id : ids) {
            Fidelity f = grader.grade(passage, references.get(id));
            if (f == Fidelity.VERBATIM || f == Fidelity.FRAGMENT || f == Fidelity.EDITED) {
                copied.add(id);
                fidelity = fidelity == null ? f : fidelity.worse(f);
                best = Math.max(best, comparer.compare(passage, references.get(id)).similarity());
            }
        }
        if (copied.isEmpty()) {
            return null;
        }
        KnownStatement first = known(copied.get(0));
        return new CheckedItem("reuse", passage.surface(), passage.start(), passage.end(), first.speakerId(),
                first.speakerName(), "", Verdict.REUSE, fidelity.label(), best,
                copied.stream().map(this::known).toList(), List.of());
    }

    private KnownStatement known(String id) {
        IndexedStatement indexed = index.statement(id);
        Statement s = indexed.statement();
        return new KnownStatement(s.id(), s.referenceText(), s.referenceArticleId(), indexed.referenceOutlet(),
                s.speakerId(), s.speakerName());
    }

    /** A sentence that opens and closes with quotation marks is a quote the quote stage missed, not reuse. */
    private static boolean wrappedInQuotes(Passage p) {
        String marks = "\"'“”‘’«»";
        String text = p.surface().strip();
        return text.length() > 2 && marks.indexOf(text.charAt(0)) >= 0 && marks.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static Verdict verdictOf(Fidelity fidelity) {
        return switch (fidelity) {
            case ORIGINAL, VERBATIM -> Verdict.VERBATIM;
            case FRAGMENT -> Verdict.FRAGMENT;
            case EDITED -> Verdict.EDITED;
            case ALTERED -> Verdict.ALTERED;
            case PARAPHRASE -> Verdict.PARAPHRASE;
        };
    }
}
