package org.quotetrace.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.corpus.InputException;

class SyntheticCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    /** One modest corpus shared by the checks below. */
    static Path corpus;
    static Map<String, String> texts;
    static Map<String, JsonNode> gold;
    static JsonNode speakers;
    static JsonNode statements;
    static List<Map<String, String>> manifest;

    @BeforeAll
    static void generate() throws IOException {
        corpus = tmp.resolve("c200");
        SyntheticCorpus.Summary summary = SyntheticCorpus.generate(200, 11, corpus);
        assertThat(summary.articles()).isEqualTo(200);
        texts = new TreeMap<>();
        gold = new TreeMap<>();
        try (Stream<Path> files = Files.list(corpus.resolve("texts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        for (String name : texts.keySet()) {
            gold.put(name, JSON.readTree(corpus.resolve("gold").resolve(name + ".json").toFile()));
        }
        speakers = JSON.readTree(corpus.resolve("gold/speakers.json").toFile());
        statements = JSON.readTree(corpus.resolve("gold/statements.json").toFile());
        manifest = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus.resolve("texts/manifest.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            manifest.add(Map.of("file", cells[0], "role", cells[cells.length - 1]));
        }
    }

    @Test
    void writesExactlyTheRequestedArticlesWithManifestAndGold() {
        assertThat(texts).hasSize(200);
        assertThat(manifest).hasSize(200);
        assertThat(gold).hasSize(200);
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        SyntheticCorpus.generate(60, 5, a);
        SyntheticCorpus.generate(60, 5, b);
        SyntheticCorpus.generate(60, 6, c);
        Map<String, byte[]> first = allFiles(a);
        Map<String, byte[]> second = allFiles(b);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String name : first.keySet()) {
            assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        }
        Map<String, byte[]> other = allFiles(c);
        List<String> shared = first.keySet().stream().filter(other::containsKey).filter(n -> n.endsWith(".txt")).toList();
        assertThat(shared).hasSizeGreaterThan(20);
        assertThat(shared).allMatch(name -> !java.util.Arrays.equals(first.get(name), other.get(name)));
    }

    @Test
    void goldSpansAndNthPointAtTheQuotedText() {
        int checked = 0;
        for (var entry : gold.entrySet()) {
            String text = texts.get(entry.getKey());
            for (JsonNode q : entry.getValue().get("quotes")) {
                String words = q.get("text").asText();
                int start = q.get("char_start").asInt();
                int end = q.get("char_end").asInt();
                assertThat(text.substring(start, end)).isEqualTo(words);
                assertThat(nthOccurrence(text, words, q.get("nth").asInt())).as(words).isEqualTo(start);
                assertThat(words).isEqualTo(words.strip()).isNotEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void goldReferencesKnownSpeakersAndStatements() {
        for (JsonNode article : gold.values()) {
            for (JsonNode q : article.get("quotes")) {
                String speaker = q.get("speaker").asText();
                assertThat(speakers.has(speaker)).as(speaker).isTrue();
                for (JsonNode id : q.get("statements")) {
                    assertThat(statements.has(id.asText())).as(id.asText()).isTrue();
                }
            }
        }
        statements.fields().forEachRemaining(e -> {
            String source = e.getValue().get("source").asText();
            assertThat(texts).containsKey(source);
            assertThat(texts.get(source)).contains(e.getValue().get("text").asText());
            assertThat(speakers.has(e.getValue().get("speaker").asText())).isTrue();
        });
        speakers.fields().forEachRemaining(e -> {
            String name = e.getValue().get("name").asText();
            boolean any = false;
            for (JsonNode pattern : e.getValue().get("match")) {
                any |= Pattern.compile(pattern.asText(), Pattern.CASE_INSENSITIVE).matcher(name).matches();
            }
            assertThat(any).as("a pattern of %s matches its display name %s", e.getKey(), name).isTrue();
        });
    }

    @Test
    void fidelityLabelsAgreeWithTheWordsReproduced() {
        for (JsonNode article : gold.values()) {
            for (JsonNode q : article.get("quotes")) {
                if (q.get("statements").size() != 1) {
                    continue;
                }
                String reference = statements.get(q.get("statements").get(0).asText()).get("text").asText();
                String words = q.get("text").asText();
                String bare = words.replaceAll("[.,]$", "");
                String referenceBare = reference.replaceAll("[.,]$", "");
                switch (q.get("fidelity").asText()) {
                    case "original", "verbatim" -> assertThat(bare).isEqualTo(referenceBare);
                    case "fragment" -> assertThat(reference).contains(bare).isNotEqualTo(words);
                    case "edited" -> assertThat(words).containsAnyOf("...", "…", "[");
                    case "altered" -> assertThat(bare).isNotEqualTo(referenceBare);
                    case "paraphrase" -> assertThat(q.get("kind").asText()).isEqualTo("indirect");
                    default -> throw new AssertionError("unknown fidelity " + q);
                }
            }
        }
    }

    @Test
    void everyTruthClassAndSurfaceFormIsPresent() {
        Map<String, Integer> fidelities = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> cues = new HashSet<>();
        Set<String> mentions = new HashSet<>();
        int misattributed = 0;
        int untracked = 0;
        int multiStatement = 0;
        int reuseInArticles = 0;
        Set<String> sources = new HashSet<>();
        manifest.stream().filter(m -> m.get("role").equals("source")).forEach(m -> sources.add(m.get("file")));
        for (var entry : gold.entrySet()) {
            for (JsonNode q : entry.getValue().get("quotes")) {
                fidelities.merge(q.get("fidelity").asText(), 1, Integer::sum);
                kinds.merge(q.get("kind").asText(), 1, Integer::sum);
                cues.add(q.get("cue").asText());
                mentions.add(q.get("mention").asText());
                if (q.get("statements").isEmpty()) {
                    untracked++;
                } else {
                    String realSpeaker = statements.get(q.get("statements").get(0).asText()).get("speaker").asText();
                    if (!realSpeaker.equals(q.get("speaker").asText())) {
                        misattributed++;
                    }
                }
                if (q.get("statements").size() > 1) {
                    multiStatement++;
                }
                if (q.get("kind").asText().equals("reuse") && !sources.contains(entry.getKey())) {
                    reuseInArticles++;
                }
            }
        }
        assertThat(fidelities.keySet()).contains("original", "verbatim", "fragment", "edited", "altered", "paraphrase");
        assertThat(kinds.keySet()).contains("direct", "indirect", "reuse");
        assertThat(fidelities.values()).allMatch(n -> n >= 10);
        assertThat(misattributed).isGreaterThan(5);
        assertThat(untracked).isGreaterThan(5);
        assertThat(multiStatement).isGreaterThan(5);
        assertThat(reuseInArticles).isGreaterThan(5);
        assertThat(sources).isNotEmpty();
        assertThat(cues).contains("said", "told", "According to", "added", "");
        assertThat(mentions).contains("She", "He").anyMatch(m -> m.startsWith("the spokes") || m.startsWith("The spokes"));
        String all = String.join("\n", texts.values());
        assertThat(all).contains("“", "\"", "Read next", "By ", "Leave a comment");
        // a quote running over two paragraphs: an opening mark whose paragraph has no closing mark
        assertThat(texts.values()).anyMatch(t -> Pattern.compile("(?m)^[^\\n]*: [“\"][^”\"\\n]+\\n\\n[“\"]").matcher(t).find());
    }

    @Test
    void refusesANonEmptyFolderAndABadCount() throws IOException {
        Path used = tmp.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> SyntheticCorpus.generate(10, 1, used)).isInstanceOf(InputException.class)
                .hasMessageContaining("not empty");
        assertThatThrownBy(() -> SyntheticCorpus.generate(0, 1, tmp.resolve("zero"))).isInstanceOf(InputException.class);
        assertThat(Files.readString(used.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void inventedNamesAreDistinct() {
        InventedNames names = new InventedNames(SynthPools.standard());
        Set<String> seen = new HashSet<>();
        for (long n = 0; n < 200_000; n++) {
            assertThat(seen.add(names.surname(n))).as("surname %d", n).isTrue();
        }
        seen.clear();
        for (long n = 0; n < 150_000; n++) {
            assertThat(seen.add(names.place(n))).as("place %d", n).isTrue();
        }
    }

    @Test
    void statementsNameTheirStoryAndCanAlmostAlwaysBeMisquoted() {
        SynthPools pools = SynthPools.standard();
        StoryFactory factory = new StoryFactory(pools, new InventedNames(pools), 1);
        int total = 0;
        int alterable = 0;
        for (int n = 0; n < 300; n++) {
            Story story = factory.next(n, SynthRandom.forStory(1, n));
            for (SynthStatement s : story.statements()) {
                assertThat(s.direct()).as("statement names its place").contains(story.place());
                assertThat(s.direct()).doesNotContain("{", "}", "[", "]", "~");
                assertThat(s.reported()).doesNotContain("{", "}", "[", "]", "~");
                total++;
                if (s.altered() != null) {
                    assertThat(s.altered()).isNotEqualTo(s.direct()).contains(story.place());
                    alterable++;
                }
            }
        }
        assertThat(alterable).isGreaterThan(total * 95 / 100);
    }

    @Test
    void statementsOfDifferentStoriesAreNotNearDuplicates() {
        List<String[]> all = new ArrayList<>();
        statements.fields().forEachRemaining(e -> all.add(new String[] {e.getKey().substring(0, 7),
                e.getValue().get("text").asText()}));
        int similar = 0;
        int pairs = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (!all.get(i)[0].equals(all.get(j)[0])) {
                    pairs++;
                    if (wordJaccard(all.get(i)[1], all.get(j)[1]) >= 0.6) {
                        similar++;
                    }
                }
            }
        }
        assertThat(pairs).isGreaterThan(1000);
        // measured: about 0.35% of cross-story pairs at 200 articles; see README "Speed and scale"
        assertThat(similar).as("cross-story statement pairs with word Jaccard >= 0.6").isLessThan(pairs / 200);
    }

    private static double wordJaccard(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.toLowerCase().split("\\W+")));
        Set<String> y = new HashSet<>(List.of(b.toLowerCase().split("\\W+")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    static int nthOccurrence(String text, String words, int nth) {
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = text.indexOf(words, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    private static Map<String, byte[]> allFiles(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
