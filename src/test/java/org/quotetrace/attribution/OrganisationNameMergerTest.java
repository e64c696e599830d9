package org.quotetrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The indexed organisation-name merge and the surname merge give exactly the groups, in the same
 * order and with members in the same order, as the plain quadratic rules they replace (kept here
 * as the reference), on many small random cases built to collide: few words, acronyms, case
 * variants, aliases, people whose surname is an organisation's one-word name.
 */
class OrganisationNameMergerTest {

    private static final String[] WORDS = {"Alpha", "Beta", "Care", "of", "the", "Board", "Delta", "Bank"};
    private static final String[] SURNAMES = {"Alpha", "Beta", "Delta", "Smith"};

    @Test
    void mergesLikeThePlainRuleOnRandomGroups() {
        Random random = new Random(7);
        int merges = 0;
        for (int round = 0; round < 3000; round++) {
            long seed = random.nextLong();
            List<List<ArticleEntity>> expected = randomGroups(new Random(seed));
            List<List<ArticleEntity>> actual = copy(expected);
            int before = expected.size();
            plainMergeOrganisationNames(expected);
            OrganisationNameMerger.merge(actual);
            assertSameGroups(actual, expected, "org merge, seed " + seed);
            merges += before - expected.size();
            plainMergeSurnamesReadAsBodies(expected);
            SpeakerRegistry.mergeSurnamesReadAsBodies(actual);
            assertSameGroups(actual, expected, "surname merge, seed " + seed);
        }
        // the random cases do exercise merging, often
        assertThat(merges).isGreaterThan(3000);
    }

    @Test
    void anAcronymJoinsItsLongFormAndAnAliasJoinsItsName() {
        ArticleEntity acronym = org("IWF");
        ArticleEntity other = org("Harbour Board");
        ArticleEntity longForm = org("Internet Watch Foundation");
        ArticleEntity withAlias = org("Port Authority", "HPA");
        ArticleEntity alias = org("hpa");
        List<List<ArticleEntity>> groups = new ArrayList<>(List.of(
                new ArrayList<>(List.of(acronym)), new ArrayList<>(List.of(other)), new ArrayList<>(List.of(longForm)),
                new ArrayList<>(List.of(withAlias)), new ArrayList<>(List.of(alias))));
        OrganisationNameMerger.merge(groups);
        assertThat(groups).hasSize(3);
        assertThat(groups.get(0)).containsExactly(acronym, longForm);
        assertThat(groups.get(1)).containsExactly(other);
        assertThat(groups.get(2)).containsExactly(withAlias, alias);
    }

    private static List<List<ArticleEntity>> randomGroups(Random random) {
        int n = 2 + random.nextInt(12);
        List<List<ArticleEntity>> groups = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            List<ArticleEntity> group = new ArrayList<>();
            int size = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
            for (int m = 0; m < size; m++) {
                group.add(randomEntity(random));
            }
            groups.add(group);
        }
        return groups;
    }

    private static ArticleEntity randomEntity(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            String given = random.nextBoolean() ? "Jane " : "";
            return ArticleEntity.restore(new SpeakerDescription(MentionKind.PERSON,
                    given + SURNAMES[random.nextInt(SURNAMES.length)], List.of(), "", ""), 0);
        }
        if (kind == 1) {
            return ArticleEntity.restore(new SpeakerDescription(MentionKind.NOMINAL, "", List.of("spokesman"),
                    "Delta", ""), 0);
        }
        List<String> aliases = new ArrayList<>();
        int aliasCount = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
        for (int a = 0; a < aliasCount; a++) {
            aliases.add(randomOrganisationName(random));
        }
        return org(randomOrganisationName(random), aliases.toArray(String[]::new));
    }

    private static String randomOrganisationName(Random random) {
        int words = 1 + random.nextInt(3);
        List<String> parts = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            parts.add(WORDS[random.nextInt(WORDS.length)]);
        }
        String name = String.join(" ", parts);
        return switch (random.nextInt(6)) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> name.toLowerCase(Locale.ROOT);
            case 2 -> acronymOf(parts, random.nextBoolean());
            default -> name;
        };
    }

    private static String acronymOf(List<String> words, boolean skipSmall) {
        StringBuilder acronym = new StringBuilder();
        for (String word : words) {
            if (!skipSmall || !(word.equals("of") || word.equals("the"))) {
                acronym.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return acronym.length() < 2 ? acronym + "B" : acronym.toString();
    }

    private static ArticleEntity org(String name, String... aliases) {
        return ArticleEntity.restore(new SpeakerDescription(MentionKind.ORGANISATION, name, List.of(), "", "",
                List.of(aliases)), 0);
    }

    private static List<List<ArticleEntity>> copy(List<List<ArticleEntity>> groups) {
        List<List<ArticleEntity>> copy = new ArrayList<>();
        for (List<ArticleEntity> group : groups) {
            copy.add(new ArrayList<>(group));
        }
        return copy;
    }

    private static void assertSameGroups(List<List<ArticleEntity>> actual, List<List<ArticleEntity>> expected,
                                         String what) {
        assertThat(actual).as(what).hasSize(expected.size());
        for (int g = 0; g < expected.size(); g++) {
            assertThat(actual.get(g)).as(what + ", group " + g).containsExactlyElementsOf(expected.get(g));
        }
    }

    // ---- the plain rules, as they were before the index ----

    private static void plainMergeOrganisationNames(List<List<ArticleEntity>> groups) {
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    if (plainSameBody(groups.get(i), groups.get(j))) {
                        groups.get(i).addAll(groups.remove(j));
                        merged = true;
                        break outer;
                    }
                }
            }
        }
    }

    private static void plainMergeSurnamesReadAsBodies(List<List<ArticleEntity>> groups) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            List<ArticleEntity> group = groups.get(i);
            ArticleEntity first = group.get(0);
            String name = first.name();
            if (first.kind() != MentionKind.ORGANISATION || name.contains(" ") || name.equals(name.toUpperCase(Locale.ROOT))) {
                continue;
            }
            List<ArticleEntity> home = null;
            int homes = 0;
            for (List<ArticleEntity> other : groups) {
                if (other != group && other.get(0).kind() == MentionKind.PERSON
                        && other.get(0).surnameKey().equals(name.toLowerCase(Locale.ROOT))) {
                    home = other;
                    homes++;
                }
            }
            if (homes == 1) {
                home.addAll(group);
                groups.remove(i);
            }
        }
    }

    private static boolean plainSameBody(List<ArticleEntity> a, List<ArticleEntity> b) {
        for (ArticleEntity x : a) {
            for (ArticleEntity y : b) {
                if (x.kind() != MentionKind.ORGANISATION || y.kind() != MentionKind.ORGANISATION) {
                    continue;
                }
                if (x.isCalled(y.name()) || y.isCalled(x.name()) || plainAbbreviates(x.name(), y.name())
                        || plainAbbreviates(y.name(), x.name())) {
                    return true;
                }
                for (String alias : x.aliases()) {
                    if (y.isCalled(alias) || plainAbbreviates(alias, y.name())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean plainAbbreviates(String acronym, String name) {
        if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT)) || !name.contains(" ")) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder major = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            char initial = Character.toUpperCase(word.charAt(0));
            all.append(initial);
            if (!Set.of("of", "for", "the", "and", "on", "&").contains(word.toLowerCase(Locale.ROOT))) {
                major.append(initial);
            }
        }
        return acronym.contentEquals(all) || acronym.contentEquals(major);
    }
}
