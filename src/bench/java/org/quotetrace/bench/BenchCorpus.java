package org.quotetrace.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.synth.SyntheticCorpus;

/**
 * The corpus the JMH benchmarks run on: the folder named by the system property
 * {@code quotetrace.bench.corpus} when set (e.g. {@code seeds}), otherwise a synthetic corpus of
 * {@code quotetrace.bench.articles} articles (default 200, seed 1) generated into a temporary folder.
 */
final class BenchCorpus {

    private BenchCorpus() {
    }

    static List<Article> load() throws IOException {
        String folder = System.getProperty("quotetrace.bench.corpus");
        if (folder != null && !folder.isBlank()) {
            return new CorpusReader().read(Path.of(folder)).articles();
        }
        int count = Integer.getInteger("quotetrace.bench.articles", 200);
        Path tmp = Files.createTempDirectory("quotetrace-jmh");
        try {
            SyntheticCorpus.generate(count, 1, tmp.resolve("corpus"));
            return new CorpusReader().read(tmp.resolve("corpus/texts")).articles();
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static long utf8Bytes(Article article) {
        return article.text().getBytes(StandardCharsets.UTF_8).length;
    }
}
