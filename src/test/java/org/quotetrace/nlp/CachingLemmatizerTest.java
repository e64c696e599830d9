package org.quotetrace.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.synth.SyntheticCorpus;

/** The caching lemmatizer gives exactly the lemmas of OpenNLP's own LemmatizerME. */
class CachingLemmatizerTest {

    @Test
    void sameLemmasAsLemmatizerMeOnVariedText(@TempDir Path dir) throws IOException {
        SyntheticCorpus.generate(40, 7, dir);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("texts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        texts.add("She'd said THE 3 ex-ministers weren't leaving -- \"never,\" they'd insisted; 12,000 voters disagreed.\n"
                + "Running runs ran; the mice's geese were lying on the leaves by the dwarves' wolves.");
        NlpModels models = NlpModels.shared();
        Annotator annotator = models.annotator();
        CachingLemmatizer caching = new CachingLemmatizer(models.lemmatizerModel());
        LemmatizerME reference = new LemmatizerME(models.lemmatizerModel());
        int compared = 0;
        for (String text : texts) {
            for (Sentence sentence : annotator.annotate(text).sentences()) {
                String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] tags = sentence.tokens().stream().map(Token::pos).toArray(String[]::new);
                String[] expected = reference.lemmatize(words, tags);
                assertThat(caching.lemmatize(words, tags)).as(String.join(" ", words)).containsExactly(expected);
                // the annotator's own lemmas are the reference lemmas too (sentences here are shorter than a tag window)
                assertThat(sentence.tokens().stream().map(Token::lemma).toArray(String[]::new)).containsExactly(expected);
                compared += words.length;
            }
        }
        assertThat(compared).isGreaterThan(5000);
    }

    @Test
    void kthLargestCountsDuplicatesLikeASortedCopy() {
        double[][] cases = {{5, 5, 5, 1}, {1, 2, 3, 4, 5}, {0.2}, {0.3, 0.1}, {0.1, 0.9, 0.9, 0.4, 0.9, 0.05}, {3, 1, 2, 2, 2}};
        for (double[] values : cases) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int k = 1; k <= 4; k++) {
                assertThat(CachingLemmatizer.kthLargest(values, k)).as(Arrays.toString(values) + " k=" + k)
                        .isEqualTo(sorted[Math.max(0, sorted.length - k)]);
            }
        }
    }
}
