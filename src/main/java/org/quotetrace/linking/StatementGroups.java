package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Groups passages into statements.
 *
 * <ol>
 * <li><b>Versions of one sentence</b> are joined into a group: equal words, an editorial edit, or
 * two wordings that each carry at least {@value #SAME_COVERAGE} of the other's content (a misquote
 * or close rewording of the whole sentence). Two free passages also need a shared run of
 * {@value #FREE_RUN} words, the mark of copying.</li>
 * <li><b>Parts</b>: a group whose longest passage is mostly carried by larger groups (an excerpt,
 * a paraphrase, a sentence that combines two statements) is a part of them; it carries their
 * statements instead of being one. Larger groups are settled first, so parts resolve in one
 * pass. An excerpt that several statements carry equally goes to one the same speaker is credited
 * with. A sentence that combines statements takes a further one only for words the others do not
 * carry and that are not just the story's common words ({@value #FURTHER_PART_SHARE} of its
 * content, counted and weighted by rarity; an acronym the sentence defines and its spelled-out words
 * count as one word, carried once any of them is: "child abuse material (CSAM) is still CSAM"). A
 * direct quote credited to one speaker is a part of a statement that only other, unrelated speakers
 * are credited with only when it copies words from it (a run of {@value #FREE_RUN} words, an exact
 * excerpt or {@value #CONTAINED_COVERAGE} of its content): the quotation marks say the words are
 * the speaker's own, and shared vocabulary is no evidence they are someone else's. Likewise reported
 * speech credited to one speaker is no part of one outlet's reported speech (a group of reported
 * speech only, in one article or copies of it) credited only to other, unrelated speakers unless it
 * copies words from it: two outlets that each retell in their own words what a different source
 * said report two claims, however many words the claims share. A quote does not
 * become a part of an outlet's own unquoted retelling of a quoted statement that also carries the quote ({@link #dropRetelling}).</li>
 * <li><b>Copies</b>: two articles that share versions of at least half of their passages are
 * copies of one story (syndication, mirrors); text shared between copies is not evidence of
 * reuse. Two outlets that each reprint a third article, a press release, are also told apart
 * ({@link #copiesBeyondSources}): each copies the release, not the other.</li>
 * <li><b>Reported paraphrases</b> (when the linker knows who is credited with each quote): a group
 * of reported speech only that no rule above links is a part of a quoted sentence the article
 * credits to the same speaker (or to one the articles tie to it: a body and its director or
 * spokesperson, {@link SpeakerAffiliations}) when that sentence carries at least
 * {@value #SPEAKER_PARAPHRASE_COVERAGE} of its rarity-weighted content ({@link ReportedParaphrase}),
 * a lower bar than between unrelated passages: reported speech rewords deeply, and the shared
 * speaker is evidence of its own.</li>
 * <li><b>Reported clauses read with their lead</b>: a one-outlet clause of reported speech that,
 * read with the outlet's own sentence before it in its paragraph, retells a quote of the same voice
 * is a part of it, also in place of a statement the clause alone fits by a few common words when
 * the lead is not about that one ({@link #findContextParaphrases}).</li>
 * <li><b>Retold figures</b>: a bullet list of figures (a press release's results) is one statement,
 * and outlets retell it in sentences of their own that keep little but the figures ("twenty-five
 * people were arrested" for "25 suspects arrested"). A group with a quote that states at least half
 * of its figures as a list does, about the same thing ({@link Figures}), carries the list: as a part
 * when it is no statement others carry (the list holds at least {@value #FIGURE_PART_COVERAGE} of its
 * content, or one outlet alone says it and nothing is a part of it), else on top of what it carries
 * already ({@link #alsoCarries}).</li>
 * <li><b>Retold clauses</b>: a quote whose sentence retells another article's quoted statement in one
 * of its clauses ("Some 40 suspects were identified, with more arrests expected in the coming weeks")
 * carries that statement too, when both are credited to one voice and the two articles tell one
 * story ({@link RetoldClause}).</li>
 * <li><b>Quoted phrases</b>: reported speech that repeats word for word a phrase another article
 * puts in quotation marks (at least {@value #MIN_QUOTED_PHRASE_CONTENT} content words) carries that
 * phrase's statement too: the marks say the words are the speaker's own.</li>
 * <li><b>Echoes</b>: of two reported sentences of one outlet that are parts of one statement, one
 * that shares with it only words the other shares too is no part of it ({@link #dropEchoedParts}).</li>
 * <li><b>Relative clauses</b>: a quote that folds a further statement into a relative clause of its
 * own ("the inquiry, which remains open, found ...") carries that statement too
 * ({@link #findRelativeClauseStatements}).</li>
 * </ol>
 * Two passages (or groups) that name different people or places in the same place
 * ({@link Comparison#namesDiffer()}) are never versions or parts of one another.
 */
public final class StatementGroups {

    /** Each of two full versions of a sentence carries at least this share of the other's content. */
    static final double SAME_COVERAGE = 0.7;
    /** Two free passages must share a run of this many words to count as copies of one sentence. */
    static final int FREE_RUN = 5;
    /** A quote is a part of a statement when the statement carries this share of its content. */
    static final double QUOTE_PART_COVERAGE = 0.5;
    /** A sentence reproduced in several articles is a part of another only when that one carries this much of it. */
    static final double CONTAINED_COVERAGE = 0.72;
    /** A free passage is a part of statements that together carry this share of its content. */
    static final double FREE_PART_COVERAGE = 0.6;
    /** ... and shares a run of at least this many words with one of them. */
    static final int FREE_PART_RUN = 6;
    /**
     * A sentence that combines statements takes a further one only when that one carries words the
     * others do not, at least this share of its content both counted in words (an acronym's
     * spelled-out words count once) and weighted by rarity (the story's own words, which every
     * statement repeats, weigh little).
     */
    static final double FURTHER_PART_SHARE = 0.25;
    /** An edited version must still carry this share of the other's content (else it is an excerpt, a part). */
    static final double EDITED_COVERAGE = 0.6;
    /** A group of free text only is a statement only when its sentence has this many content words. */
    static final int MIN_FREE_STATEMENT_CONTENT = 6;
    /** Passages need this many content words to be versions of one whole sentence. */
    static final int MIN_SAME_CONTENT = 4;
    /** Reported speech is a paraphrase of the same speaker's quote that carries this share of its weighted content. */
    static final double SPEAKER_PARAPHRASE_COVERAGE = 0.35;
    /** ... and at least this many of its content words. */
    static final int MIN_SPEAKER_PARAPHRASE_WORDS = 3;
    /** A reported clause read with its lead retells a statement they carry this share of ({@link #findContextParaphrases}). */
    static final double CONTEXT_COVERAGE = 0.5;
    /** ... of which the lead alone carries at least this share. */
    static final double CONTEXT_LEAD_COVERAGE = 0.2;
    /** ... and the clause shares at least this many content words with the statement. */
    static final int MIN_CONTEXT_CLAUSE_WORDS = 2;

    /** A relative clause's predicate read with its antecedent carries a statement that holds this share of it. */
    static final double RELATIVE_CLAUSE_COVERAGE = 0.5;

    /** A list is a statement of figures when it states at least this many. */
    static final int MIN_LIST_FIGURES = 2;
    /** A retelling of a list's figures is a part of the list when the list carries this share of its content. */
    static final double FIGURE_PART_COVERAGE = 0.6;
    /** Lists looked up per figure value (bounds the cost of a common number in a large corpus). */
    static final int MAX_LISTS_PER_FIGURE = 40;

    /** A quoted phrase needs this many content words before reported speech that repeats it carries its statement. */
    static final int MIN_QUOTED_PHRASE_CONTENT = 3;

    private static final Figures FIGURES = Figures.standard();
    private static final int QUOTED = 1;
    private static final int FREE = 2;

    private final PassageGraph graph;
    private final FidelityGrader grader;
    private final int[] groupOf;
    private final List<List<Integer>> groups = new ArrayList<>();
    /** The proper names of each group's passages with the word before each ({@link ProperNames#mentions}), by group. */
    private final List<Set<String>> groupNames = new ArrayList<>();
    private final Map<Integer, List<Integer>> parents = new HashMap<>();
    /** Statements a group retells in a later clause ({@link #findRetoldClauses}); also in {@link #also}. */
    private final Map<Integer, List<Integer>> retoldClauses = new HashMap<>();
    /** Lists of figures a group carries on top of its own statement or its parents' ({@link #findRetoldFigures}). */
    private final Map<Integer, List<Integer>> also = new HashMap<>();
    /** Groups a passage carries through a relative clause of its own ({@link #findRelativeClauseStatements}). */
    private final Map<Integer, List<Integer>> passageAlso = new HashMap<>();
    /** For each article, the articles it is a copy of (both directions are stored). */
    private final Map<String, Set<String>> copies = new HashMap<>();
    /** Of {@link #copies}, the pairs that are no copies {@link #copiesBeyondSources}. */
    private final Map<String, Set<String>> copiesOfSources = new HashMap<>();
    /** {@link #families} of each group, computed once (groups and copies are settled before parts are found). */
    private final Map<Integer, Integer> familiesOf = new HashMap<>();

    private final Function<Passage, String> speakerOf;
    /** The credited speakers of each group asked about, computed once. */
    private final Map<Integer, Set<String>> speakersByGroup = new HashMap<>();
    private final ReportedParaphrase paraphrase;
    /** Whether reported speech credited to one speaker may paraphrase a quote credited to another. */
    private BiPredicate<String, String> sameVoice = String::equals;
    /** Whether an article is a primary source ({@link PrimarySources}), for {@link #copiesBeyondSources}; none by default. */
    private Predicate<String> primarySource = article -> false;

    private StatementGroups(PassageGraph graph, FidelityGrader grader, Function<Passage, String> speakerOf,
                            ReportedParaphrase paraphrase) {
        this.graph = graph;
        this.grader = grader;
        this.groupOf = new int[graph.passages().size()];
        this.speakerOf = speakerOf;
        this.paraphrase = paraphrase;
    }

    /** Groups the passages of {@code graph}, without knowing who said what (no reported paraphrases). */
    public static StatementGroups build(PassageGraph graph, FidelityGrader grader) {
        return build(graph, grader, null, null);
    }

    /**
     * Groups the passages of {@code graph}; {@code speakerOf} gives the canonical speaker the article
     * credits with a quote passage (empty when unknown), {@code paraphrase} scores reported speech
     * against the same speaker's quotes. Both null: no reported paraphrases.
     */
    public static StatementGroups build(PassageGraph graph, FidelityGrader grader, Function<Passage, String> speakerOf,
                                        ReportedParaphrase paraphrase) {
        return build(graph, grader, speakerOf, paraphrase, String::equals);
    }

    /**
     * Groups like {@link #build(PassageGraph, FidelityGrader, Function, ReportedParaphrase)}; reported
     * speech may also paraphrase a quote of a speaker that {@code sameVoice} ties to its own (a body and
     * its director or spokesperson, {@link SpeakerAffiliations#related}).
     */
    public static StatementGroups build(PassageGraph graph, FidelityGrader grader, Function<Passage, String> speakerOf,
                                        ReportedParaphrase paraphrase, BiPredicate<String, String> sameVoice) {
        return build(graph, grader, speakerOf, paraphrase, sameVoice, article -> false);
    }

    /**
     * Groups like {@link #build(PassageGraph, FidelityGrader, Function, ReportedParaphrase, BiPredicate)};
     * {@code primarySource} tells which articles are primary sources (press releases), for
     * {@link #copiesBeyondSources}.
     */
    public static StatementGroups build(PassageGraph graph, FidelityGrader grader, Function<Passage, String> speakerOf,
                                        ReportedParaphrase paraphrase, BiPredicate<String, String> sameVoice,
                                        Predicate<String> primarySource) {
        StatementGroups result = new StatementGroups(graph, grader, speakerOf, paraphrase);
        result.sameVoice = sameVoice;
        result.primarySource = primarySource;
        result.joinVersions();
        result.findCopies();
        result.findParts();
        result.dropEchoedParts();
        result.findRewordings();
        result.findSpeakerParaphrases();
        result.findContextParaphrases();
        result.findRetoldFigures();
        result.findQuotedPhrases();
        result.findRelativeClauseStatements();
        result.findRetoldClauses();
        return result;
    }

    /** Number of groups. */
    public int size() {
        return groups.size();
    }

    /** The passage ids of group {@code g}, in id order. */
    public List<Integer> members(int g) {
        return groups.get(g);
    }

    /** The group of passage {@code p}. */
    public int groupOf(int p) {
        return groupOf[p];
    }

    /** The groups that group {@code g} is a part of, in the order their words appear; empty for a whole sentence. */
    public List<Integer> parentsOf(int g) {
        return parents.getOrDefault(g, List.of());
    }

    /**
     * The groups whose statements group {@code g} carries on top of its own (or its parents'): lists
     * of figures it retells ({@link #findRetoldFigures}) and quoted phrases it repeats
     * ({@link #findQuotedPhrases}). A group is never added to a group it carries itself, so this
     * adds no cycle.
     */
    public List<Integer> alsoCarries(int g) {
        return also.getOrDefault(g, List.of());
    }

    /**
     * The groups whose statements passage {@code p} carries on top of its group's, through a relative
     * clause of its own ({@link #findRelativeClauseStatements}); versions of its sentence without the
     * clause do not carry them.
     */
    public List<Integer> alsoCarriedByPassage(int p) {
        return passageAlso.getOrDefault(p, List.of());
    }

    /**
     * The groups whose statements group {@code g} retells in a later clause of its sentence
     * ({@link #findRetoldClauses}), a subset of {@link #alsoCarries}: a part of g does not carry them,
     * as it need not hold that clause.
     */
    public List<Integer> retoldInClause(int g) {
        return retoldClauses.getOrDefault(g, List.of());
    }

    /** Whether group {@code g} is a bullet list of figures with its lead-in line ({@link PassageBuilder#isList}). */
    public boolean isFigureList(int g) {
        return groups.get(g).stream().anyMatch(p -> PassageBuilder.isList(graph.passages().get(p)));
    }

    /** Whether some passage of group {@code g} states a figure ({@link Figures}). */
    public boolean statesFigures(int g) {
        return groups.get(g).stream().anyMatch(p -> !FIGURES.of(graph.passages().get(p)).isEmpty());
    }

    /** Whether articles {@code a} and {@code b} are copies of one story (an article is a copy of itself). */
    public boolean copies(String a, String b) {
        return a.equals(b) || copies.getOrDefault(a, Set.of()).contains(b);
    }

    /**
     * Whether articles {@code a} and {@code b} are copies of one story ({@link #copies}) also without
     * the text that a third article, a primary source, prints, and with at least one sentence both
     * print word for word: two outlets that each reprint a press release share its sentences because
     * each copies the release, not one another, and a copy reprints words, not a version of them
     * with other figures.
     */
    public boolean copiesBeyondSources(String a, String b) {
        return copies(a, b) && !copiesOfSources.getOrDefault(a, Set.of()).contains(b);
    }

    /** The longest passage of group {@code g} (most content words, then earliest). */
    public Passage representative(int g) {
        Passage best = null;
        for (int id : groups.get(g)) {
            Passage p = graph.passages().get(id);
            if (best == null || p.contentWords().size() > best.contentWords().size()) {
                best = p;
            }
        }
        return best;
    }

    private boolean sameSentence(Passage a, Passage b) {
        Comparison ab = graph.compare(a.id(), b.id());
        if (ab.equal()) {
            return true;
        }
        if (ab.namesDiffer()) {
            return false;
        }
        if (!a.isQuote() && !b.isQuote() && ab.longestRun() < FREE_RUN) {
            return false;
        }
        if (ab.longestRun() >= 3 && Math.min(ab.coverageOfA(), ab.coverageOfB()) >= EDITED_COVERAGE
                && (grader.onlyEditorial(a, b) || grader.onlyEditorial(b, a))) {
            return true;
        }
        return Math.min(ab.contentA(), ab.contentB()) >= MIN_SAME_CONTENT
                && ab.coverageOfA() >= SAME_COVERAGE && ab.coverageOfB() >= SAME_COVERAGE;
    }

    private void joinVersions() {
        List<Passage> passages = graph.passages();
        int[] parent = new int[passages.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // the names of each root's group: two groups about different people or places are never joined,
        // even through a version that names neither (an excerpt or an edited version)
        Map<Integer, Set<String>> names = new HashMap<>();
        for (Passage a : passages) {
            for (int b : graph.neighbours(a.id())) {
                if (b > a.id() && sameSentence(a, passages.get(b))) {
                    int ra = find(parent, a.id());
                    int rb = find(parent, b);
                    if (ra == rb) {
                        continue;
                    }
                    Set<String> namesA = names.computeIfAbsent(ra, r -> ProperNames.mentions(passages.get(r)));
                    Set<String> namesB = names.computeIfAbsent(rb, r -> ProperNames.mentions(passages.get(r)));
                    if (ProperNames.conflict(namesA, namesB)) {
                        continue;
                    }
                    int root = Math.min(ra, rb);
                    int gone = Math.max(ra, rb);
                    parent[gone] = root;
                    Set<String> joined = new HashSet<>(namesA);
                    joined.addAll(namesB);
                    names.put(root, joined);
                    names.remove(gone);
                }
            }
        }
        Map<Integer, Integer> byRoot = new HashMap<>();
        List<List<Integer>> raw = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            Integer g = byRoot.get(root);
            if (g == null) {
                g = raw.size();
                byRoot.put(root, g);
                raw.add(new ArrayList<>());
            }
            raw.get(g).add(i);
        }
        // larger groups first (by the content of their longest passage), then by first passage
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < raw.size(); g++) {
            order.add(g);
        }
        order.sort(Comparator.comparingInt((Integer g) -> -longestContent(raw.get(g))).thenComparingInt(g -> raw.get(g).get(0)));
        for (int g : order) {
            List<Integer> members = raw.get(g);
            Set<String> named = new HashSet<>();
            for (int p : members) {
                groupOf[p] = groups.size();
                named.addAll(ProperNames.mentions(passages.get(p)));
            }
            groups.add(List.copyOf(members));
            groupNames.add(named.isEmpty() ? Set.of() : named);
        }
    }

    private int longestContent(List<Integer> members) {
        int best = 0;
        for (int p : members) {
            best = Math.max(best, graph.passages().get(p).contentWords().size());
        }
        return best;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void findCopies() {
        // articles as dense ids; per group, each article's passages as a mask: QUOTED and/or FREE
        Map<String, Integer> articleIds = new HashMap<>();
        List<String> articleNames = new ArrayList<>();
        List<Integer> passagesPerArticle = new ArrayList<>();
        for (Passage p : graph.passages()) {
            Integer id = articleIds.get(p.articleId());
            if (id == null) {
                id = articleNames.size();
                articleIds.put(p.articleId(), id);
                articleNames.add(p.articleId());
                passagesPerArticle.add(0);
            }
            passagesPerArticle.set(id, passagesPerArticle.get(id) + 1);
        }
        List<Map<Integer, Integer>> masksByGroup = new ArrayList<>(groups.size());
        // per group, the primary sources that print it as their own text (usually none or one)
        List<List<Integer>> printedBySources = new ArrayList<>(groups.size());
        // per group printed by two or more articles, the hash of each article's printed wording (else null)
        List<Map<Integer, Integer>> printedWordings = new ArrayList<>(groups.size());
        List<Boolean> primary = articleNames.stream().map(primarySource::test).toList();
        List<List<Integer>> groupsByArticle = new ArrayList<>();
        for (int a = 0; a < articleNames.size(); a++) {
            groupsByArticle.add(new ArrayList<>());
        }
        for (int g = 0; g < groups.size(); g++) {
            Map<Integer, Integer> masks = new HashMap<>();
            for (int id : groups.get(g)) {
                Passage p = graph.passages().get(id);
                int article = articleIds.get(p.articleId());
                Integer before = masks.put(article, (masks.getOrDefault(article, 0)) | (p.isQuote() ? QUOTED : FREE));
                if (before == null) {
                    groupsByArticle.get(article).add(g);
                }
            }
            masksByGroup.add(masks);
            printedWordings.add(printedWordings(g, masks, articleIds));
            List<Integer> printers = List.of();
            for (Map.Entry<Integer, Integer> entry : masks.entrySet()) {
                if (primary.get(entry.getKey()) && (entry.getValue() & FREE) != 0) {
                    printers = printers.isEmpty() ? List.of(entry.getKey()) : concat(printers, entry.getKey());
                }
            }
            printedBySources.add(printers);
        }
        // a sentence counts as shared by two articles when both carry it the same way (both quote it, or
        // both print it as their own text): a quote of text another article prints is not syndication.
        // Counting per article with reusable arrays keeps memory linear in the number of articles, even
        // when one statement is carried by thousands of them. The same counts without the text a primary
        // source other than the two prints, and with printed text shared only when word for word, tell
        // copies of one story from two outlets that each copy a press release or retell the same
        // background in their own figures ({@link #copiesBeyondSources}).
        int n = articleNames.size();
        int[] shared = new int[n];
        int[] sharedFree = new int[n];
        int[] sharedOwn = new int[n];
        int[] sharedOwnFree = new int[n];
        List<Integer> touched = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int g : groupsByArticle.get(a)) {
                Map<Integer, Integer> masks = masksByGroup.get(g);
                int maskA = masks.get(a);
                for (Map.Entry<Integer, Integer> other : masks.entrySet()) {
                    int b = other.getKey();
                    int common = maskA & other.getValue();
                    if (b <= a || common == 0) {
                        continue;
                    }
                    if (shared[b] == 0) {
                        touched.add(b);
                    }
                    boolean own = !fromThirdSource(printedBySources.get(g), a, b);
                    shared[b]++;
                    sharedOwn[b] += own ? 1 : 0;
                    if ((common & FREE) != 0) {
                        sharedFree[b]++;
                        sharedOwnFree[b] += own && sameWording(printedWordings.get(g), a, b) ? 1 : 0;
                    }
                }
            }
            for (int b : touched) {
                int smaller = Math.min(passagesPerArticle.get(a), passagesPerArticle.get(b));
                if (copyCounts(shared[b], sharedFree[b], smaller)) {
                    copies.computeIfAbsent(articleNames.get(a), k -> new HashSet<>()).add(articleNames.get(b));
                    copies.computeIfAbsent(articleNames.get(b), k -> new HashSet<>()).add(articleNames.get(a));
                    if (!copyCounts(sharedOwn[b], sharedOwnFree[b], smaller)) {
                        copiesOfSources.computeIfAbsent(articleNames.get(a), k -> new HashSet<>()).add(articleNames.get(b));
                        copiesOfSources.computeIfAbsent(articleNames.get(b), k -> new HashSet<>()).add(articleNames.get(a));
                    }
                }
                shared[b] = 0;
                sharedFree[b] = 0;
                sharedOwn[b] = 0;
                sharedOwnFree[b] = 0;
            }
            touched.clear();
        }
    }

    /** For group g printed by two or more articles, each article's printed wording as a hash of its word forms; else null. */
    private Map<Integer, Integer> printedWordings(int g, Map<Integer, Integer> masks, Map<String, Integer> articleIds) {
        if (masks.values().stream().filter(mask -> (mask & FREE) != 0).count() < 2) {
            return null;
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (int id : groups.get(g)) {
            Passage p = graph.passages().get(id);
            if (!p.isQuote()) {
                out.putIfAbsent(articleIds.get(p.articleId()), p.forms().hashCode());
            }
        }
        return out;
    }

    /** Whether articles a and b print the same words for a group ({@link #printedWordings}). */
    private static boolean sameWording(Map<Integer, Integer> wordings, int a, int b) {
        return wordings != null && wordings.get(a).equals(wordings.get(b));
    }

    /** Whether two articles sharing versions of {@code shared} passages, {@code free} of them printed by both, are copies. */
    private static boolean copyCounts(int shared, int free, int smallerArticle) {
        return shared >= 2 && 2 * shared >= smallerArticle && free > 0;
    }

    private static List<Integer> concat(List<Integer> list, int value) {
        List<Integer> out = new ArrayList<>(list);
        out.add(value);
        return out;
    }

    /** Whether one of {@code printers} (primary sources printing a sentence) is neither article a nor b. */
    private static boolean fromThirdSource(List<Integer> printers, int a, int b) {
        for (int printer : printers) {
            if (printer != a && printer != b) {
                return true;
            }
        }
        return false;
    }

    /** A candidate parent of a group: the parent group, how much of the part it carries, which words. */
    private record Cover(int group, double coverage, BitSet covered, int run, boolean excerpt, Comparison comparison) {
    }

    /** The share of p's content, each word weighted by its rarity ({@link PassageGraph#rarity}), that {@code words} hold. */
    private double weightedShare(Passage p, BitSet words) {
        return p.weightedShare(words, graph::rarity);
    }

    /** Whether group g is quoted somewhere or printed by more than one article. */
    boolean isAnchor(int g) {
        String article = null;
        for (int p : groups.get(g)) {
            Passage passage = graph.passages().get(p);
            if (passage.isQuote() || article != null && !article.equals(passage.articleId())) {
                return true;
            }
            article = passage.articleId();
        }
        return false;
    }

    /** Whether group g has versions in two or more articles. */
    boolean reproduced(int g) {
        String article = null;
        for (int p : groups.get(g)) {
            String id = graph.passages().get(p).articleId();
            if (article != null && !article.equals(id)) {
                return true;
            }
            article = id;
        }
        return false;
    }

    /** How many independent outlets (articles that are not copies of one another) carry group g. */
    int families(int g) {
        return familiesOf.computeIfAbsent(g, this::countFamilies);
    }

    private int countFamilies(int g) {
        Set<String> articles = new LinkedHashSet<>();
        for (int p : groups.get(g)) {
            articles.add(graph.passages().get(p).articleId());
        }
        List<String> representatives = new ArrayList<>();
        for (String article : articles) {
            if (representatives.stream().noneMatch(r -> copies(r, article))) {
                representatives.add(article);
            }
        }
        return representatives.size();
    }

    /**
     * Drops a quote's best candidate parent when it is an outlet's own retelling of another candidate:
     * a group of unquoted text that a quoted candidate carries as a part ({@value #QUOTE_PART_COVERAGE}
     * of its content), when that candidate carries the quote as a part too. What the quote and the
     * retelling share is what the quoted statement says; the retelling credits nobody.
     */
    private void dropRetelling(List<Cover> candidates) {
        Cover top = candidates.stream().max(Comparator.comparingDouble(Cover::coverage)).orElse(null);
        if (top == null || quoted(top.group)) {
            return;
        }
        boolean retold = candidates.stream().anyMatch(q -> q.coverage >= QUOTE_PART_COVERAGE && quoted(q.group)
                && graph.compare(representative(top.group).id(), representative(q.group).id()).coverageOfA()
                >= QUOTE_PART_COVERAGE);
        if (retold) {
            candidates.remove(top);
        }
    }

    /** Whether some passage of group g is a quote. */
    private boolean quoted(int g) {
        return groups.get(g).stream().anyMatch(p -> graph.passages().get(p).isQuote());
    }

    private boolean onlyReportedSpeech(int g) {
        return groups.get(g).stream().allMatch(p -> graph.passages().get(p).source() == Passage.Source.INDIRECT);
    }

    private boolean onlyAttributedFreeText(int g) {
        return groups.get(g).stream().map(graph.passages()::get).allMatch(p -> !p.isQuote() && p.attributed());
    }

    private void findParts() {
        Set<Integer> frozen = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            if (frozen.contains(g)) {
                // already the parent of a larger free passage that combines it with others: a whole sentence
                continue;
            }
            Passage rep = representative(g);
            if (rep.contentWords().isEmpty()) {
                continue;
            }
            boolean hasQuote = groups.get(g).stream().anyMatch(p -> graph.passages().get(p).isQuote());
            Set<String> quotedSpeakers = directSpeakers(g);
            Set<String> reportedSpeakers = reportedSpeakers(g);
            Map<Integer, Cover> best = new HashMap<>();
            for (int member : groups.get(g)) {
                for (int other : graph.neighbours(member)) {
                    int h = groupOf[other];
                    // larger groups are settled first; a free passage may also combine smaller sentences
                    if (h == g || h > g && (hasQuote || parents.containsKey(h))) {
                        continue;
                    }
                    if (onlyAttributedFreeText(h)) {
                        // reported speech the quote stage missed rewords a statement; it is none itself
                        continue;
                    }
                    Comparison c = graph.compare(rep.id(), other);
                    if (c.namesDiffer() || ProperNames.conflict(groupNames.get(g), groupNames.get(h))) {
                        continue;
                    }
                    if (!quotedSpeakers.isEmpty() && !copied(c) && otherVoices(h, quotedSpeakers)) {
                        // a speaker's own words in quotation marks that only resemble another speaker's statement
                        continue;
                    }
                    if (!reportedSpeakers.isEmpty() && !copied(c) && families(h) < 2 && onlyReportedSpeech(h)
                            && otherVoices(h, reportedSpeakers)) {
                        // one outlet's report, in its own words, of what someone else said: no evidence of the same claim
                        continue;
                    }
                    Cover cover = new Cover(h, c.coverageOfA(), c.coveredA(), c.longestRun(), c.aInsideB(), c);
                    Cover old = best.get(h);
                    if (old == null || cover.coverage > old.coverage) {
                        best.put(h, cover);
                    }
                }
            }
            List<Cover> candidates = new ArrayList<>(best.values());
            if (hasQuote) {
                dropRetelling(candidates);
            }
            // equal cover (an excerpt that fits several statements): a statement of the same speaker, then
            // the wording more independent outlets carry, and one that is not reported speech
            final int part = g;
            candidates.sort(Comparator.comparingDouble((Cover c) -> -c.coverage)
                    .thenComparing(c -> !sameSpeaker(part, c.group))
                    .thenComparingInt(c -> -families(c.group))
                    .thenComparing(c -> onlyReportedSpeech(c.group))
                    .thenComparingInt(c -> c.group));
            List<Cover> chosen = new ArrayList<>();
            BitSet union = new BitSet();
            int content = rep.contentWords().size();
            List<BitSet> ownAcronyms = candidates.size() < 2 ? List.of() : AcronymMatch.ownAcronyms(rep.text(), rep.words());
            for (Cover cover : candidates) {
                BitSet fresh = (BitSet) cover.covered.clone();
                fresh.andNot(union);
                for (BitSet concept : ownAcronyms) {
                    if (concept.intersects(union)) {
                        // an acronym the passage defines and its spelled-out words name one thing, already carried
                        fresh.andNot(concept);
                    }
                }
                // the words an acronym spells out count once: "CSAM" alone is no second statement
                if (chosen.isEmpty() || cover.comparison.distinctWords(fresh) >= Math.max(2, Math.ceil(FURTHER_PART_SHARE * content))
                        && weightedShare(rep, fresh) >= FURTHER_PART_SHARE) {
                    chosen.add(cover);
                    union.or(cover.covered);
                }
            }
            if (chosen.isEmpty()) {
                continue;
            }
            double unionCoverage = (double) union.cardinality() / content;
            Cover first = chosen.get(0);
            boolean accepted;
            if (families(g) >= 2 && families(first.group) <= families(g)) {
                // a sentence independent outlets carry whole is a statement of its own unless a larger one
                // contains it or more outlets carry the wording it rewords
                accepted = first.excerpt && union.cardinality() >= 2 || first.coverage >= CONTAINED_COVERAGE;
                chosen = List.of(first);
            } else if (hasQuote) {
                accepted = first.excerpt && union.cardinality() >= 2
                        || first.coverage >= QUOTE_PART_COVERAGE && union.cardinality() >= 2
                        || unionCoverage >= FREE_PART_COVERAGE && first.coverage >= 0.35 && union.cardinality() >= 3;
            } else {
                int run = chosen.stream().mapToInt(Cover::run).max().orElse(0);
                accepted = run >= FREE_PART_RUN && unionCoverage >= FREE_PART_COVERAGE;
            }
            if (!accepted) {
                continue;
            }
            final int self = g;
            if (chosen.size() < 2 && chosen.stream().anyMatch(c -> c.group > self)) {
                // a smaller sentence is a parent only of a passage that combines it with another
                continue;
            }
            chosen = new ArrayList<>(chosen);
            chosen.sort(Comparator.comparingInt(c -> c.covered.nextSetBit(0)));
            parents.put(g, chosen.stream().map(Cover::group).toList());
            for (Cover cover : chosen) {
                if (cover.group > g) {
                    frozen.add(cover.group);
                }
            }
        }
    }

    /**
     * An outlet retells a statement once. Of two reported-speech sentences of one article that are
     * parts of the same statement, one whose words in common with the statement the other also has
     * (and more) retells nothing of it of its own: it is another sentence about the same subject ("the
     * group warned of a rise in fake images" beside "its study found 3,000 fake images on one site in a
     * month", both parts of "fake images are on the rise, with a study finding over 3,000 in a month"),
     * and is no part of the statement. Only for parts of reported speech that one outlet carries.
     */
    private void dropEchoedParts() {
        Map<Integer, List<Integer>> partsOf = new HashMap<>();
        parents.forEach((part, list) -> {
            if (list.size() == 1) {
                partsOf.computeIfAbsent(list.get(0), k -> new ArrayList<>()).add(part);
            }
        });
        Set<Integer> dropped = new HashSet<>();
        for (Map.Entry<Integer, List<Integer>> entry : partsOf.entrySet()) {
            List<Integer> parts = entry.getValue();
            if (parts.size() < 2) {
                continue;
            }
            Passage statement = representative(entry.getKey());
            for (int a : parts) {
                for (int b : parts) {
                    if (a != b && !dropped.contains(b) && echoes(statement, a, b)) {
                        dropped.add(a);
                        break;
                    }
                }
            }
        }
        dropped.forEach(parents::remove);
    }

    /**
     * Whether part group a only echoes part group b of the same statement: both are reported speech of
     * one outlet, a sentence of each stands in one article apart from the other, and the statement's
     * words that a carries are a strict subset of those b carries.
     */
    private boolean echoes(Passage statement, int a, int b) {
        if (!onlyReportedSpeech(a) || !onlyReportedSpeech(b) || families(a) > 1 || families(b) > 1) {
            return false;
        }
        for (int x : groups.get(a)) {
            Passage pa = graph.passages().get(x);
            for (int y : groups.get(b)) {
                Passage pb = graph.passages().get(y);
                if (!pa.articleId().equals(pb.articleId()) || pa.overlaps(pb)) {
                    continue;
                }
                BitSet byA = graph.compare(statement.id(), x).coveredA();
                BitSet byB = graph.compare(statement.id(), y).coveredA();
                BitSet rest = (BitSet) byA.clone();
                rest.andNot(byB);
                if (rest.isEmpty() && byB.cardinality() > byA.cardinality()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A quote group that rewords a sentence reproduced in several articles is a part of it even
     * when the rewording is the longer one (and so was settled first): it takes a reproduced root
     * group that carries at least {@value #QUOTE_PART_COVERAGE} of its content.
     */
    private void findRewordings() {
        Set<Integer> usedAsParent = new HashSet<>();
        parents.values().forEach(usedAsParent::addAll);
        for (int g = 0; g < groups.size(); g++) {
            if (parents.containsKey(g) || families(g) >= 2 || usedAsParent.contains(g)
                    || groups.get(g).stream().noneMatch(p -> graph.passages().get(p).isQuote())) {
                continue;
            }
            Passage rep = representative(g);
            int bestGroup = -1;
            double best = 0;
            for (int member : groups.get(g)) {
                for (int other : graph.neighbours(member)) {
                    int h = groupOf[other];
                    if (h <= g || parents.containsKey(h) || families(h) < 2) {
                        continue;
                    }
                    Comparison c = graph.compare(rep.id(), other);
                    if (!c.namesDiffer() && !ProperNames.conflict(groupNames.get(g), groupNames.get(h))
                            && c.coverageOfA() >= QUOTE_PART_COVERAGE && c.coverageOfA() > best) {
                        best = c.coverageOfA();
                        bestGroup = h;
                    }
                }
            }
            if (bestGroup >= 0) {
                parents.put(g, List.of(bestGroup));
            }
        }
    }

    /**
     * A group of reported speech only that is still a statement of its own becomes a part of the
     * quoted (not reported) sentence among its candidates that the article credits to one of the
     * same speakers and that best carries it ({@link ReportedParaphrase}), when that sentence
     * carries at least {@value #SPEAKER_PARAPHRASE_COVERAGE} of its weighted content and
     * {@value #MIN_SPEAKER_PARAPHRASE_WORDS} of its words. A sentence that is itself a part of the
     * group is never taken, so parts never form a cycle.
     */
    private void findSpeakerParaphrases() {
        if (speakerOf == null || paraphrase == null) {
            return;
        }
        for (int g = 0; g < groups.size(); g++) {
            if (parents.containsKey(g) || !onlyReportedSpeech(g)) {
                continue;
            }
            Set<String> speakers = new HashSet<>();
            for (int p : groups.get(g)) {
                String speaker = speakerOf.apply(graph.passages().get(p));
                if (!speaker.isEmpty()) {
                    speakers.add(speaker);
                }
            }
            if (speakers.isEmpty()) {
                continue;
            }
            Passage rep = representative(g);
            int bestGroup = -1;
            double best = 0;
            for (int member : groups.get(g)) {
                for (int other : graph.neighbours(member)) {
                    int h = groupOf[other];
                    Passage candidate = graph.passages().get(other);
                    if (h == g || candidate.source() != Passage.Source.DIRECT || !sameVoice(speakers, speakerOf.apply(candidate))
                            || partOf(h, g)) {
                        continue;
                    }
                    double score = paraphrase.coverage(rep, candidate);
                    if (score >= SPEAKER_PARAPHRASE_COVERAGE && score > best
                            && paraphrase.matchedWords(rep, candidate) >= MIN_SPEAKER_PARAPHRASE_WORDS) {
                        best = score;
                        bestGroup = h;
                    }
                }
            }
            if (bestGroup >= 0) {
                parents.put(g, List.of(bestGroup));
            }
        }
    }

    /**
     * The speakers credited with group {@code g} when it is made of direct quotes only, each with a
     * known speaker; else empty.
     */
    private Set<String> directSpeakers(int g) {
        if (speakerOf == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (int id : groups.get(g)) {
            Passage p = graph.passages().get(id);
            String speaker = p.source() == Passage.Source.DIRECT ? speakerOf.apply(p) : "";
            if (speaker.isEmpty()) {
                return Set.of();
            }
            out.add(speaker);
        }
        return out;
    }

    /**
     * The speakers credited with group {@code g} when it is made of reported speech only, each with
     * a known speaker; else empty.
     */
    private Set<String> reportedSpeakers(int g) {
        if (speakerOf == null || !onlyReportedSpeech(g)) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (int id : groups.get(g)) {
            String speaker = speakerOf.apply(graph.passages().get(id));
            if (speaker.isEmpty()) {
                return Set.of();
            }
            out.add(speaker);
        }
        return out;
    }

    /**
     * Whether a comparison shows words copied from b: a shared run of {@value #FREE_RUN} words, an
     * exact excerpt, or {@value #CONTAINED_COVERAGE} of a's content.
     */
    private static boolean copied(Comparison c) {
        return c.longestRun() >= FREE_RUN || c.aInsideB() || c.coverageOfA() >= CONTAINED_COVERAGE;
    }

    /**
     * Whether the quotes of group {@code h} are credited to speakers and none of them is one of
     * {@code speakers} or tied to one ({@link #sameVoice}).
     */
    private boolean otherVoices(int h, Set<String> speakers) {
        Set<String> credited = speakersOf(h);
        if (credited.isEmpty()) {
            return false;
        }
        for (String speaker : credited) {
            if (sameVoice(speakers, speaker)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A reported clause of one outlet that, read with the sentence before it in its paragraph
     * ({@link ContextParaphrase}), retells a quote of the same voice in another article becomes a part
     * of that quote's group: outlets split a statement over a lead of their own and a credited clause
     * ("A raid on a gang that sold fake pills led to nine arrests. The police said the pills were
     * made entirely in a garage."), so the clause alone shares too few words with it. The lead must be
     * the outlet's own text (no quote, no source named: a quote before the clause is a statement of
     * its own). A statement qualifies when the lead carries at least {@value #CONTEXT_LEAD_COVERAGE}
     * of its rarity-weighted content (the lead is about it), lead and clause together at least
     * {@value #CONTEXT_COVERAGE} and more than the lead alone, and the clause shares at least
     * {@value #MIN_CONTEXT_CLAUSE_WORDS} content words with it; of those the one that carries most of
     * the clause is taken (all are about the lead; the clause is what the source is credited with).
     *
     * <p>Only for a group of reported speech that one outlet (or copies of it) carries and that no
     * other group is a part of. When the clause alone made it a part of a statement
     * ({@link #findParts}, {@link #findSpeakerParaphrases}) that the lead is not about, the statement
     * the lead is about replaces it only when it fits better both ways: the share of the clause it
     * carries plus the share of it that clause and lead carry. A choice that carries the other
     * (through parts) is no change.
     */
    private void findContextParaphrases() {
        if (speakerOf == null || paraphrase == null) {
            return;
        }
        ContextParaphrase context = new ContextParaphrase(graph.passages(), paraphrase);
        Set<Integer> usedAsParent = new HashSet<>();
        parents.values().forEach(usedAsParent::addAll);
        also.values().forEach(usedAsParent::addAll);
        for (int g = 0; g < groups.size(); g++) {
            if (!onlyReportedSpeech(g) || families(g) >= 2 || usedAsParent.contains(g) || speakersOf(g).isEmpty()) {
                continue;
            }
            ContextMatch best = bestContextMatch(g, context);
            if (best == null) {
                continue;
            }
            if (parents.containsKey(g)) {
                List<Integer> current = parentsOf(g);
                Passage parent = representative(current.get(0));
                if (current.size() > 1 || reaches(best.group, current.get(0)) || reaches(current.get(0), best.group)
                        || paraphrase.coverage(parent, best.lead) >= CONTEXT_LEAD_COVERAGE
                        || paraphrase.coverage(best.clause, parent) + context.statementCarried(parent, best.clause)
                        >= best.clauseShare + best.carried) {
                    continue;
                }
            }
            parents.put(g, List.of(best.group));
        }
    }

    /**
     * A statement group that a clause of group g, read with its lead, retells ({@link #findContextParaphrases}):
     * the best shares over the pairs of a clause and a passage of the group, and the clause and lead
     * of the pair that carries most of the clause.
     */
    private static final class ContextMatch {
        final int group;
        double clauseShare;
        double carried;
        double leadShare;
        Passage clause;
        Passage lead;

        ContextMatch(int group) {
            this.group = group;
        }

        boolean qualifies() {
            return leadShare >= CONTEXT_LEAD_COVERAGE && carried >= CONTEXT_COVERAGE;
        }

        boolean betterThan(ContextMatch other) {
            return other == null || clauseShare > other.clauseShare
                    || clauseShare == other.clauseShare && carried > other.carried;
        }
    }

    /** The statement group that best qualifies for {@link #findContextParaphrases}, or null. */
    private ContextMatch bestContextMatch(int g, ContextParaphrase context) {
        Set<String> speakers = speakersOf(g);
        Map<Integer, ContextMatch> matches = new java.util.TreeMap<>();
        for (int member : groups.get(g)) {
            Passage p = graph.passages().get(member);
            Passage lead = context.context(p);
            if (lead == null || lead.isQuote() || lead.attributed()) {
                continue;
            }
            Passage read = context.withContext(p); // the clause with its lead, made once for every candidate
            Set<Integer> candidates = new java.util.TreeSet<>(graph.neighbours(member));
            candidates.addAll(graph.neighbours(lead.id()));
            for (int other : candidates) {
                Passage q = graph.passages().get(other);
                int h = groupOf[other];
                if (h == g || !q.isQuote() || copies(q.articleId(), p.articleId())
                        || q.contentWords().size() < MIN_SAME_CONTENT || !sameVoice(speakers, speakerOf.apply(q))
                        || partOf(h, g) || reaches(h, g)
                        || paraphrase.matchedWords(p, q) < MIN_CONTEXT_CLAUSE_WORDS
                        || graph.compare(member, other).namesDiffer()
                        || ProperNames.conflict(groupNames.get(g), groupNames.get(h))) {
                    continue;
                }
                double leadShare = paraphrase.coverage(q, lead);
                double carried = paraphrase.coverage(q, read);
                if (carried <= leadShare) {
                    continue; // the clause adds nothing of it
                }
                double clauseShare = paraphrase.coverage(p, q);
                ContextMatch match = matches.computeIfAbsent(h, ContextMatch::new);
                if (match.clause == null || clauseShare > match.clauseShare) {
                    match.clause = p;
                    match.lead = lead;
                }
                match.clauseShare = Math.max(match.clauseShare, clauseShare);
                match.carried = Math.max(match.carried, carried);
                match.leadShare = Math.max(match.leadShare, leadShare);
            }
        }
        ContextMatch best = null;
        for (ContextMatch match : matches.values()) {
            if (match.qualifies() && match.betterThan(best)) {
                best = match;
            }
        }
        return best;
    }

    private boolean sameVoice(Set<String> speakers, String candidate) {
        if (candidate.isEmpty()) {
            return false;
        }
        for (String speaker : speakers) {
            if (sameVoice.test(speaker, candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some passage of group {@code a} and some passage of group {@code b} are credited to
     * the same canonical speaker (false when the linker does not know who said what).
     */
    private boolean sameSpeaker(int a, int b) {
        if (speakerOf == null) {
            return false;
        }
        Set<String> speakersB = speakersOf(b);
        return speakersOf(a).stream().anyMatch(speakersB::contains);
    }

    private Set<String> speakersOf(int g) {
        return speakersByGroup.computeIfAbsent(g, k -> {
            Set<String> out = new HashSet<>();
            for (int p : groups.get(k)) {
                String speaker = speakerOf.apply(graph.passages().get(p));
                if (!speaker.isEmpty()) {
                    out.add(speaker);
                }
            }
            return out.isEmpty() ? Set.of() : out;
        });
    }

    /** Whether group {@code h} is {@code g} or a part of it, directly or through other parts. */
    private boolean partOf(int h, int g) {
        if (h == g) {
            return true;
        }
        for (int parent : parentsOf(h)) {
            if (partOf(parent, g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Links groups that retell a list's figures to the list ({@link Figures}). Lists are found through
     * an index of their figure values, so a passage looks only at lists that state one of its numbers.
     * A group is linked when one of its quote passages states at least one figure of the list, and
     * at least half of its own figures, about the same things. The list becomes its parent when the
     * group has none and the list carries at least {@value #FIGURE_PART_COVERAGE} of its content (a
     * sentence that only retells the results) or the group is a one-off (one outlet's sentence that
     * no other group is a part of); otherwise the group carries the list on top of its own
     * statement (a sentence that independent outlets carry and that also says something else).
     */
    private void findRetoldFigures() {
        Map<Long, List<Integer>> listsByFigure = new HashMap<>();
        Map<Integer, List<Figures.Figure>> listFigures = new HashMap<>();
        for (Passage p : graph.passages()) {
            if (!PassageBuilder.isList(p) || parents.containsKey(groupOf[p.id()])) {
                continue;
            }
            List<Figures.Figure> figures = FIGURES.of(p);
            if (figures.size() < MIN_LIST_FIGURES) {
                continue;
            }
            listFigures.put(p.id(), figures);
            for (Figures.Figure f : figures) {
                List<Integer> lists = listsByFigure.computeIfAbsent(f.value(), k -> new ArrayList<>());
                if (lists.size() < MAX_LISTS_PER_FIGURE && !lists.contains(p.id())) {
                    lists.add(p.id());
                }
            }
        }
        if (listFigures.isEmpty()) {
            return;
        }
        Set<Integer> listGroups = new HashSet<>();
        listFigures.keySet().forEach(id -> listGroups.add(groupOf[id]));
        Set<Integer> usedAsParent = new HashSet<>();
        parents.values().forEach(usedAsParent::addAll);
        for (int g = 0; g < groups.size(); g++) {
            if (listGroups.contains(g)) {
                continue;
            }
            Set<Integer> targets = new java.util.TreeSet<>();
            Set<Integer> targetLists = new java.util.TreeSet<>();
            for (int id : groups.get(g)) {
                Passage p = graph.passages().get(id);
                if (!p.isQuote()) {
                    continue;
                }
                List<Figures.Figure> figures = FIGURES.of(p);
                Set<Integer> candidates = new java.util.TreeSet<>();
                figures.forEach(f -> candidates.addAll(listsByFigure.getOrDefault(f.value(), List.of())));
                for (int listId : candidates) {
                    int shared = FIGURES.shared(p, figures, graph.passages().get(listId), listFigures.get(listId));
                    if (shared >= 1 && 2 * shared >= figures.size() && targets.add(groupOf[listId])) {
                        targetLists.add(listId);
                    }
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            Passage rep = representative(g);
            boolean onlyFigures = targetLists.stream()
                    .allMatch(listId -> graph.compare(rep.id(), listId).coverageOfA() >= FIGURE_PART_COVERAGE);
            if (!parents.containsKey(g) && (onlyFigures || families(g) < 2 && !usedAsParent.contains(g))) {
                parents.put(g, List.copyOf(targets));
            } else {
                also.put(g, List.copyOf(targets));
            }
        }
    }

    /**
     * Reported speech that repeats word for word the whole of a direct quote of another article, of
     * at least {@value #MIN_QUOTED_PHRASE_CONTENT} content words, carries that quote's statements too
     * ("the suspects, believed to be part of a criminal group, were arrested" repeats another outlet's
     * quoted "part of a criminal group").
     */
    private void findQuotedPhrases() {
        for (int g = 0; g < groups.size(); g++) {
            if (!onlyReportedSpeech(g)) {
                continue;
            }
            Set<Integer> found = new java.util.TreeSet<>();
            for (int id : groups.get(g)) {
                Passage p = graph.passages().get(id);
                for (int other : graph.neighbours(id)) {
                    Passage q = graph.passages().get(other);
                    int h = groupOf[other];
                    if (h == g || q.source() != Passage.Source.DIRECT || q.articleId().equals(p.articleId())
                            || q.contentWords().size() < MIN_QUOTED_PHRASE_CONTENT || !graph.compare(id, other).bInsideA()
                            || reaches(h, g)) {
                        continue;
                    }
                    found.add(h);
                }
            }
            if (!found.isEmpty()) {
                Set<Integer> merged = new LinkedHashSet<>(alsoCarries(g));
                merged.addAll(found);
                also.put(g, List.copyOf(merged));
            }
        }
    }

    /**
     * A quote that folds a second statement into a relative clause ("the inquiry, which was opened in
     * May and remains open, found ...", where a source says "the inquiry is still open") carries that
     * statement too. A predicate of the clause ({@link RelativeClauses}) read with its antecedent
     * qualifies a group the passage's own statements do not reach when: that group carries at least half
     * of the predicate's words that the passage's own statements leave uncarried (at least one), and at
     * least {@value #RELATIVE_CLAUSE_COVERAGE} of the predicate with its antecedent (weighted by rarity),
     * no fewer than two words and among them a word of the antecedent (the clause is about the same
     * thing); it states every figure of the predicate, about the same thing ({@link Figures#shared}: "who
     * waited seven months" retells no statement of five months, nor of ten checks); it is quoted somewhere and carried by two independent articles; its quotes, if credited, are of the
     * passage's voice. Of the groups that qualify, the one that carries most of the predicate with its
     * antecedent is taken. Only the passage (not other versions of its sentence) carries it.
     */
    private void findRelativeClauseStatements() {
        Map<Integer, Set<String>> articlesOfRoot = null;
        for (Passage p : graph.passages()) {
            if (!p.isQuote()) {
                continue;
            }
            List<RelativeClauses.Predicate> predicates = RelativeClauses.of(p);
            if (predicates.isEmpty()) {
                continue;
            }
            if (articlesOfRoot == null) {
                articlesOfRoot = articlesOfRoots();
            }
            Set<Integer> ownRoots = rootsOf(groupOf[p.id()]);
            BitSet carried = new BitSet();
            for (int other : graph.neighbours(p.id())) {
                if (!Collections.disjoint(rootsOf(groupOf[other]), ownRoots)) {
                    carried.or(graph.compare(p.id(), other).coveredA());
                }
            }
            String speaker = speakerOf == null ? "" : speakerOf.apply(p);
            Set<Integer> found = new java.util.TreeSet<>();
            for (RelativeClauses.Predicate predicate : predicates) {
                BitSet fresh = (BitSet) predicate.own().clone();
                fresh.andNot(carried);
                if (fresh.isEmpty()) {
                    continue;
                }
                BitSet clause = predicate.withAntecedent();
                List<Figures.Figure> figures = predicateFigures(p, predicate.own());
                double clauseWeight = weightedShare(p, clause);
                int best = -1;
                double bestShare = 0;
                for (int other : graph.neighbours(p.id())) {
                    int h = groupOf[other];
                    Set<Integer> rootsOfH = rootsOf(h);
                    if (!Collections.disjoint(rootsOfH, ownRoots) || !speaker.isEmpty() && otherVoices(h, Set.of(speaker))
                            || !reproducedRoots(rootsOfH, articlesOfRoot)) {
                        continue;
                    }
                    Comparison c = graph.compare(p.id(), other);
                    if (c.namesDiffer()) {
                        continue;
                    }
                    BitSet freshHeld = (BitSet) fresh.clone();
                    freshHeld.and(c.coveredA());
                    BitSet clauseHeld = (BitSet) clause.clone();
                    clauseHeld.and(c.coveredA());
                    double share = clauseWeight == 0 ? 0 : weightedShare(p, clauseHeld) / clauseWeight;
                    Passage candidate = graph.passages().get(other);
                    if (2 * freshHeld.cardinality() >= fresh.cardinality() && freshHeld.cardinality() >= 1
                            && clauseHeld.intersects(predicate.antecedent()) 
                            && (figures.isEmpty() || FIGURES.shared(p, figures, candidate, FIGURES.of(candidate)) == figures.size())
                            && clauseHeld.cardinality() >= 2 && share >= RELATIVE_CLAUSE_COVERAGE
                            && (share > bestShare || share == bestShare && h < best)) {
                        best = h;
                        bestShare = share;
                    }
                }
                if (best >= 0) {
                    found.add(best);
                }
            }
            if (!found.isEmpty()) {
                passageAlso.put(p.id(), List.copyOf(found));
            }
        }
    }

    /** The figures ({@link Figures}) of p whose words lie among the content words {@code words} (positions among them). */
    private static List<Figures.Figure> predicateFigures(Passage p, BitSet words) {
        List<Figures.Figure> out = new ArrayList<>();
        List<Word> all = p.words();
        for (Figures.Figure figure : FIGURES.of(p)) {
            int content = 0;
            boolean inside = false;
            for (int i = 0; i <= figure.last() && i < all.size(); i++) {
                if (all.get(i).content()) {
                    inside |= i >= figure.first() && words.get(content);
                    content++;
                }
            }
            if (inside) {
                out.add(figure);
            }
        }
        return out;
    }

    /** Stands among a root's articles ({@link #articlesOfRoots}) when some passage that carries it is a quote. */
    private static final String QUOTED_MARK = "\u0000quoted";

    /** For each root group, the articles whose passages carry it through parts (and {@link #QUOTED_MARK} when quoted). */
    private Map<Integer, Set<String>> articlesOfRoots() {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            boolean quotedHere = quoted(g);
            for (int root : rootsOf(g)) {
                Set<String> articles = out.computeIfAbsent(root, k -> new HashSet<>());
                for (int p : groups.get(g)) {
                    articles.add(graph.passages().get(p).articleId());
                }
                if (quotedHere) {
                    articles.add(QUOTED_MARK);
                }
            }
        }
        return out;
    }

    /**
     * Whether each of {@code roots} is quoted somewhere and carried by two articles that are not copies
     * of one another: a statement on its own, not one the passage alone would make.
     */
    private boolean reproducedRoots(Set<Integer> roots, Map<Integer, Set<String>> articlesOfRoot) {
        for (int root : roots) {
            Set<String> carriers = articlesOfRoot.getOrDefault(root, Set.of());
            if (!carriers.contains(QUOTED_MARK)) {
                return false;
            }
            List<String> articles = new ArrayList<>(carriers);
            articles.remove(QUOTED_MARK);
            boolean independent = false;
            for (int i = 0; i < articles.size() && !independent; i++) {
                for (int k = i + 1; k < articles.size() && !independent; k++) {
                    independent = !copies(articles.get(i), articles.get(k));
                }
            }
            if (!independent) {
                return false;
            }
        }
        return true;
    }

    /** The groups at the top of g's parts (g itself when it is a part of none). */
    private Set<Integer> rootsOf(int g) {
        List<Integer> parentsOfG = parentsOf(g);
        if (parentsOfG.isEmpty()) {
            return Set.of(g);
        }
        Set<Integer> out = new HashSet<>();
        for (int parent : parentsOfG) {
            out.addAll(rootsOf(parent));
        }
        return out;
    }

    /**
     * A quote that retells another article's quoted statement as one of its clauses carries that
     * statement on top of its own ({@link RetoldClause}), only when the whole sentence already carries
     * at least {@value RetoldClause#MIN_COVERAGE} of the statement's content, so the clauses are cut
     * only for likely pairs. The articles must credit both to one voice (the same speaker, or a body
     * and its spokesperson, as for reported paraphrases): a clause is a short stretch of words, and
     * the speaker is the evidence that it retells this statement. The whole sentence must name no one
     * or nowhere the statement names differently, and its article must tell one story with every
     * article of the statement's group ({@link StoryContext#related}): stock phrases recur across
     * stories.
     */
    private void findRetoldClauses() {
        if (speakerOf == null) {
            return;
        }
        RetoldClause clauses = new RetoldClause(graph.comparer(), graph::rarity);
        Map<Integer, Set<Integer>> found = new java.util.TreeMap<>();
        StoryContext[] stories = new StoryContext[1]; // read only when some clause retells a statement
        for (int g = 0; g < groups.size(); g++) {
            for (int id : groups.get(g)) {
                Passage p = graph.passages().get(id);
                if (p.source() != Passage.Source.INDIRECT) {
                    continue; // a direct quote gives the speaker's words for one statement, not a retelling of another
                }
                for (int other : graph.neighbours(id)) {
                    Passage q = graph.passages().get(other);
                    int h = groupOf[other];
                    if (h == g || !q.isQuote() || q.articleId().equals(p.articleId())
                            || found.getOrDefault(g, Set.of()).contains(h)
                            || graph.compare(other, id).coverageOfA() < RetoldClause.MIN_COVERAGE
                            || graph.compare(other, id).namesDiffer()
                            || !sameVoice(Set.of(speakerOf.apply(p)), speakerOf.apply(q))
                            || reaches(h, g) || reaches(g, h) || !clauses.retells(p, q)) {
                        continue;
                    }
                    if (stories[0] == null) {
                        stories[0] = StoryContext.of(graph.passages());
                    }
                    StoryContext story = stories[0];
                    if (groups.get(h).stream().anyMatch(m -> !story.related(p, graph.passages().get(m)))) {
                        continue; // a template clause ("we would feel the same") that another story repeats
                    }
                    found.computeIfAbsent(g, k -> new java.util.TreeSet<>()).add(h);
                }
            }
        }
        found.forEach((g, hs) -> {
            retoldClauses.put(g, List.copyOf(hs));
            Set<Integer> merged = new LinkedHashSet<>(alsoCarries(g));
            merged.addAll(hs);
            also.put(g, List.copyOf(merged));
        });
    }

    /** Whether group {@code h} is {@code g} or carries it, through parts or {@link #alsoCarries}. */
    private boolean reaches(int h, int g) {
        if (h == g) {
            return true;
        }
        for (int parent : parentsOf(h)) {
            if (reaches(parent, g)) {
                return true;
            }
        }
        for (int other : alsoCarries(h)) {
            if (reaches(other, g)) {
                return true;
            }
        }
        return false;
    }
}
