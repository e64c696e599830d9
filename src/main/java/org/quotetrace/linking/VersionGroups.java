package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first step of grouping: passages joined into groups of versions of one sentence. Two passages
 * are versions of one sentence when they have equal words, one is an editorial edit of the other, or
 * each carries at least {@value #SAME_COVERAGE} of the other's content (a misquote or close rewording
 * of the whole sentence). Two free passages also need a shared run of {@value #FREE_RUN} words, the
 * mark of copying. Two passages, or two groups, that name different people or places
 * ({@link Comparison#namesDiffer()}, {@link ProperNames#conflict}) are never joined.
 *
 * <p>Groups are numbered larger first (by the content words of their longest passage), then by
 * their first passage, so the rules that make a group a part of another can settle larger groups
 * first. Immutable once joined.
 */
final class VersionGroups {

    /** Each of two full versions of a sentence carries at least this share of the other's content. */
    static final double SAME_COVERAGE = 0.7;
    /** Two free passages must share a run of this many words to count as copies of one sentence. */
    static final int FREE_RUN = 5;
    /** An edited version must still carry this share of the other's content (else it is an excerpt, a part). */
    static final double EDITED_COVERAGE = 0.6;
    /** Passages need this many content words to be versions of one whole sentence. */
    static final int MIN_SAME_CONTENT = 4;

    private final PassageGraph graph;
    private final int[] groupOf;
    private final List<List<Integer>> groups = new ArrayList<>();
    /** The proper names of each group's passages with the word before each ({@link ProperNames#mentions}), by group. */
    private final List<Set<String>> groupNames = new ArrayList<>();

    private VersionGroups(PassageGraph graph) {
        this.graph = graph;
        this.groupOf = new int[graph.passages().size()];
    }

    /** Joins the passages of {@code graph} that are versions of one sentence; {@code grader} tells editorial edits. */
    static VersionGroups join(PassageGraph graph, FidelityGrader grader) {
        VersionGroups result = new VersionGroups(graph);
        result.joinVersions(grader);
        return result;
    }

    /** Number of groups. */
    int size() {
        return groups.size();
    }

    /** The passage ids of group {@code g}, in id order. */
    List<Integer> members(int g) {
        return groups.get(g);
    }

    /** The group of passage {@code p}. */
    int groupOf(int p) {
        return groupOf[p];
    }

    /** The proper names the passages of group {@code g} mention ({@link ProperNames#mentions}). */
    Set<String> names(int g) {
        return groupNames.get(g);
    }

    /** The longest passage of group {@code g} (most content words, then earliest). */
    Passage representative(int g) {
        Passage best = null;
        for (int id : groups.get(g)) {
            Passage p = graph.passages().get(id);
            if (best == null || p.contentWords().size() > best.contentWords().size()) {
                best = p;
            }
        }
        return best;
    }

    /** Whether some passage of group g is a quote. */
    boolean quoted(int g) {
        return groups.get(g).stream().anyMatch(p -> graph.passages().get(p).isQuote());
    }

    /** Whether every passage of group g is reported speech. */
    boolean onlyReportedSpeech(int g) {
        return groups.get(g).stream().allMatch(p -> graph.passages().get(p).source() == Passage.Source.INDIRECT);
    }

    /** Whether every passage of group g is free text that names its source (reported speech the quote stage missed). */
    boolean onlyAttributedFreeText(int g) {
        return groups.get(g).stream().map(graph.passages()::get).allMatch(p -> !p.isQuote() && p.attributed());
    }

    private boolean sameSentence(Passage a, Passage b, FidelityGrader grader) {
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

    private void joinVersions(FidelityGrader grader) {
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
                if (b > a.id() && sameSentence(a, passages.get(b), grader)) {
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
}
