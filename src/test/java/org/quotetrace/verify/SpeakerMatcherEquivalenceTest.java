package org.quotetrace.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.MentionKind;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.attribution.SpeakerDescription;
import org.quotetrace.index.IndexedSpeaker;
import org.quotetrace.index.KnownSpeakers;
import org.quotetrace.index.VerifyIndex;
import org.quotetrace.index.VerifyIndexFile;

/**
 * The verify index hands {@link SpeakerMatcher} only the stored speakers a new article's entities
 * can reach (their key components) plus slug counts for the rest; the canonical speakers must be
 * exactly those of matching against every stored speaker. Random ledgers built from names that
 * collide in every way the registry knows: shared surnames with compatible and incompatible given
 * names, acronyms and aliases, one-word bodies that are someone's surname, nominal voices, and a
 * body and a person with the same display name (slug numbering).
 */
class SpeakerMatcherEquivalenceTest {

    @TempDir
    Path dir;

    private static final String[] GIVEN = {"Anna", "Ana", "Ann", "A.", "John", "Jon", "Jane", "Marta", ""};
    private static final String[] SURNAMES = {"Smith", "Roe", "De Bolle", "Okafor", "Webb", "Vanduett"};
    private static final String[] BODIES = {"Internet Watch Foundation", "IWF", "Europol", "Smith", "Roe",
            "National Health Service", "NHS", "New Haven Society", "Harbour Council", "HC", "Jane Roe", "Anna Smith",
            "Office for the Environment", "OE", "europol", "Webb", "John Webb", "Marta Okafor", "Ann Roe"};
    private static final String[] ROLES = {"spokesperson", "spokesman", "director", "officials", "police"};

    private static SpeakerDescription random(Random random) {
        return switch (random.nextInt(4)) {
            case 0, 1 -> {
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String surname = SURNAMES[random.nextInt(SURNAMES.length)];
                yield new SpeakerDescription(MentionKind.PERSON, given.isEmpty() ? surname : given + " " + surname,
                        List.of(), "", random.nextBoolean() ? "f" : "", List.of());
            }
            case 2 -> {
                List<String> aliases = new ArrayList<>();
                if (random.nextInt(3) == 0) {
                    aliases.add(BODIES[random.nextInt(BODIES.length)]);
                }
                yield new SpeakerDescription(MentionKind.ORGANISATION, BODIES[random.nextInt(BODIES.length)], List.of(),
                        "", "", aliases);
            }
            default -> new SpeakerDescription(MentionKind.NOMINAL, "", List.of(ROLES[random.nextInt(ROLES.length)]),
                    random.nextBoolean() ? "" : BODIES[random.nextInt(BODIES.length)], "", List.of());
        };
    }

    @Test
    void reachedSpeakersGiveTheSameCanonicalSpeakersAsAllOfThem() throws IOException {
        Random random = new Random(7);
        int renumbered = 0;
        int joined = 0;
        for (int trial = 0; trial < 100; trial++) {
            List<IndexedSpeaker> known = new ArrayList<>();
            int size = 1 + random.nextInt(60);
            for (int i = 0; i < size; i++) {
                known.add(new IndexedSpeaker(random(random), "ledger-" + i, "Ledger " + i));
            }
            Path folder = Files.createDirectories(dir.resolve("t" + trial));
            new VerifyIndex(List.of(), List.of(), known, Map.of(), Map.of()).write(folder);
            VerifyIndexFile file = VerifyIndex.open(folder);
            for (int article = 0; article < 4; article++) {
                List<ArticleEntity> entities = new ArrayList<>();
                for (int e = 1 + random.nextInt(5); e > 0; e--) {
                    entities.add(ArticleEntity.restore(random(random), e));
                }
                Map<ArticleEntity, Speaker> all = new SpeakerMatcher(known).match(entities);
                KnownSpeakers near = file.speakersNear(entities);
                Map<ArticleEntity, Speaker> reached = new SpeakerMatcher(near).match(entities);
                Map<ArticleEntity, Speaker> uncounted = new SpeakerMatcher(KnownSpeakers.all(near.speakers())).match(entities);
                for (ArticleEntity entity : entities) {
                    assertThat(reached.get(entity)).as("trial %d, %s", trial, entity.describe()).isEqualTo(all.get(entity));
                    String id = all.get(entity).id();
                    joined += id.startsWith("ledger-") ? 1 : 0;
                    renumbered += uncounted.get(entity).equals(all.get(entity)) ? 0 : 1;
                }
                assertThat(near.speakers().size()).isLessThanOrEqualTo(known.size());
            }
        }
        assertThat(joined).as("new entities that joined a ledger speaker").isGreaterThan(100);
        assertThat(renumbered).as("new speakers whose number depends on the slugs of speakers left out").isGreaterThan(3);
    }

    @Test
    void unrelatedSpeakersAreNotRead() throws IOException {
        List<IndexedSpeaker> known = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            known.add(new IndexedSpeaker(new SpeakerDescription(MentionKind.PERSON, "Given" + i + " Surname" + i, List.of(),
                    "", "", List.of()), "s" + i, "S " + i));
        }
        known.add(new IndexedSpeaker(new SpeakerDescription(MentionKind.ORGANISATION, "Internet Watch Foundation",
                List.of(), "", "", List.of()), "iwf", "Internet Watch Foundation"));
        new VerifyIndex(List.of(), List.of(), known, Map.of(), Map.of()).write(dir);
        ArticleEntity acronym = ArticleEntity.restore(new SpeakerDescription(MentionKind.ORGANISATION, "IWF", List.of(),
                "", "", List.of()), 0);
        KnownSpeakers near = VerifyIndex.open(dir).speakersNear(List.of(acronym));
        assertThat(near.speakers()).extracting(IndexedSpeaker::speakerId).containsExactly("iwf");
        assertThat(new SpeakerMatcher(near).match(List.of(acronym)).get(acronym).id()).isEqualTo("iwf");
    }

    /** Of many people sharing a surname, only the first and those with a compatible given name are read. */
    @Test
    void onlyCompatiblePeopleOfTheSameSurnameAreRead() throws IOException {
        List<IndexedSpeaker> known = new ArrayList<>();
        for (String given : List.of("Bruno", "Anna", "Carla", "Dmitri", "Ana", "Edith", "Anne", "Jon", "Ann Marie")) {
            known.add(new IndexedSpeaker(new SpeakerDescription(MentionKind.PERSON, given + " Street", List.of(), "", "",
                    List.of()), given.toLowerCase() + "-street", given + " Street"));
        }
        new VerifyIndex(List.of(), List.of(), known, Map.of(), Map.of()).write(dir);
        VerifyIndexFile file = VerifyIndex.open(dir);
        ArticleEntity anna = ArticleEntity.restore(new SpeakerDescription(MentionKind.PERSON, "Anna Street", List.of(),
                "", "", List.of()), 0);
        KnownSpeakers near = file.speakersNear(List.of(anna));
        assertThat(near.speakers()).extracting(IndexedSpeaker::speakerId)
                .containsExactly("bruno-street", "anna-street", "ana-street", "anne-street", "ann marie-street");
        assertThat(new SpeakerMatcher(near).match(List.of(anna)).get(anna))
                .isEqualTo(new SpeakerMatcher(known).match(List.of(anna)).get(anna));
        ArticleEntity zoe = ArticleEntity.restore(new SpeakerDescription(MentionKind.PERSON, "Zoe Street", List.of(),
                "", "", List.of()), 0);
        KnownSpeakers alone = file.speakersNear(List.of(zoe));
        assertThat(alone.speakers()).extracting(IndexedSpeaker::speakerId).containsExactly("bruno-street");
        assertThat(new SpeakerMatcher(alone).match(List.of(zoe)).get(zoe))
                .isEqualTo(new SpeakerMatcher(known).match(List.of(zoe)).get(zoe));
    }
}
