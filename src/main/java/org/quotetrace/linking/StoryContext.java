package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which articles of a corpus share a story: two articles share story context when both name the
 * same rare name (of a person, a place, an organisation, a street: {@link #names}) that few
 * articles of the corpus name. A news archive holds many unrelated stories that use the same
 * stock phrases ("which shows how much this matters", "weather permitting", an idiom in scare
 * quotes); an excerpt that names nothing fits all of them, and linking it across stories that share nothing joins statements that have
 * nothing to do with each other. Articles that carry the same statement almost always name the
 * same person or place somewhere (the speaker, the place, the body), so this is what the linker
 * asks before it trusts weak evidence ({@link StoryContextCandidates}).
 *
 * <p>A name is rare when at most {@value #STORY_ARTICLES} articles name it, however large the
 * corpus: names that many more articles print (outlet names, "City Council", a project name that
 * a standard phrase gives every story of its kind) say nothing about which story an article tells.
 * The bound does not grow with the archive: a story's size is set by the news cycle, not by how many
 * other stories the archive holds, while the number of unrelated stories that happen to print a
 * name grows with it (a bound of 1% of the corpus let a name printed by 800 articles of as many
 * unrelated stories tie them together in an archive of 100,000). In a small corpus every name is
 * rare. An article that names nothing rare gives no evidence either way and shares context with
 * every article.
 */
public final class StoryContext {

    /** A name that at most this many articles print can mark one story, whatever the size of the corpus. */
    static final int STORY_ARTICLES = 100;

    /** An article's related articles: at most this many, those sharing the most rare names first. */
    static final int MAX_RELATED = 64;

    private final Map<String, Integer> articleIndex;
    /** Each article's rare names as sorted ids. */
    private final int[][] namesOf;
    /** For each rare name id, the articles that name it, ascending. */
    private final List<int[]> articlesOf;

    private StoryContext(Map<String, Integer> articleIndex, int[][] namesOf, List<int[]> articlesOf) {
        this.articleIndex = articleIndex;
        this.namesOf = namesOf;
        this.articlesOf = articlesOf;
    }

    /** Tells whether an offset of an article's text lies in its story, not in page furniture or an appended story. */
    @FunctionalInterface
    public interface Body {
        /** Whether offset {@code offset} of article {@code articleId} lies in the article's own story. */
        boolean contains(String articleId, int offset);
    }

    /** The story context of the articles the {@code passages} come from, names read from each article's whole text. */
    public static StoryContext of(List<Passage> passages) {
        return of(passages, (article, offset) -> true);
    }

    /**
     * The story context of the articles the {@code passages} come from, names read from the parts of
     * each article's text that {@code body} says belong to its story (a teaser of another story
     * appended to the page names that story's people and places).
     */
    public static StoryContext of(List<Passage> passages, Body body) {
        Map<String, Integer> articleIndex = new HashMap<>();
        List<TreeSet<String>> names = new ArrayList<>();
        for (Passage passage : passages) {
            if (!articleIndex.containsKey(passage.articleId())) {
                articleIndex.put(passage.articleId(), names.size());
                String articleId = passage.articleId();
                names.add(new TreeSet<>(names(passage.text(), offset -> body.contains(articleId, offset))));
            }
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (TreeSet<String> own : names) {
            for (String name : own) {
                documentFrequency.merge(name, 1, Integer::sum);
            }
        }
        Map<String, Integer> nameIds = new HashMap<>();
        int[][] namesOf = new int[names.size()][];
        for (int a = 0; a < names.size(); a++) {
            int[] ids = names.get(a).stream()
                    .filter(name -> documentFrequency.get(name) <= STORY_ARTICLES)
                    .mapToInt(name -> nameIds.computeIfAbsent(name, k -> nameIds.size()))
                    .toArray();
            Arrays.sort(ids);
            namesOf[a] = ids;
        }
        List<List<Integer>> byName = new ArrayList<>();
        for (int i = 0; i < nameIds.size(); i++) {
            byName.add(new ArrayList<>());
        }
        for (int a = 0; a < namesOf.length; a++) {
            for (int name : namesOf[a]) {
                byName.get(name).add(a);
            }
        }
        List<int[]> articlesOf = new ArrayList<>(byName.size());
        byName.forEach(list -> articlesOf.add(list.stream().mapToInt(Integer::intValue).toArray()));
        return new StoryContext(articleIndex, namesOf, articlesOf);
    }

    /** The index of the article {@code articleId} in this context, or -1 when it names nothing this context read. */
    int article(String articleId) {
        Integer index = articleIndex.get(articleId);
        return index == null ? -1 : index;
    }

    /**
     * The other articles that share story context with article {@code article} (an index from
     * {@link #article}): at most {@value #MAX_RELATED}, those sharing the most rare names first, ties
     * by index.
     */
    int[] relatedArticles(int article) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (int name : namesOf[article]) {
            for (int other : articlesOf.get(name)) {
                if (other != article) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_RELATED)
                .mapToInt(Map.Entry::getKey)
                .toArray();
    }

    /**
     * Whether the articles of {@code a} and {@code b} may tell one story: the same article, articles
     * that both name one rare name word, or an article that names no rare word at all (a brief that
     * names nobody gives no evidence of another story). Articles this context does not know share none.
     */
    public boolean related(Passage a, Passage b) {
        if (a.articleId().equals(b.articleId())) {
            return true;
        }
        Integer x = articleIndex.get(a.articleId());
        Integer y = articleIndex.get(b.articleId());
        if (x == null || y == null) {
            return false;
        }
        int[] namesA = namesOf[x];
        int[] namesB = namesOf[y];
        if (namesA.length == 0 || namesB.length == 0) {
            return true; // an article that names nothing rare gives no evidence of another story
        }
        int i = 0;
        int j = 0;
        while (i < namesA.length && j < namesB.length) {
            if (namesA[i] == namesB[j]) {
                return true;
            }
            if (namesA[i] < namesB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** A capitalised word: a capital, then letters, apostrophes or hyphens. */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{Ll}");
    /** Characters after which a capital opens a sentence, a quotation or a bracket rather than marking a name. */
    private static final String OPENERS = ".!?:;\"“‘«([…\n";

    /**
     * The names of an article's {@code text} (its whole text, so that names in sentences the linker
     * does not compare count too), lower case: runs of capitalised words joined by single spaces, of
     * which a word after the first does not open a sentence, a line, a quotation or a bracket, each
     * with every shorter run that ends it ("treasurer mary quinn", "mary quinn", "quinn"), so that the
     * full and the short form of a name meet while a generic head ("health trust", "road") is no
     * story marker because many articles print it ({@link #STORY_ARTICLES}). A name that opens a
     * sentence keeps its first word ("Northby Health Trust said"). Month and weekday names are left out.
     */
    static Set<String> names(String text) {
        return names(text, offset -> true);
    }

    /** {@link #names(String)} of the words whose start {@code inStory} accepts. */
    static Set<String> names(String text, java.util.function.IntPredicate inStory) {
        Set<String> out = new HashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        List<String> run = new ArrayList<>();
        boolean named = false;
        int runEnd = -1;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            boolean skip = ProperNames.isCalendarWord(word) || !inStory.test(m.start())
                    || m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1));
            boolean continues = runEnd >= 0 && m.start() == runEnd + 1 && text.charAt(runEnd) == ' ';
            if (!continues || skip) {
                addRun(run, named, out);
                run.clear();
                named = false;
                runEnd = -1;
            }
            if (skip) {
                continue;
            }
            run.add(word);
            named |= !opensSentence(text, m.start());
            runEnd = m.end();
        }
        addRun(run, named, out);
        return out;
    }

    /** Adds {@code run} and every shorter run that ends it, when the run is a name. */
    private static void addRun(List<String> run, boolean named, Set<String> out) {
        if (!named) {
            return;
        }
        for (int from = 0; from < run.size(); from++) {
            out.add(String.join(" ", run.subList(from, run.size())));
        }
    }

    /** Whether the word at {@code start} opens the text, a line, a sentence, a quotation or a bracket. */
    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
