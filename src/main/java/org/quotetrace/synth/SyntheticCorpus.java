package org.quotetrace.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quotetrace.corpus.InputException;

/**
 * Generates a synthetic news corpus with known truth ({@code quotetrace synth}): invented stories,
 * each told by a press release and several outlets that reproduce its statements faithfully or
 * not, plus gold annotations in the format of {@code ../shared/eval}, so that
 * {@code score.py --gold OUT/gold --texts OUT/texts} scores a ledger built from {@code OUT/texts}.
 *
 * <p>Output: {@code OUT/texts/*.txt} and {@code OUT/texts/manifest.csv}; {@code OUT/gold/*.json},
 * {@code OUT/gold/speakers.json}, {@code OUT/gold/statements.json}. The same article count and
 * seed give byte-identical output. Generation streams story by story: memory does not grow with
 * the number of articles.
 */
public final class SyntheticCorpus {

    /** The smallest and largest article counts accepted. */
    public static final int MIN_ARTICLES = 1;
    public static final int MAX_ARTICLES = 10_000_000;

    /** What a generation produced. */
    public record Summary(int articles, int stories, int sources, long goldQuotes, long statements, long speakers,
                          long textChars) {
        @Override
        public String toString() {
            return articles + " articles (" + sources + " press releases) in " + stories + " stories, "
                    + goldQuotes + " gold quotes, " + statements + " statements, " + speakers + " speakers, "
                    + textChars + " characters of text";
        }
    }

    private SyntheticCorpus() {
    }

    /** Writes a corpus of {@code articles} articles generated from {@code seed} into {@code out}. */
    public static Summary generate(int articles, long seed, Path out) throws IOException {
        if (articles < MIN_ARTICLES || articles > MAX_ARTICLES) {
            throw new InputException("--articles must be between " + MIN_ARTICLES + " and " + MAX_ARTICLES
                    + ", got " + articles);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException(out + ": exists and is not a folder");
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> listing = Files.list(out)) {
                if (listing.findAny().isPresent()) {
                    throw new InputException(out + ": folder is not empty; synth writes only into a new or empty folder");
                }
            }
        }
        Path texts = out.resolve("texts");
        Path gold = out.resolve("gold");
        Files.createDirectories(texts);
        Files.createDirectories(gold);

        SynthPools pools = SynthPools.standard();
        InventedNames names = new InventedNames(pools);
        StoryFactory factory = new StoryFactory(pools, names, seed);
        ArticleComposer composer = new ArticleComposer(pools, factory, names);
        List<String> outlets = pools.section("outlets");

        int written = 0;
        int stories = 0;
        int sources = 0;
        long quotes = 0;
        long statementCount = 0;
        long speakerCount = 0;
        long chars = 0;
        try (Writer manifestWriter = Files.newBufferedWriter(texts.resolve("manifest.csv"), StandardCharsets.UTF_8);
             CSVPrinter manifest = new CSVPrinter(manifestWriter, CSVFormat.RFC4180.builder()
                     .setHeader("file", "outlet", "url", "published", "role").build());
             GoldWriter goldWriter = new GoldWriter(gold)) {
            while (written < articles) {
                SynthRandom rng = SynthRandom.forStory(seed, stories);
                Story story = factory.next(stories, rng);
                int count = Math.min(articles - written, rng.between(4, 12));
                List<SynthArticle> batch = composer.compose(story, count, rng, outlets);
                Set<String> carried = new HashSet<>();
                Set<SynthSpeaker> speakers = new LinkedHashSet<>();
                for (SynthArticle article : batch) {
                    Files.writeString(texts.resolve(article.file()), article.text(), StandardCharsets.UTF_8);
                    manifest.printRecord(article.file(), article.outlet(), article.url(), article.published(), article.role());
                    goldWriter.article(article);
                    for (GoldQuote quote : article.quotes()) {
                        carried.addAll(quote.statements());
                    }
                    speakers.addAll(article.voxPops());
                    quotes += article.quotes().size();
                    chars += article.text().length();
                    if (article.role().equals("source")) {
                        sources++;
                    }
                }
                for (SynthSpeaker speaker : story.speakers()) {
                    goldWriter.speaker(speaker);
                    speakerCount++;
                }
                for (SynthSpeaker speaker : speakers) {
                    goldWriter.speaker(speaker);
                    speakerCount++;
                }
                for (SynthStatement statement : story.statements()) {
                    if (carried.contains(statement.id())) {
                        goldWriter.statement(statement, ArticleComposer.referenceFile(story, statement),
                                "story " + story.number() + ", " + statement.speaker().kind().name().toLowerCase(java.util.Locale.ROOT));
                        statementCount++;
                    }
                }
                written += batch.size();
                stories++;
            }
        }
        return new Summary(written, stories, sources, quotes, statementCount, speakerCount, chars);
    }
}
