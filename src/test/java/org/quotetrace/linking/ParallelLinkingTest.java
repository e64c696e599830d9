package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.pipeline.Quotetrace;
import org.quotetrace.synth.SyntheticCorpus;

/** Linking on several threads gives every output file byte for byte as on one. */
class ParallelLinkingTest {

    @Test
    void resultsComeBackInInputOrderWhateverTheThreads() {
        List<Integer> squares = ParallelWork.map(5000, 2, i -> i * i);
        assertThat(squares).isEqualTo(IntStream.range(0, 5000).mapToObj(i -> i * i).toList());
        assertThatThrownBy(() -> ParallelWork.map(5000, 2, i -> {
            if (i == 4321) {
                throw new IllegalArgumentException("bad item");
            }
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item");
    }

    @Test
    void oneAndTwoThreadsWriteIdenticalFiles(@TempDir Path dir) throws IOException {
        SyntheticCorpus.generate(60, 3, dir.resolve("corpus"));
        var articles = new CorpusReader().read(dir.resolve("corpus").resolve("texts")).articles();
        Quotetrace.standard(1).build(articles, dir.resolve("one"));
        Quotetrace.standard(2).build(articles, dir.resolve("two"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("one"))) {
            files = walk.filter(Files::isRegularFile).map(dir.resolve("one")::relativize).sorted().toList();
        }
        assertThat(files).contains(Path.of("ledger.csv"), Path.of("statements.csv"));
        for (Path file : files) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(file)))
                    .as(file.toString()).isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
        }
        // the corpus is large enough for the work to be shared out (more passages than one chunk)
        assertThat(Files.readAllLines(dir.resolve("one").resolve("ledger.csv")).size()).isGreaterThan(200);
    }
}
