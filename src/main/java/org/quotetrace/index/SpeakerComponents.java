package org.quotetrace.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.MentionKind;
import org.quotetrace.attribution.Slugs;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.attribution.SpeakerRegistry;

/**
 * The ledger's stored speaker descriptions cut into components that cannot affect each other's
 * canonical speakers: two descriptions are in one component when a chain of {@link SpeakerKeys}
 * links them. A new article's entities then need only the components their own keys reach; the
 * rest of the ledger counts only through the display-name slugs of its canonical speakers, which
 * are stored per component (each component canonicalised alone, which gives the same groups as
 * canonicalising everything, since nothing links it to the rest).
 *
 * <p>A component of people of one surname (no organisation among them) is stored speaker by
 * speaker, since people are never merged after the registry's first grouping: a new mention joins
 * the first speaker whose given names are compatible with its own, so {@code verify} need read
 * only the speakers compatible with the article's mentions, not every person of that surname.
 */
final class SpeakerComponents {

    /**
     * One component: its canonical speakers when canonicalised alone, each as its descriptions
     * (ledger order) and display-name slug, in the order the registry created them; and whether
     * all its descriptions are people (of one surname, then: the only key such a component has).
     */
    record Component(boolean peopleOnly, List<Group> groups) {

        /** All descriptions of the component, in ledger order. */
        int[] members() {
            return groups.stream().flatMapToInt(g -> java.util.Arrays.stream(g.members())).sorted().toArray();
        }
    }

    /** One canonical speaker of a component: its descriptions (ledger order) and its slug. */
    record Group(int[] members, String slug) {
    }

    /** The components a key links: those of the entities that hold it and of those that look for it. */
    record KeyLinks(int[] holders, int[] seekers) {
    }

    private final List<Component> components = new ArrayList<>();
    private final Map<String, KeyLinks> keys = new TreeMap<>();
    private final Map<String, Integer> slugCounts = new TreeMap<>();

    /** The components of {@code speakers} (in ledger order). */
    SpeakerComponents(List<IndexedSpeaker> speakers) {
        int n = speakers.size();
        List<ArticleEntity> entities = new ArrayList<>(n);
        for (IndexedSpeaker speaker : speakers) {
            entities.add(ArticleEntity.restore(speaker.description(), 0));
        }
        Map<String, List<Integer>> holders = new HashMap<>();
        Map<String, List<Integer>> seekers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : SpeakerKeys.held(entities.get(i))) {
                holders.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (String key : SpeakerKeys.sought(entities.get(i))) {
                seekers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Map.Entry<String, List<Integer>> entry : holders.entrySet()) {
            List<Integer> seeking = seekers.get(entry.getKey());
            if (seeking == null) {
                continue;
            }
            int first = entry.getValue().get(0);
            for (int i : entry.getValue()) {
                union(parent, first, i);
            }
            for (int i : seeking) {
                union(parent, first, i);
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        int[] componentOf = new int[n];
        for (List<Integer> members : byRoot.values()) {
            int id = components.size();
            List<ArticleEntity> group = new ArrayList<>();
            boolean peopleOnly = true;
            for (int i : members) {
                componentOf[i] = id;
                group.add(entities.get(i));
                peopleOnly &= entities.get(i).kind() == MentionKind.PERSON;
            }
            Map<ArticleEntity, Speaker> canonical = new SpeakerRegistry().canonicalise(group);
            // a group is created by its first description, so ledger order of first members is creation order
            Map<Speaker, List<Integer>> bySpeaker = new LinkedHashMap<>();
            for (int k = 0; k < members.size(); k++) {
                bySpeaker.computeIfAbsent(canonical.get(group.get(k)), s -> new ArrayList<>()).add(members.get(k));
            }
            List<Group> groups = new ArrayList<>();
            bySpeaker.forEach((speaker, ids) -> {
                String slug = Slugs.slug(speaker.name());
                slugCounts.merge(slug, 1, Integer::sum);
                groups.add(new Group(ids.stream().mapToInt(Integer::intValue).toArray(), slug));
            });
            components.add(new Component(peopleOnly, groups));
        }
        TreeSet<String> allKeys = new TreeSet<>(holders.keySet());
        allKeys.addAll(seekers.keySet());
        for (String key : allKeys) {
            keys.put(key, new KeyLinks(componentsOf(holders.get(key), componentOf),
                    componentsOf(seekers.get(key), componentOf)));
        }
    }

    List<Component> components() {
        return components;
    }

    /** Every key, sorted, with the components it links. */
    Map<String, KeyLinks> keys() {
        return keys;
    }

    /** Slug to the number of canonical speakers of the whole ledger with that slug, sorted. */
    Map<String, Integer> slugCounts() {
        return slugCounts;
    }

    private static int[] componentsOf(List<Integer> entities, int[] componentOf) {
        if (entities == null) {
            return new int[0];
        }
        return entities.stream().mapToInt(i -> componentOf[i]).distinct().sorted().toArray();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
