package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which articles are copies of one story (syndication, mirrors): two articles that share versions
 * ({@link VersionGroups}) of at least half of the passages of the smaller one, both carrying them the
 * same way (both quote it, or both print it as their own text: a quote of text another article prints
 * is not syndication), and print at least one of them both. Text shared between copies is not
 * evidence of reuse, and a statement that only copies carry has one independent outlet
 * ({@link #families}).
 *
 * <p>Two outlets that each reprint a third article, a press release, share its sentences because
 * each copies the release, not one another; and a copy reprints words, not a version of them with
 * other figures. {@link #copiesBeyondSources} tells such pairs apart: they must be copies also
 * without the text a primary source other than the two prints, counting printed text only when
 * both print it word for word.
 */
final class ArticleCopies {

    private static final int QUOTED = 1;
    private static final int FREE = 2;

    private final PassageGraph graph;
    private final VersionGroups versions;
    /** For each article, the articles it is a copy of (both directions are stored). */
    private final Map<String, Set<String>> copies = new HashMap<>();
    /** Of {@link #copies}, the pairs that are no copies {@link #copiesBeyondSources}. */
    private final Map<String, Set<String>> copiesOfSources = new HashMap<>();
    /** {@link #families} of each group, computed once. */
    private final Map<Integer, Integer> familiesOf = new HashMap<>();

    private ArticleCopies(PassageGraph graph, VersionGroups versions) {
        this.graph = graph;
        this.versions = versions;
    }

    /**
     * Finds the copies among the articles of {@code graph}'s passages from the versions they share;
     * {@code primarySource} tells which articles are primary sources (press releases).
     */
    static ArticleCopies find(PassageGraph graph, VersionGroups versions, Predicate<String> primarySource) {
        ArticleCopies result = new ArticleCopies(graph, versions);
        result.findCopies(primarySource);
        return result;
    }

    /** Whether articles {@code a} and {@code b} are copies of one story (an article is a copy of itself). */
    boolean copies(String a, String b) {
        return a.equals(b) || copies.getOrDefault(a, Set.of()).contains(b);
    }

    /**
     * Whether articles {@code a} and {@code b} are copies of one story ({@link #copies}) also without
     * the text that a third article, a primary source, prints, and with at least one sentence both
     * print word for word: two outlets that each reprint a press release share its sentences because
     * each copies the release, not one another, and a copy reprints words, not a version of them
     * with other figures.
     */
    boolean copiesBeyondSources(String a, String b) {
        return copies(a, b) && !copiesOfSources.getOrDefault(a, Set.of()).contains(b);
    }

    /** How many independent outlets (articles that are not copies of one another) carry group g. */
    int families(int g) {
        return familiesOf.computeIfAbsent(g, this::countFamilies);
    }

    private int countFamilies(int g) {
        Set<String> articles = new LinkedHashSet<>();
        for (int p : versions.members(g)) {
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

    private void findCopies(Predicate<String> primarySource) {
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
        int groupCount = versions.size();
        List<Map<Integer, Integer>> masksByGroup = new ArrayList<>(groupCount);
        // per group, the primary sources that print it as their own text (usually none or one)
        List<List<Integer>> printedBySources = new ArrayList<>(groupCount);
        // per group printed by two or more articles, the hash of each article's printed wording (else null)
        List<Map<Integer, Integer>> printedWordings = new ArrayList<>(groupCount);
        List<Boolean> primary = articleNames.stream().map(primarySource::test).toList();
        List<List<Integer>> groupsByArticle = new ArrayList<>();
        for (int a = 0; a < articleNames.size(); a++) {
            groupsByArticle.add(new ArrayList<>());
        }
        for (int g = 0; g < groupCount; g++) {
            Map<Integer, Integer> masks = new HashMap<>();
            for (int id : versions.members(g)) {
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
        for (int id : versions.members(g)) {
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
}
