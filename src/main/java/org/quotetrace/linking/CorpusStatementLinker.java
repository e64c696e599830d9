package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.quotes.CueLexicon;
import org.quotetrace.story.Paragraph;

/**
 * The corpus linker: cuts articles into passages, finds candidate pairs through an inverted
 * index, groups versions of one sentence into statements ({@link StatementGroups}), picks each
 * statement's reference wording, grades every occurrence against it, and turns free sentences that
 * carry a statement into {@code reuse} rows. Deterministic: the same input gives the same output.
 */
public final class CorpusStatementLinker implements StatementLinker {

    /** An article with this many free sentences that others quote or copy word for word reprints a source. */
    static final int REPRINT_EVIDENCE = 3;
    /** Distinct wordings graded per reference candidate (bounds the cost of a very popular statement). */
    static final int MAX_WORDINGS_GRADED = 200;

    private final PassageBuilder builder;
    private final PrimarySources sources = PrimarySources.standard();
    private final PassageComparer comparer;
    private final FidelityGrader grader;
    private final Synonyms synonyms;
    private final CandidateFinder candidates;
    private final int threads;

    public CorpusStatementLinker(WordForms forms, Synonyms synonyms) {
        this(forms, synonyms, new TermIndexCandidates());
    }

    /** A linker that finds candidate pairs with {@code candidates} (e.g. distributed) instead of the in-memory term index. */
    public CorpusStatementLinker(WordForms forms, Synonyms synonyms, CandidateFinder candidates) {
        this(forms, synonyms, candidates, 1);
    }

    /**
     * A linker that finds candidate pairs with {@code candidates} and runs its independent work
     * (pair comparisons, reference choice) on {@code threads} threads; the result is the same for
     * any number of threads.
     */
    public CorpusStatementLinker(WordForms forms, Synonyms synonyms, CandidateFinder candidates, int threads) {
        this.threads = Math.max(1, threads);
        this.synonyms = synonyms;
        this.builder = new PassageBuilder(forms, CueLexicon.standard());
        this.comparer = new PassageComparer(synonyms);
        this.grader = new FidelityGrader();
        this.candidates = candidates;
    }

    /** A linker with the standard spelling variants and WordNet synonyms. */
    public static CorpusStatementLinker standard() {
        return new CorpusStatementLinker(WordForms.standard(), WordNetSynonyms.shared());
    }

    /** A standard linker that uses {@code threads} threads (the same result as one). */
    public static CorpusStatementLinker standard(int threads) {
        return new CorpusStatementLinker(WordForms.standard(), WordNetSynonyms.shared(), new TermIndexCandidates(threads),
                threads);
    }

    /** A standard linker whose candidate pairs come from {@code candidates}. */
    public static CorpusStatementLinker standard(CandidateFinder candidates) {
        return new CorpusStatementLinker(WordForms.standard(), WordNetSynonyms.shared(), candidates);
    }

    @Override
    public LinkResult link(List<ArticleAnalysis> analyses, List<LedgerRow> rows) {
        return linkCorpus(analyses, rows).result();
    }

    /** Links like {@link #link} and also returns the index of the statements, to be saved next to the ledger. */
    public LinkedCorpus linkCorpus(List<ArticleAnalysis> analyses, List<LedgerRow> rows) {
        List<ArticleAnalysis> sorted = new ArrayList<>(analyses);
        sorted.sort(Comparator.comparing(a -> a.article().id()));
        return linkPassages(sorted, passages(sorted, rows), rows);
    }

    /**
     * The passages the linker compares, cut from {@code analyses} in the order given (ids are
     * positions in the result); each quote passage's {@link Passage#row} is its row's position in
     * {@code rows}. {@link #linkCorpus} cuts them from the analyses sorted by article id.
     */
    public List<Passage> passages(List<ArticleAnalysis> analyses, List<LedgerRow> rows) {
        Map<String, List<Integer>> rowsByArticle = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rowsByArticle.computeIfAbsent(rows.get(i).articleId(), k -> new ArrayList<>()).add(i);
        }
        List<Passage> passages = new ArrayList<>();
        for (ArticleAnalysis analysis : analyses) {
            builder.build(analysis, rows, rowsByArticle.getOrDefault(analysis.article().id(), List.of()), passages);
        }
        return passages;
    }

    /**
     * Links {@code passages}, which must equal what {@link #passages} cuts from {@code analyses}
     * sorted by article id (cut elsewhere, e.g. where each article was analysed, and renumbered).
     * Of the analyses only the article and its story layout are read, so an analysis whose
     * annotation was dropped to save memory links as the whole one does.
     */
    public LinkedCorpus linkPassages(List<ArticleAnalysis> analyses, List<Passage> passages, List<LedgerRow> rows) {
        Map<String, ArticleAnalysis> byId = new HashMap<>();
        for (ArticleAnalysis analysis : analyses) {
            byId.put(analysis.article().id(), analysis);
        }
        PassageGraph graph = PassageGraph.build(passages, comparer, new StoryContextCandidates(candidates,
                (article, offset) -> byId.get(article).extracted().layout().inBody(offset), threads), threads);
        ReportedParaphrase paraphrase = new ReportedParaphrase(synonyms, synonyms::derivationallyRelated, graph::rarity);
        SpeakerAffiliations affiliations = SpeakerAffiliations.of(rows);
        StatementGroups groups = StatementGroups.build(graph, grader, p -> creditedSpeaker(p, rows), paraphrase,
                affiliations::related, article -> sources.isPrimary(byId.get(article).article()));
        return new Assembly(graph, groups, byId, rows).run();
    }

    /** The canonical speaker the article credits with quote passage p; empty for free text or an unknown speaker. */
    private static String creditedSpeaker(Passage p, List<LedgerRow> rows) {
        if (!p.isQuote()) {
            return "";
        }
        String speaker = rows.get(p.row()).speakerId();
        return speaker.equals(Speaker.UNKNOWN.id()) ? "" : speaker;
    }

    /** One linking run: the state that turns groups into statements and rows. */
    private final class Assembly {
        private final PassageGraph graph;
        private final StatementGroups groups;
        private final Map<String, ArticleAnalysis> analyses;
        private final List<LedgerRow> rows;
        private final List<List<Integer>> roots = new ArrayList<>();
        private final Map<Integer, List<Integer>> carriers = new TreeMap<>();
        private final Map<Integer, Passage> references = new HashMap<>();
        private final Map<Integer, Statement> statements = new TreeMap<>();
        private final Map<String, List<Integer>> rowsOfArticle = new HashMap<>();

        Assembly(PassageGraph graph, StatementGroups groups, Map<String, ArticleAnalysis> analyses, List<LedgerRow> rows) {
            this.graph = graph;
            this.groups = groups;
            this.analyses = analyses;
            this.rows = rows;
            for (int i = 0; i < rows.size(); i++) {
                rowsOfArticle.computeIfAbsent(rows.get(i).articleId(), k -> new ArrayList<>()).add(i);
            }
        }

        LinkedCorpus run() {
            resolveRoots();
            // each statement's reference depends only on the settled groups: chosen on all threads
            List<Map.Entry<Integer, List<Integer>>> all = new ArrayList<>(carriers.entrySet());
            List<Passage> chosen = ParallelWork.map(all.size(), threads, i -> {
                Map.Entry<Integer, List<Integer>> entry = all.get(i);
                return isStatement(entry.getKey(), entry.getValue()) ? chooseReference(entry.getKey()) : null;
            });
            for (int i = 0; i < all.size(); i++) {
                if (chosen.get(i) != null) {
                    references.put(all.get(i).getKey(), chosen.get(i));
                }
            }
            assignIds();
            Map<Integer, List<Passage>> byRow = new HashMap<>();
            for (Passage p : graph.passages()) {
                if (p.isQuote()) {
                    byRow.computeIfAbsent(p.row(), k -> new ArrayList<>()).add(p);
                }
            }
            List<LedgerRow> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                List<Passage> own = byRow.getOrDefault(i, List.of());
                out.add(withLinks(rows.get(i), own, enclosingRoots(i, own, byRow)));
            }
            out.addAll(reuseRows());
            out.sort(Comparator.comparing(LedgerRow::articleId).thenComparingInt(LedgerRow::charStart)
                    .thenComparingInt(LedgerRow::charEnd).thenComparing(LedgerRow::kind));
            Set<String> used = new java.util.HashSet<>();
            out.forEach(row -> used.addAll(row.statementIds()));
            // a quote that took the statements of the quote enclosing it leaves its own one-off statement unused
            statements.values().removeIf(statement -> !used.contains(statement.id()));
            List<StatementIndex.Entry> entries = new ArrayList<>();
            for (Map.Entry<Integer, Statement> entry : statements.entrySet()) {
                entries.add(new StatementIndex.Entry(entry.getValue(), references.get(entry.getKey()).words()));
            }
            Comparator<Statement> order = Comparator.comparing(Statement::referenceArticleId)
                    .thenComparingInt(Statement::referenceStart).thenComparing(Statement::id);
            entries.sort(Comparator.comparing(StatementIndex.Entry::statement, order));
            List<Statement> list = entries.stream().map(StatementIndex.Entry::statement).toList();
            return new LinkedCorpus(new LinkResult(out, list), new StatementIndex(entries));
        }

        private void resolveRoots() {
            for (int g = 0; g < groups.size(); g++) {
                roots.add(null);
            }
            for (int g = 0; g < groups.size(); g++) {
                for (int root : resolve(g)) {
                    carriers.computeIfAbsent(root, k -> new ArrayList<>()).addAll(groups.members(g));
                }
            }
            for (Passage p : graph.passages()) {
                for (int root : passageRoots(p)) {
                    List<Integer> list = carriers.computeIfAbsent(root, k -> new ArrayList<>());
                    if (!list.contains(p.id())) {
                        list.add(p.id());
                    }
                }
            }
            for (List<Integer> list : carriers.values()) {
                list.sort(Integer::compare);
            }
        }

        /**
         * The root groups (statements) group g carries: itself, or the roots of the groups it is a part
         * of; and the lists of figures it retells ({@link StatementGroups#alsoCarries}). A part takes a
         * list of figures that a parent retells only when it states figures itself ("the images were
         * generated by AI", cut from a sentence that also gives the arrest figures, is no retelling of
         * the results) or carries nothing else.
         */
        private List<Integer> resolve(int g) {
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
                Set<Integer> figureLists = new LinkedHashSet<>();
                for (int parent : parents) {
                    Set<Integer> inClause = new java.util.HashSet<>();
                    for (int retold : groups.retoldInClause(parent)) {
                        inClause.addAll(resolve(retold));
                    }
                    for (int root : resolve(parent)) {
                        if (inClause.contains(root)) {
                            continue; // retold in a clause of the parent's sentence, which the part need not hold
                        }
                        // a list of figures the parent retells is carried by a part only when the part states figures itself
                        (root != parent && groups.isFigureList(root) ? figureLists : set).add(root);
                    }
                }
                if (set.isEmpty() || groups.statesFigures(g)) {
                    set.addAll(figureLists);
                }
                resolved = List.copyOf(set);
            }
            if (!groups.alsoCarries(g).isEmpty()) {
                Set<Integer> set = new LinkedHashSet<>(resolved);
                for (int list : groups.alsoCarries(g)) {
                    set.addAll(resolve(list));
                }
                resolved = List.copyOf(set);
            }
            roots.set(g, resolved);
            return resolved;
        }

        /**
         * A group is a statement when someone quotes it, or when a primary source prints it and an
         * article that is no copy of that source carries it too (the source's text reused).
         */
        private boolean isStatement(int root, List<Integer> carrierIds) {
            List<String> articles = new ArrayList<>();
            for (int id : carrierIds) {
                Passage p = graph.passages().get(id);
                if (p.isQuote()) {
                    return true;
                }
                if (!articles.contains(p.articleId())) {
                    articles.add(p.articleId());
                }
            }
            if (groups.representative(root).contentWords().size() < StatementGroups.MIN_FREE_STATEMENT_CONTENT) {
                return false;
            }
            for (String source : articles) {
                if (!sources.isPrimary(analyses.get(source).article())) {
                    continue;
                }
                for (String other : articles) {
                    if (!source.equals(other) && !sameHouse(source, other)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The reference wording: a passage of a primary source ({@link PrimarySources}); else the wording
         * ({@link #referenceCandidates}) whose words most other occurrences of the statement reproduce
         * exactly (verbatim, as a fragment or edited: an outlet quoting a piece of a sentence word for
         * word reproduces that sentence, not a retelling of it), then the one most reproduced whole;
         * ties go to text printed as the article's own (an unquoted reprint carries the
         * source's wording, a quote may trim it, reported speech rewords it), then to the earliest
         * {@code published} date, then to the most complete wording.
         */
        private Passage chooseReference(int root) {
            List<Integer> members = referenceCandidates(root);
            Map<List<String>, int[]> reproduced = new HashMap<>();
            // the carriers' distinct wordings, in order of first appearance, with how many carry each:
            // fragment and edit grades depend on the wording alone, so each is graded once, not once
            // per carrier (a statement carried by thousands of passages stays linear)
            Map<List<String>, Passage> wordings = new LinkedHashMap<>();
            Map<List<String>, Integer> carriersOfWording = new HashMap<>();
            Set<Integer> carrierIds = new java.util.HashSet<>(carriers.get(root));
            for (int id : carriers.get(root)) {
                Passage other = graph.passages().get(id);
                List<String> forms = other.forms();
                wordings.putIfAbsent(forms, other);
                carriersOfWording.merge(forms, 1, Integer::sum);
            }
            for (int id : members) {
                Passage candidate = graph.passages().get(id);
                List<String> forms = candidate.forms();
                if (reproduced.containsKey(forms)) {
                    continue;
                }
                int[] count = new int[2];
                count[0] = carriersOfWording.getOrDefault(forms, 0) - (carrierIds.contains(id) ? 1 : 0);
                int graded = 0;
                for (Map.Entry<List<String>, Passage> wording : wordings.entrySet()) {
                    if (wording.getKey().equals(forms)) {
                        continue;
                    }
                    if (graded++ == MAX_WORDINGS_GRADED) {
                        break;
                    }
                    Fidelity f = grader.grade(wording.getValue(), candidate);
                    if (f == Fidelity.FRAGMENT || f == Fidelity.EDITED) {
                        count[1] += carriersOfWording.get(wording.getKey());
                    }
                }
                reproduced.put(forms, count);
            }
            Comparator<Passage> order = Comparator
                    .comparing((Passage p) -> !sources.isPrimary(article(p)))
                    .thenComparing(p -> -(reproduced.get(p.forms())[0] + reproduced.get(p.forms())[1]))
                    .thenComparing(p -> -reproduced.get(p.forms())[0])
                    .thenComparing(p -> p.source() == Passage.Source.INDIRECT ? 2
                            : p.source() == Passage.Source.DIRECT || PassageBuilder.wrappedInQuotes(p.text(), p.start(), p.end()) ? 1 : 0)
                    .thenComparing(p -> article(p).published().isEmpty())
                    .thenComparing(p -> article(p).published())
                    .thenComparing(p -> -p.contentWords().size())
                    .thenComparing(p -> -p.words().size())
                    .thenComparing(Passage::articleId)
                    .thenComparingInt(Passage::start);
            return members.stream().map(graph.passages()::get).min(order).orElseThrow();
        }

        /**
         * The passages that may hold a statement's reference wording: the versions in its own group,
         * and the whole-sentence versions of groups that are parts of this statement alone (a
         * rewording several outlets reproduce word for word may be the wording others follow, even
         * when a longer retelling was grouped first). A part counts as whole when it carries at least
         * {@value VersionGroups#SAME_COVERAGE} of the content words of the group's longest passage
         * and is no excerpt of another occurrence: a fragment is never a reference. When the
         * statement's own group is only reported speech, any printed or quoted sentence of at least
         * {@value VersionGroups#MIN_SAME_CONTENT} content words that it carries is a candidate too:
         * reported speech rewords, a printed or quoted sentence is closer to the speaker's words.
         */
        private List<Integer> referenceCandidates(int root) {
            List<Integer> out = new ArrayList<>(groups.members(root));
            int rootContent = groups.representative(root).contentWords().size();
            boolean reportedOnly = groups.members(root).stream()
                    .allMatch(id -> graph.passages().get(id).source() == Passage.Source.INDIRECT);
            List<Passage> carrierPassages = carriers.get(root).stream().map(graph.passages()::get).toList();
            Set<Integer> seenGroups = new java.util.HashSet<>();
            Map<List<String>, Boolean> wholeWordings = new HashMap<>();
            for (Passage p : carrierPassages) {
                int g = groups.groupOf(p.id());
                if (g == root || !seenGroups.add(g) || !roots.get(g).equals(List.of(root))) {
                    continue;
                }
                for (int id : groups.members(g)) {
                    Passage candidate = graph.passages().get(id);
                    int content = candidate.contentWords().size();
                    boolean whole = content >= VersionGroups.SAME_COVERAGE * rootContent
                            || reportedOnly && candidate.source() != Passage.Source.INDIRECT
                            && content >= VersionGroups.MIN_SAME_CONTENT;
                    // each distinct wording is checked once, and at most as many as are graded
                    if (whole && (wholeWordings.containsKey(candidate.forms()) || wholeWordings.size() < MAX_WORDINGS_GRADED)
                            && wholeWordings.computeIfAbsent(candidate.forms(), f -> carrierPassages.stream()
                                    .noneMatch(other -> excerptOf(candidate, other)))) {
                        out.add(id);
                    }
                }
            }
            return out;
        }

        /** Whether {@code part}'s words are a contiguous run of {@code whole}'s longer wording. */
        private boolean excerptOf(Passage part, Passage whole) {
            return part.words().size() < whole.words().size()
                    && java.util.Collections.indexOfSubList(whole.forms(), part.forms()) >= 0;
        }

        private Article article(Passage p) {
            return analyses.get(p.articleId()).article();
        }

        private void assignIds() {
            Set<String> used = new TreeSet<>();
            for (Map.Entry<Integer, Passage> entry : new TreeMap<>(references).entrySet()) {
                int root = entry.getKey();
                Passage reference = entry.getValue();
                String id = StatementIds.of(reference.forms());
                for (int n = 2; used.contains(id); n++) {
                    id = StatementIds.of(reference.forms()) + "-" + n;
                }
                used.add(id);
                Speaker speaker = speakerOf(root, reference);
                Set<String> attributed = new TreeSet<>();
                for (int carrier : carriers.get(root)) {
                    Passage p = graph.passages().get(carrier);
                    if (p.isQuote()) {
                        String speakerId = rows.get(p.row()).speakerId();
                        if (!speakerId.isEmpty() && !speakerId.equals(Speaker.UNKNOWN.id())) {
                            attributed.add(speakerId);
                        }
                    }
                }
                statements.put(root, new Statement(id, speaker.id(), speaker.name(), reference.articleId(),
                        reference.start(), reference.end(), reference.surface(), List.copyOf(attributed)));
            }
        }

        /**
         * The speaker of a statement: of its reference quote; else the speaker most quotes of it
         * credit; else, for text nobody quotes, the outlet that published the reference wording.
         */
        private Speaker speakerOf(int root, Passage reference) {
            if (reference.isQuote()) {
                LedgerRow row = rows.get(reference.row());
                if (!row.speakerId().equals(Speaker.UNKNOWN.id())) {
                    return new Speaker(row.speakerId(), row.speakerName());
                }
            }
            Map<String, Integer> votes = new HashMap<>();
            Map<String, Speaker> byId = new HashMap<>();
            Map<String, Integer> firstSeen = new HashMap<>();
            for (int carrier : carriers.get(root)) {
                Passage p = graph.passages().get(carrier);
                if (!p.isQuote()) {
                    continue;
                }
                LedgerRow row = rows.get(p.row());
                if (row.speakerId().equals(Speaker.UNKNOWN.id())) {
                    continue;
                }
                votes.merge(row.speakerId(), 1, Integer::sum);
                byId.putIfAbsent(row.speakerId(), new Speaker(row.speakerId(), row.speakerName()));
                firstSeen.putIfAbsent(row.speakerId(), carrier);
            }
            if (!votes.isEmpty()) {
                String best = votes.keySet().stream()
                        .min(Comparator.comparing((String s) -> -votes.get(s)).thenComparing(firstSeen::get))
                        .orElseThrow();
                return byId.get(best);
            }
            String outlet = article(reference).outlet().replaceAll("\\s*\\([^)]*\\)", "").strip();
            return outlet.isEmpty() ? Speaker.UNKNOWN : Speaker.named(outlet);
        }

        /** The statements a passage carries, in the order their words appear. */
        private List<Integer> statementRoots(Passage p) {
            List<Integer> out = new ArrayList<>();
            for (int root : roots.get(groups.groupOf(p.id()))) {
                if (statements.containsKey(root)) {
                    out.add(root);
                }
            }
            for (int root : passageRoots(p)) {
                if (statements.containsKey(root) && !out.contains(root)) {
                    out.add(root);
                }
            }
            return out;
        }

        /** The roots passage p carries on top of its group's ({@link StatementGroups#alsoCarriedByPassage}). */
        private List<Integer> passageRoots(Passage p) {
            List<Integer> extra = groups.alsoCarriedByPassage(p.id());
            if (extra.isEmpty()) {
                return List.of();
            }
            Set<Integer> out = new LinkedHashSet<>();
            for (int h : extra) {
                out.addAll(resolve(h));
            }
            out.removeAll(roots.get(groups.groupOf(p.id())));
            return List.copyOf(out);
        }

        /**
         * For a quote that carries no statement of its own but stands inside another quote of its
         * article (words in quotation marks within reported speech), the statements of the enclosing
         * passage: the quoted words are the speaker's own words for part of what the enclosing quote
         * reports; else the statements of quotes inside it ({@link #nestedRoots}). Empty when the
         * quote carries statements itself or neither holds.
         */
        private Map<Integer, List<Integer>> enclosingRoots(int rowIndex, List<Passage> own, Map<Integer, List<Passage>> byRow) {
            if (own.isEmpty() || own.stream().anyMatch(p -> !carriedOnlyBy(statementRoots(p), rowIndex))) {
                return Map.of();
            }
            LedgerRow row = rows.get(rowIndex);
            for (int other : rowsOfArticle.getOrDefault(row.articleId(), List.of())) {
                LedgerRow outer = rows.get(other);
                if (other == rowIndex || outer.charStart() > row.charStart() || outer.charEnd() < row.charEnd()
                        || outer.charEnd() - outer.charStart() <= row.charEnd() - row.charStart()) {
                    continue;
                }
                for (Passage enclosing : byRow.getOrDefault(other, List.of())) {
                    List<Integer> carried = statementRoots(enclosing);
                    if (enclosing.start() <= row.charStart() && row.charEnd() <= enclosing.end() && !carried.isEmpty()
                            && !carriedOnlyBy(carried, other)) {
                        Map<Integer, List<Integer>> out = new HashMap<>();
                        own.forEach(p -> out.put(p.id(), carried));
                        return out;
                    }
                }
            }
            return nestedRoots(rowIndex, own, byRow);
        }

        /**
         * For a quote that carries no statement of its own, the statements of the quotes inside it
         * (reported speech around words in quotation marks that reproduce a statement reports that
         * statement), for each of its passages that holds such a quote.
         */
        private Map<Integer, List<Integer>> nestedRoots(int rowIndex, List<Passage> own, Map<Integer, List<Passage>> byRow) {
            LedgerRow row = rows.get(rowIndex);
            Map<Integer, List<Integer>> out = new HashMap<>();
            for (int other : rowsOfArticle.getOrDefault(row.articleId(), List.of())) {
                LedgerRow inner = rows.get(other);
                if (other == rowIndex || inner.charStart() < row.charStart() || inner.charEnd() > row.charEnd()
                        || inner.charEnd() - inner.charStart() >= row.charEnd() - row.charStart()) {
                    continue;
                }
                Set<Integer> carried = new LinkedHashSet<>();
                for (Passage nested : byRow.getOrDefault(other, List.of())) {
                    List<Integer> roots = statementRoots(nested);
                    if (!carriedOnlyBy(roots, other)) {
                        carried.addAll(roots);
                    }
                }
                for (Passage p : own) {
                    if (!carried.isEmpty() && p.start() <= inner.charStart() && inner.charEnd() <= p.end()) {
                        List<Integer> merged = new ArrayList<>(out.getOrDefault(p.id(), List.of()));
                        carried.stream().filter(r -> !merged.contains(r)).forEach(merged::add);
                        out.put(p.id(), merged);
                    }
                }
            }
            return out;
        }

        /** Whether no passage outside ledger row {@code row} carries any of {@code roots}. */
        private boolean carriedOnlyBy(List<Integer> roots, int row) {
            for (int root : roots) {
                for (int carrier : carriers.get(root)) {
                    if (graph.passages().get(carrier).row() != row) {
                        return false;
                    }
                }
            }
            return true;
        }

        private Fidelity grade(Passage p, int root) {
            Passage reference = references.get(root);
            return reference.id() == p.id() ? Fidelity.ORIGINAL : grader.grade(p, reference);
        }

        private double similarity(Passage p, int root) {
            Passage reference = references.get(root);
            return reference.id() == p.id() ? 1.0 : graph.compare(p.id(), reference.id()).similarity();
        }

        /**
         * The statements a passage is graded against: a sentence that says something of its own and
         * also retells a list's figures is graded by its own wording, not by how far it is from the list.
         */
        private List<Integer> gradedRoots(List<Integer> rootsOfP) {
            List<Integer> worded = rootsOfP.stream().filter(root -> !PassageBuilder.isList(references.get(root))).toList();
            return worded.isEmpty() ? rootsOfP : worded;
        }

        private LedgerRow withLinks(LedgerRow row, List<Passage> own, Map<Integer, List<Integer>> keptRoots) {
            Set<Integer> carried = new LinkedHashSet<>();
            Fidelity fidelity = null;
            double similarity = 0;
            int graded = 0;
            for (Passage p : own) {
                List<Integer> rootsOfP = keptRoots.getOrDefault(p.id(), statementRoots(p));
                if (rootsOfP.isEmpty()) {
                    continue;
                }
                double best = 0;
                carried.addAll(rootsOfP);
                for (int root : gradedRoots(rootsOfP)) {
                    Fidelity f = grade(p, root);
                    fidelity = fidelity == null ? f : fidelity.worse(f);
                    best = Math.max(best, similarity(p, root));
                }
                similarity += best;
                graded++;
            }
            if (carried.isEmpty()) {
                return row.withLink(List.of(), Fidelity.ORIGINAL.label(), 1.0, row.articleId());
            }
            List<String> ids = carried.stream().map(r -> statements.get(r).id()).toList();
            Statement first = statements.get(carried.iterator().next());
            return row.withLink(ids, fidelity.label(), similarity / graded, first.referenceArticleId());
        }

        /**
         * Rows for free sentences that carry a statement quoted or reprinted elsewhere without credit.
         * A free sentence that shares a statement's content is not enough (outlets retell the same
         * news in their own words): it must reproduce the words ({@link #copiesWords}), or stand in
         * an article that reprints a source without credit ({@link #reprints}), and it must not be a
         * quote the quote stage missed (it names a source, or a copy of its article quotes it).
         */
        private List<LedgerRow> reuseRows() {
            Map<Integer, List<Integer>> candidates = new TreeMap<>();
            Map<String, Integer> wordCopies = new HashMap<>();
            for (Passage p : graph.passages()) {
                if (p.isQuote() || p.attributed() || PassageBuilder.wrappedInQuotes(p.text(), p.start(), p.end())) {
                    continue;
                }
                List<Integer> kept = new ArrayList<>();
                for (int root : statementRoots(p)) {
                    if (!quotedInCopy(p, root)) {
                        kept.add(root);
                    }
                }
                if (kept.isEmpty() || bylined(p, statements.get(kept.get(0)))) {
                    continue;
                }
                candidates.put(p.id(), kept);
                if (copiesWords(p, kept)) {
                    wordCopies.merge(p.articleId(), 1, Integer::sum);
                }
            }
            List<LedgerRow> out = new ArrayList<>();
            for (Map.Entry<Integer, List<Integer>> entry : candidates.entrySet()) {
                Passage p = graph.passages().get(entry.getKey());
                List<Integer> kept = entry.getValue();
                if (!copiesWords(p, kept) && wordCopies.getOrDefault(p.articleId(), 0) < REPRINT_EVIDENCE) {
                    continue;
                }
                Statement first = statements.get(kept.get(0));
                Article article = article(p);
                LedgerRow row = new LedgerRow(LedgerRow.occurrenceId(article.id(), p.start(), p.end()), article.id(),
                        article.outlet(), first.speakerId(), first.speakerName(), "", "", "reuse", p.surface(),
                        p.start(), p.end(), List.of(), "", Double.NaN, "");
                out.add(withLinks(row, List.of(p), Map.of(p.id(), kept)));
            }
            return out;
        }

        /**
         * Whether free passage p shares words with its statements, not just content: p and another
         * article's occurrence reproduce one another word for word (verbatim, fragment, edited), or
         * p is the reference and another article's free text nearly copies it, or p nearly copies
         * the references ({@link #nearCopy}). The words must be the speaker's own ({@link #speakersWords}):
         * one outlet's prose copied by another is shared journalism, not reuse of a statement.
         */
        private boolean copiesWords(Passage p, List<Integer> kept) {
            for (int root : kept) {
                Passage reference = references.get(root);
                if (reference.id() != p.id()) {
                    if (!related(reference, p) && speakersWords(reference) && exactEither(p, reference)) {
                        return true;
                    }
                    continue;
                }
                for (int carrier : carriers.get(root)) {
                    Passage other = graph.passages().get(carrier);
                    if (other.id() == p.id() || related(other, p)) {
                        continue;
                    }
                    if (speakersWords(other) && exactEither(other, p)
                            || !other.isQuote() && sources.isPrimary(article(p)) && nearCopy(other)) {
                        return true;
                    }
                }
            }
            return nearCopy(p);
        }

        /** Whether a passage gives a speaker's own words: a direct quote, or text of a primary source. */
        private boolean speakersWords(Passage passage) {
            return passage.source() == Passage.Source.DIRECT || sources.isPrimary(article(passage));
        }

        /**
         * Whether two passages come from one house: the same article, copies of one story, or the same
         * outlet (an outlet repeating its own text, such as a standing paragraph, reuses nobody).
         */
        private boolean related(Passage a, Passage b) {
            String outletA = article(a).outlet();
            return a.articleId().equals(b.articleId()) || sameHouse(a.articleId(), b.articleId())
                    || !outletA.isEmpty() && outletA.equals(article(b).outlet());
        }

        /**
         * Whether two articles are copies of one story that share no primary source between them: an
         * outlet that reprints most of a press release is no mirror of the source but the uncredited
         * reuse of it that the ledger reports, and two outlets that each reprint it are copies of the
         * release, not of one another ({@link StatementGroups#copiesBeyondSources}).
         */
        private boolean sameHouse(String a, String b) {
            return groups.copiesBeyondSources(a, b)
                    && sources.isPrimary(analyses.get(a).article()) == sources.isPrimary(analyses.get(b).article());
        }

        private boolean exactEither(Passage a, Passage b) {
            return exactCopy(a, b) || exactCopy(b, a);
        }

        private boolean exactCopy(Passage occurrence, Passage reference) {
            Fidelity f = grader.grade(occurrence, reference);
            return f == Fidelity.VERBATIM || f == Fidelity.FRAGMENT || f == Fidelity.EDITED;
        }

        /**
         * Whether p is a near copy ({@link InOrderCopy}) of the reference wordings of its statements
         * that are the speakers' own words ({@link #speakersWords}), other than p itself and outside
         * copies of p's article.
         */
        private boolean nearCopy(Passage p) {
            List<List<String>> originals = new ArrayList<>();
            for (int root : statementRoots(p)) {
                Passage reference = references.get(root);
                if (reference.id() != p.id() && !related(reference, p) && speakersWords(reference)) {
                    originals.add(reference.forms());
                }
            }
            return !originals.isEmpty() && InOrderCopy.nearCopy(p.forms(), originals);
        }

        /** Whether a copy of p's article (or p's article itself) quotes the statement: p is then a quote the quote stage missed. */
        private boolean quotedInCopy(Passage p, int root) {
            for (int carrier : carriers.get(root)) {
                Passage q = graph.passages().get(carrier);
                if (q.isQuote() && related(q, p)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the paragraph after p's is a short byline naming the statement's speaker (a credited block quote). */
        private boolean bylined(Passage p, Statement statement) {
            List<Paragraph> paragraphs = analyses.get(p.articleId()).extracted().layout().paragraphs();
            for (int i = 0; i + 1 < paragraphs.size(); i++) {
                Paragraph here = paragraphs.get(i);
                if (p.start() >= here.start() && p.start() < here.end()) {
                    Paragraph next = paragraphs.get(i + 1);
                    String[] words = p.text().substring(next.start(), next.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
                    Set<String> name = Set.copyOf(List.of(statement.speakerName().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
                    int named = 0;
                    for (String word : words) {
                        named += word.length() >= 3 && name.contains(word) ? 1 : 0;
                    }
                    // a byline is a short line that is mostly the speaker's name, not a heading that mentions it
                    return words.length <= 5 && named >= 1 && 2 * named >= words.length;
                }
            }
            return false;
        }
    }
}
