package org.quotetrace.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.corpus.InputException;
import org.quotetrace.pipeline.Quotetrace;
import org.quotetrace.spark.SparkCorpusReader.Format;
import org.quotetrace.synth.SyntheticCorpus;

/**
 * The Spark job in local mode ({@code local[2]}) writes the same ledger.csv, statements.csv and
 * statement-index.json as {@code build} for the same articles, read from a text folder or (the seeds) from JSON lines.
 */
class SparkBuildTest {

    @TempDir
    Path dir;

    @Test
    void seedsGiveTheLedgerOfBuild() throws IOException {
        Path seeds = Path.of(System.getProperty("quotetrace.projectDir", ".")).resolve("seeds");
        Path expected = build(seeds, "build");
        Path actual = dir.resolve("spark");
        SparkBuild.Summary summary = new SparkBuild(LocalSpark.context(), 3).run(List.of(seeds.toString()), Format.AUTO,
                actual.toString());
        assertSameFiles(expected, actual);
        assertThat(summary.articles()).isEqualTo(new CorpusReader().read(seeds).articles().size());
        assertThat(Files.readString(actual.resolve("ledger.csv"))).contains("\"s-").contains("\"verbatim\"");

        Path jsonl = writeJsonLines(new CorpusReader().read(seeds).articles(), dir.resolve("seeds.jsonl"));
        Path fromJson = dir.resolve("spark-json");
        new SparkBuild(LocalSpark.context(), 2).run(List.of(jsonl.toString()), Format.AUTO, fromJson.toString());
        assertSameFiles(expected, fromJson);
    }

    @Test
    void syntheticCorpusGivesTheLedgerOfBuild() throws IOException {
        SyntheticCorpus.generate(50, 3, dir.resolve("synth"));
        Path texts = dir.resolve("synth/texts");
        Path expected = build(texts, "build");
        Path actual = dir.resolve("spark");
        new SparkBuild(LocalSpark.context(), 4).run(List.of(texts.toString()), Format.AUTO, actual.toString());
        assertSameFiles(expected, actual);

        String ledger = Files.readString(expected.resolve("ledger.csv"));
        assertThat(ledger).contains("\"reuse\"").contains("\"altered\"").contains("\"paraphrase\"");
    }

    @Test
    void badInputIsRefusedWithEveryProblemNamed() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(corpus.resolve("fine.txt"), "\"We will reopen the bridge,\" said Mayor Ada Brun.");
        Files.write(corpus.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(corpus.resolve("manifest.csv"), "file,outlet\nfine.txt,Daily\ngone.txt,Daily\n");
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> new SparkBuild(LocalSpark.context(), 2).run(List.of(corpus.toString()), Format.AUTO,
                out.toString()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("binary.txt: looks like a binary file")
                .hasMessageContaining("file 'gone.txt' does not exist");
        assertThat(out).doesNotExist();

        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("fine.txt"), "Another article of the same name.");
        assertThatThrownBy(() -> new SparkBuild(LocalSpark.context(), 2).run(List.of(other.toString(),
                dir.resolve("other").toString()), Format.TEXT, out.toString()))
                .isInstanceOf(InputException.class)
                .hasMessage("article 'fine.txt' appears 2 times in the input; article file names must be unique");
    }

    @Test
    void jsonLinesThatAreNoArticlesAreNamed() throws IOException {
        Path jsonl = dir.resolve("bad.jsonl");
        Files.writeString(jsonl, "{\"file\":\"a.txt\",\"text\":\"Fine.\"}\n\n{\"file\":\"b.txt\"}\nnot json\n");
        assertThatThrownBy(() -> new SparkBuild(LocalSpark.context(), 2).run(List.of(jsonl.toString()), Format.AUTO,
                dir.resolve("out").toString()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("a JSON line needs the strings \"file\" and \"text\": {\"file\":\"b.txt\"}")
                .hasMessageContaining("not a JSON object: not json");
    }

    private Path build(Path corpus, String name) throws IOException {
        Path out = dir.resolve(name);
        Quotetrace.standard(2).build(new CorpusReader().read(corpus).articles(), out);
        return out;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String file : SparkLedgerOutput.FILES) {
            assertThat(Files.readString(actual.resolve(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(Files.readString(expected.resolve(file), StandardCharsets.UTF_8));
        }
    }

    /** The articles as JSON lines, in reverse order (the job must not depend on input order). */
    private static Path writeJsonLines(List<Article> articles, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Article article : articles) {
            ObjectNode node = json.createObjectNode().put("file", article.id()).put("outlet", article.outlet())
                    .put("published", article.published()).put("url", article.url()).put("role", article.role())
                    .put("text", article.text());
            lines.add(0, json.writeValueAsString(node));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
