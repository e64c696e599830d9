package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.pipeline.CorpusPipeline;

/**
 * Story context on small invented corpora: a stock phrase that names nothing links only within
 * the story whose articles share a rare name, never across unrelated stories; a long verbatim
 * copy links whatever the context.
 */
class StoryContextTest {

    private final CorpusStatementLinker linker = CorpusStatementLinker.standard();

    private LinkResult link(List<Article> articles) {
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(), linker, 1);
        List<ArticleAnalysis> analyses = pipeline.analyzeAll(articles);
        return linker.linkCorpus(analyses, pipeline.attributedRows(analyses)).result();
    }

    private static LedgerRow quote(LinkResult result, String articleId, String startsWith) {
        return result.rows().stream()
                .filter(r -> r.articleId().equals(articleId) && r.kind().equals("direct") && r.text().startsWith(startsWith))
                .findFirst().orElseThrow();
    }

    private static final String FULL = "We know the ferry matters to people in %s, and we will fix it as soon as the weather allows.";

    private static Article article(String id, String place, String speaker, String text) {
        return new Article(id, "Outlet " + id, "", "2025-03-0" + (id.length() % 9 + 1), "article",
                "News from " + place + "\n\nThe ferry to " + place + " has not run since Monday.\n\n" + text + "\n\n"
                        + "Residents of " + place + " say the delays have cost them dearly, " + speaker + " was told.\n");
    }

    private static List<Article> twoStories() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("a1.txt", "Quellmoor", "Rhona Taskett",
                "Rhona Taskett, chair of the Quellmoor Ferry Trust, said: \u201C" + FULL.formatted("Quellmoor") + "\u201D"));
        articles.add(article("a2.txt", "Quellmoor", "Rhona Taskett",
                "\u201CWe will fix it as soon as the weather allows,\u201D a neighbour quoted the trust as saying."));
        articles.add(article("b1.txt", "Dornwick", "Ivo Brannock",
                "Ivo Brannock, head of the Dornwick Harbour Board, said: \u201C" + FULL.formatted("Dornwick") + "\u201D"));
        articles.add(article("b2.txt", "Dornwick", "Ivo Brannock",
                "\u201CWe will fix it as soon as the weather allows,\u201D a neighbour quoted the trust as saying."));
        return articles;
    }

    @Test
    void articlesShareStoryContextThroughARareNameOnly() {
        List<Passage> passages = new ArrayList<>();
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(), linker, 1);
        List<ArticleAnalysis> analyses = pipeline.analyzeAll(twoStories());
        passages.addAll(linker.passages(analyses, pipeline.attributedRows(analyses)));
        StoryContext context = StoryContext.of(passages);
        Passage a1 = first(passages, "a1.txt");
        Passage a2 = first(passages, "a2.txt");
        Passage b1 = first(passages, "b1.txt");
        assertThat(context.related(a1, a2)).isTrue();
        assertThat(context.related(a1, b1)).isFalse();
        assertThat(context.related(a1, a1)).isTrue();
    }

    @Test
    void aNameManyArticlesPrintMarksNoStoryHoweverLargeTheArchive() {
        // 10,200 briefs, each naming a town of its own; 101 of them also print the same project name
        // (a standard phrase of every story of one kind): 1% of this archive, but more than one story prints
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < 10_200; i++) {
            String town = "Wel" + letters(i) + "ford";
            String text = "Work in " + town + " starts soon."
                    + (i < 101 ? " The project was branded Operation Harbour Wall in planning documents." : "");
            passages.add(new Passage(i, "n" + i + ".txt", text, 0, text.length(), Passage.Source.FREE, -1,
                    List.of(new Word("work", "work", true, false, 0, 4)), false));
        }
        StoryContext context = StoryContext.of(passages);
        // both print the project name, nothing else in common: two stories, not one
        assertThat(context.related(passages.get(0), passages.get(1))).isFalse();
        // a name few articles print still marks a story
        List<Passage> two = List.of(passages.get(0), passages.get(1));
        assertThat(StoryContext.of(two).related(two.get(0), two.get(1))).isTrue();
    }

    /** {@code n} written in the letters a to z (a distinct made-up syllable run for each number). */
    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        do {
            out.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return out.toString();
    }

    @Test
    void namesAreRunsOfCapitalisedWordsWithTheirShorterEndings() {
        assertThat(StoryContext.names("Storm news\n\nTreasurer Mary Quinn said on Monday: \u201CThe Quellmoor ferry runs.\u201D"))
                .containsExactlyInAnyOrder("treasurer mary quinn", "mary quinn", "quinn", "the quellmoor", "quellmoor");
        assertThat(StoryContext.names("Quinn said the ferry runs. Work starts on Monday.")).isEmpty();
    }

    private static Passage first(List<Passage> passages, String articleId) {
        return passages.stream().filter(p -> p.articleId().equals(articleId)).findFirst().orElseThrow();
    }

    @Test
    void aStockExcerptLinksWithinItsStoryButNotAcrossUnrelatedStories() {
        LinkResult result = link(twoStories());
        List<String> a1 = quote(result, "a1.txt", "We know").statementIds();
        List<String> a2 = quote(result, "a2.txt", "We will fix").statementIds();
        List<String> b1 = quote(result, "b1.txt", "We know").statementIds();
        List<String> b2 = quote(result, "b2.txt", "We will fix").statementIds();
        assertThat(a2).isNotEmpty().allMatch(a1::contains);
        assertThat(b2).isNotEmpty().allMatch(b1::contains);
        assertThat(a2).doesNotContainAnyElementsOf(b1);
        assertThat(b2).doesNotContainAnyElementsOf(a1);
    }

    @Test
    void aLongVerbatimRunIsStrongEvidenceWithoutSharedNames() {
        Passage a = passage("a.txt", "the council will keep the old ferry running every day until the new boat arrives next year");
        Passage b = passage("b.txt", "he said the council will keep the old ferry running every day until the new boat arrives");
        Passage c = passage("c.txt", "and we will fix it as soon as the weather allows");
        Passage d = passage("d.txt", "and we will fix it as soon as the weather allows");
        assertThat(StoryContextCandidates.strong(a, b)).isTrue();
        assertThat(StoryContextCandidates.strong(c, d)).isFalse();
    }

    private static Passage passage(String articleId, String text) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            words.add(new Word(w, w, w.length() > 3, false, at, at + w.length()));
            at += w.length() + 1;
        }
        return new Passage(0, articleId, text, 0, text.length(), Passage.Source.DIRECT, 0, words, true);
    }
}
