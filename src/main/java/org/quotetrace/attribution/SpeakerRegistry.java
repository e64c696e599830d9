package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives the entities of all articles one canonical {@link Speaker} per person or body: people by
 * surname (with a compatible given name: "Catherine" and "Katherine De Bolle" are one person,
 * "Donald Trump" and "Ivanka Trump" are two), organisations by name, alias or acronym ("IWF" and
 * "Internet Watch Foundation" are one), nominal speakers by their
 * description ("Europol spokesperson"). A person is shown by the fullest name, a body by its
 * commonest name.
 */
public final class SpeakerRegistry {

    /** Assigns canonical speakers to {@code entities} (from any number of articles). */
    public Map<ArticleEntity, Speaker> canonicalise(List<ArticleEntity> entities) {
        List<List<ArticleEntity>> groups = new ArrayList<>();
        Map<String, List<List<ArticleEntity>>> byKey = new LinkedHashMap<>();
        // the distinct given names of each group: compatibility depends only on them, so a surname
        // shared by thousands of mentions costs one check per distinct given name, not per mention
        Map<List<ArticleEntity>, Set<String>> givenNames = new IdentityHashMap<>();
        for (ArticleEntity entity : entities) {
            String key = key(entity);
            List<List<ArticleEntity>> candidates = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            String given = givenNameOf(entity);
            List<ArticleEntity> home = null;
            for (List<ArticleEntity> group : candidates) {
                if (compatible(givenNames.get(group), entity.kind(), given)) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                candidates.add(home);
                groups.add(home);
                givenNames.put(home, new LinkedHashSet<>());
            }
            home.add(entity);
            if (!given.isEmpty()) {
                givenNames.get(home).add(given);
            }
        }
        OrganisationNameMerger.merge(groups);
        mergeSurnamesReadAsBodies(groups);
        Map<ArticleEntity, Speaker> result = new IdentityHashMap<>();
        Map<String, Integer> slugUse = new HashMap<>();
        for (List<ArticleEntity> group : groups) {
            String name = displayName(group);
            String slug = Slugs.slug(name);
            int n = slugUse.merge(slug, 1, Integer::sum);
            Speaker speaker = new Speaker(n == 1 ? slug : slug + "-" + n, name);
            for (ArticleEntity entity : group) {
                result.put(entity, speaker);
            }
        }
        return result;
    }

    /**
     * A one-word "organisation" that is the surname of exactly one person group ("Roe said" in an
     * article that never gave Jane Roe's full name) joins that person. Person groups are neither
     * removed nor change their first member here, so they are looked up by surname once.
     */
    static void mergeSurnamesReadAsBodies(List<List<ArticleEntity>> groups) {
        Map<String, List<List<ArticleEntity>>> peopleBySurname = new HashMap<>();
        for (List<ArticleEntity> group : groups) {
            if (group.get(0).kind() == MentionKind.PERSON) {
                peopleBySurname.computeIfAbsent(group.get(0).surnameKey(), k -> new ArrayList<>()).add(group);
            }
        }
        Set<List<ArticleEntity>> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = groups.size() - 1; i >= 0; i--) {
            List<ArticleEntity> group = groups.get(i);
            ArticleEntity first = group.get(0);
            String name = first.name();
            if (first.kind() != MentionKind.ORGANISATION || name.contains(" ") || name.equals(name.toUpperCase(Locale.ROOT))) {
                continue;
            }
            List<List<ArticleEntity>> homes = peopleBySurname.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            if (homes.size() == 1) {
                homes.get(0).addAll(group);
                joined.add(group);
            }
        }
        if (!joined.isEmpty()) {
            groups.removeIf(joined::contains);
        }
    }

    private static String key(ArticleEntity entity) {
        return switch (entity.kind()) {
            case PERSON -> "p:" + entity.surnameKey();
            case ORGANISATION -> "o:" + entity.name().toLowerCase(Locale.ROOT);
            default -> "n:" + entity.displayName().toLowerCase(Locale.ROOT);
        };
    }

    /** The lower-case given name of {@code entity}'s name, empty when it has none. */
    private static String givenNameOf(ArticleEntity entity) {
        return Names.givenName(entity.name()).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a mention of {@code kind} with given name {@code given} may join a group whose members
     * have the given names {@code groupGivenNames}: only people are told apart, by given names that
     * could not be one person's.
     */
    private static boolean compatible(Set<String> groupGivenNames, MentionKind kind, String given) {
        if (kind != MentionKind.PERSON || given.isEmpty()) {
            return true;
        }
        for (String other : groupGivenNames) {
            if (!similarGivenNames(given, other)) {
                return false;
            }
        }
        return true;
    }

    /** Whether two personal names have given names that could be one person's (either may lack one). */
    public static boolean compatibleGivenNames(String a, String b) {
        String ga = Names.givenName(a).toLowerCase(Locale.ROOT);
        String gb = Names.givenName(b).toLowerCase(Locale.ROOT);
        return ga.isEmpty() || gb.isEmpty() || similarGivenNames(ga, gb);
    }

    /** Given names that are one person's spellings: equal, one an initial of the other, or one letter apart. */
    static boolean similarGivenNames(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() <= 2 || b.length() <= 2) {
            return a.charAt(0) == b.charAt(0);
        }
        return editDistance(a, b) <= 1 || a.startsWith(b) || b.startsWith(a);
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String displayName(List<ArticleEntity> group) {
        Map<String, Integer> counts = new HashMap<>();
        for (ArticleEntity entity : group) {
            counts.merge(entity.displayName(), 1, Integer::sum);
        }
        Comparator<Map.Entry<String, Integer>> fullest = Comparator.comparingInt(e -> e.getKey().split(" ").length);
        Comparator<Map.Entry<String, Integer>> commonest = Comparator.comparingInt(Map.Entry::getValue);
        // a person is best shown by the fullest name; a body by the name used most often
        Comparator<Map.Entry<String, Integer>> order = group.get(0).kind() == MentionKind.PERSON
                ? fullest.thenComparing(commonest) : commonest.thenComparing(fullest);
        return counts.entrySet().stream()
                .max(order.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("Unknown");
    }
}
