package org.quotetrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.index.AnalysisStore;
import org.quotetrace.index.LedgerFolder;
import org.quotetrace.linking.CorpusStatementLinker;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.UnlinkedStatements;
import org.quotetrace.synth.SyntheticCorpus;

/**
 * {@code build} streams the whole analyses to disk as they come and links analyses without their
 * annotation, with passages cut where each article was analysed: its files must be byte for byte
 * those of linking and writing the whole analyses held in memory.
 */
class StreamedBuildTest {

    @TempDir
    static Path dir;
    private static List<Article> articles;

    @BeforeAll
    static void corpus() throws IOException {
        SyntheticCorpus.generate(40, 9, dir.resolve("corpus"));
        articles = new ArrayList<>(new CorpusReader().read(dir.resolve("corpus").resolve("texts")).articles());
        articles.sort(Comparator.comparing(Article::id));
    }

    @Test
    void streamedBuildWritesWhatLinkingTheWholeAnalysesWrites() throws IOException {
        Path streamed = dir.resolve("streamed");
        Quotetrace.standard(2).build(articles, streamed);

        Path whole = dir.resolve("whole");
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(),
                new UnlinkedStatements(), 2);
        List<ArticleAnalysis> analyses = pipeline.analyzeAll(articles);
        CorpusStatementLinker linker = CorpusStatementLinker.standard(2);
        LinkResult result = linker.linkCorpus(analyses, CorpusPipeline.attributedRows(analyses, new SpeakerRegistry()))
                .result();
        new LedgerFolder(whole).write(analyses, result);

        assertThat(result.statements()).as("the corpus links something").isNotEmpty();
        for (String file : List.of(LedgerFolder.LEDGER, AnalysisStore.FILE_NAME, "verify-index.bin")) {
            assertThat(Files.readAllBytes(streamed.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(whole.resolve(file)));
        }
        assertThat(AnalysisStore.read(streamed)).hasSize(articles.size());
        try (Stream<Path> files = Files.list(streamed)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void analysesComeInArticleOrderWhateverTheThreads() throws IOException {
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(),
                new UnlinkedStatements(), 2);
        List<String> seen = new ArrayList<>();
        List<Article> some = articles.subList(0, 12);
        pipeline.analyzeInOrder(some, analysis -> analysis.article().id(), seen::add);
        assertThat(seen).isEqualTo(some.stream().map(Article::id).toList());
    }

    @Test
    void anUncommittedAnalysesFileLeavesTheOldOneAndNoTemporaryFile() throws IOException {
        Path folder = dir.resolve("uncommitted");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(AnalysisStore.FILE_NAME), "old");
        CorpusPipeline pipeline = new CorpusPipeline(ArticleAnalyzer.standard(), new SpeakerRegistry(),
                new UnlinkedStatements(), 1);
        assertThatThrownBy(() -> {
            try (AnalysisStore.Writer writer = AnalysisStore.writer(folder)) {
                pipeline.analyzeInOrder(articles.subList(0, 3), analysis -> analysis, analysis -> {
                    writer.add(analysis);
                    if (writer.count() == 2) {
                        throw new IOException("disk full");
                    }
                });
                writer.commit();
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(folder.resolve(AnalysisStore.FILE_NAME))).isEqualTo("old");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }
}
