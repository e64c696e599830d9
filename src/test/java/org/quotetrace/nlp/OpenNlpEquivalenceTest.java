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
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.synth.SyntheticCorpus;

/**
 * The annotator's faster tokenizer, tagger and lemmatizer give exactly what OpenNLP's own
 * TokenizerME, POSTaggerME and LemmatizerME give with the same models (after the annotator's
 * {@link NameTagRepair} of misread names, applied to both).
 */
class OpenNlpEquivalenceTest {

    /** Awkward text of our own: clitics, abbreviations, numbers, dashes, URLs, capitals, odd characters. */
    private static final String AWKWARD = String.join("\n",
            "She'd said THE 3 ex-ministers weren't leaving -- \"never,\" they'd insisted; 12,000 voters disagreed.",
            "Running runs ran; the mice's geese were lying on the leaves by the dwarves' wolves.",
            "The U.S.-based firm (est. 1998) e-mailed info@example.org at 9:30 a.m. on Jan. 5 — \u201cOK?\u201d",
            "Dr. O'Neill-Smith's 'quick' review cost $4.5m (\u00a33.2m), i.e. 40% more than the '90s plan\u2026",
            "Prices rose 3.5%... Why? Because!!! See https://example.com/a?b=c&d=e #news @desk \uD83D\uDE00 caf\u00e9 na\u00efve",
            "\u201cWe will not,\u201d said Ms. Varga. \u2018Never,\u2019 she added, \u201cnot while I\u2019m here.\u201d");

    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void corpus(@TempDir Path dir) throws IOException {
        SyntheticCorpus.generate(40, 7, dir);
        try (Stream<Path> files = Files.list(dir.resolve("texts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                TEXTS.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        TEXTS.add(AWKWARD);
    }

    @Test
    void sameTokensTagsAndLemmasAsOpenNlp() {
        NlpModels models = NlpModels.shared();
        Annotator annotator = models.annotator();
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        POSTaggerME tagger = new POSTaggerME(models.posModel());
        LemmatizerME lemmatizer = new LemmatizerME(models.lemmatizerModel());
        int compared = 0;
        for (String text : TEXTS) {
            for (Sentence sentence : annotator.annotate(text).sentences()) {
                String plain = text.substring(sentence.start(), sentence.end());
                Span[] spans = tokenizer.tokenizePos(plain);
                String[] words = Arrays.stream(spans).map(s -> s.getCoveredText(plain).toString()).toArray(String[]::new);
                assertThat(sentence.tokens()).hasSize(spans.length);
                String[] tags = tagger.tag(words);
                NameTagRepair.repair(words, tags); // the annotator's one deliberate change to OpenNLP's tags
                String[] lemmas = lemmatizer.lemmatize(words, tags);
                for (int i = 0; i < spans.length; i++) {
                    Token token = sentence.tokens().get(i);
                    assertThat(token.start() - sentence.start()).as(plain).isEqualTo(spans[i].getStart());
                    assertThat(token.end() - sentence.start()).as(plain).isEqualTo(spans[i].getEnd());
                    assertThat(token.text()).isEqualTo(words[i]);
                    assertThat(token.pos()).as("tag of %s in %s", words[i], plain).isEqualTo(tags[i]);
                    assertThat(token.lemma()).as("lemma of %s in %s", words[i], plain).isEqualTo(lemmas[i]);
                }
                compared += spans.length;
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
                assertThat(FastBeamSearch.kthLargest(values, k)).as(Arrays.toString(values) + " k=" + k)
                        .isEqualTo(sorted[Math.max(0, sorted.length - k)]);
            }
        }
    }
}
