package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.pipeline.ArticleAnalysis;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.pipeline.CorpusPipeline;

/** Copies between articles ({@link ArticleCopies}) found directly from the versions they share, on small invented corpora. */
class ArticleCopiesTest {

    private static final String FIRST = "The Kestrel Valley museum will close its east wing for nine weeks from 4 June "
            + "while contractors replace the leaking glass roof.";
    private static final String SECOND = "Visitors can still reach the fossil hall through the north entrance on "
            + "Millbrook Lane every day of the closure.";
    private static final String THIRD = "The new roof on the east wing should be finished by the end of August, "
            + "weather permitting, and the fossil hall stays open.";

    /** The copies among {@code articles}, after analysing them and joining versions of one sentence. */
    private static ArticleCopies copies(List<Article> articles, Predicate<String> primarySource) {
        return grouped(articles, primarySource).copies();
    }

    /** The passages of a small corpus, their versions of one sentence and the copies among its articles. */
    private record Grouped(List<Passage> passages, VersionGroups versions, ArticleCopies copies) {

        /** The group of the passage of {@code articleId} whose text starts with {@code start}. */
        int groupOf(String articleId, String start) {
            Passage p = passages.stream().filter(q -> q.articleId().equals(articleId) && q.surface().startsWith(start))
                    .findFirst().orElseThrow(() -> new AssertionError("no passage '" + start + "' in " + articleId));
            return versions.groupOf(p.id());
        }
    }

    private static Grouped grouped(List<Article> articles, Predicate<String> primarySource) {
        CorpusStatementLinker linker = CorpusStatementLinker.standard();
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(), linker, 1);
        List<ArticleAnalysis> analyses = new ArrayList<>(pipeline.analyzeAll(articles));
        analyses.sort(Comparator.comparing(a -> a.article().id()));
        List<Passage> passages = linker.passages(analyses, pipeline.attributedRows(analyses));
        PassageGraph graph = PassageGraph.build(passages, new PassageComparer(WordNetSynonyms.shared()));
        VersionGroups versions = VersionGroups.join(graph, new FidelityGrader());
        return new Grouped(passages, versions, ArticleCopies.find(graph, versions, primarySource));
    }

    /** A release and two outlets that each print all of it as their own text. */
    private static List<Article> releaseAndTwoReprints() {
        String release = FIRST + "\n\n" + SECOND + "\n\n" + THIRD + "\n";
        return List.of(
                new Article("r0.txt", "Kestrel Valley Museum", "", "2025-05-02", "source", "East wing to close\n\n" + release),
                new Article("r1.txt", "Dale Courier", "", "2025-05-03", "article", "Museum wing to shut\n\n" + release),
                new Article("r2.txt", "Valley Radio", "", "2025-05-03", "article", "Roof repairs at museum\n\n" + release),
                new Article("u1.txt", "Shire Radio", "", "2025-05-03", "article",
                        "Bus fares\n\nBus fares in the county will rise by ten pence on every route from the first of July, "
                                + "the transport board announced on Monday.\n"));
    }

    @Test
    void articlesThatPrintTheSameSentencesAreCopiesOfOneStory() {
        ArticleCopies copies = copies(releaseAndTwoReprints(), article -> false);
        assertThat(copies.copies("r1.txt", "r2.txt")).isTrue();
        assertThat(copies.copies("r2.txt", "r1.txt")).isTrue();
        assertThat(copies.copies("r1.txt", "r1.txt")).isTrue();
        assertThat(copies.copies("r1.txt", "u1.txt")).isFalse();
        // with no primary source known, the two reprints are copies also beyond sources
        assertThat(copies.copiesBeyondSources("r1.txt", "r2.txt")).isTrue();
    }

    @Test
    void twoOutletsThatEachReprintAPrimarySourceAreNoCopiesBeyondIt() {
        ArticleCopies copies = copies(releaseAndTwoReprints(), Set.of("r0.txt")::contains);
        assertThat(copies.copies("r1.txt", "r2.txt")).isTrue();
        // each copies the release, not the other
        assertThat(copies.copiesBeyondSources("r1.txt", "r2.txt")).isFalse();
        // an outlet and the release it reprints share no third source
        assertThat(copies.copiesBeyondSources("r0.txt", "r1.txt")).isTrue();
    }

    @Test
    void sentencesRetoldWithOtherFiguresMakeNoCopiesBeyondSources() {
        // both print one petition sentence, each with its own count, and quote the same councillor
        String quote = "Families on Brackley Road have waited two summers for this pool and they deserve an apology";
        String petition = "An online petition calling for the Ashford lido to reopen before the summer holidays "
                + "had gathered more than %s signatures by Wednesday.";
        List<Article> articles = List.of(
                new Article("a1.txt", "Ashford Weekly", "", "2025-06-02", "article", "Lido to reopen\n\n"
                        + petition.formatted("702") + "\n\n\u201c" + quote + ",\u201d said Councillor Petra Lunde.\n"),
                new Article("b1.txt", "Shire Radio", "", "2025-06-02", "article", "Pool news\n\n"
                        + petition.formatted("8021") + "\n\n\u201c" + quote + ",\u201d said Councillor Petra Lunde.\n"));
        ArticleCopies copies = copies(articles, article -> false);
        assertThat(copies.copies("a1.txt", "b1.txt")).isTrue();
        // a copy reprints words, not a version of them with other figures
        assertThat(copies.copiesBeyondSources("a1.txt", "b1.txt")).isFalse();
    }

    @Test
    void aSentenceThatOnlyCopiesCarryHasOneIndependentOutlet() {
        List<Article> articles = new ArrayList<>(releaseAndTwoReprints());
        articles.add(new Article("q1.txt", "Evening Post", "", "2025-05-04", "article",
                "Museum closure\n\nThe director said: \u201c" + FIRST + "\u201d\n\nThe museum opened in 1951.\n"));
        Grouped grouped = grouped(articles, article -> false);
        int second = grouped.groupOf("r1.txt", "Visitors can still");
        assertThat(grouped.versions().members(second)).hasSize(3);
        assertThat(grouped.copies().families(second)).isEqualTo(1);
        // the first sentence is also quoted by an outlet that copies nothing else
        int first = grouped.groupOf("r1.txt", "The Kestrel Valley museum");
        assertThat(grouped.groupOf("q1.txt", "The Kestrel Valley museum")).isEqualTo(first);
        assertThat(grouped.copies().families(first)).isEqualTo(2);
    }
}
