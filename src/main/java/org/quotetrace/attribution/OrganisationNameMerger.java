package org.quotetrace.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins speaker groups that name one body differently: one group's name is another's alias ("IWF"
 * given in brackets) or its acronym ("IWF" and "Internet Watch Foundation").
 *
 * <p>The result is that of the plain rule "take the first pair of groups (i, j), i before j, that
 * name one body, fold j into i, start again" until no pair is left: the group order and which group
 * absorbs which decide the speakers' ids. It is computed without comparing every pair: only groups
 * holding an organisation take part, each is compared only with groups that share a key with it (a
 * name or alias in any case, or an acronym one spells and the other's multi-word name abbreviates),
 * and after a merge the scan resumes where the plain rule would find its next pair: first the groups
 * before the grown one, then the groups after it.
 */
final class OrganisationNameMerger {

    /** An organisation group with its distinct organisation names, and its place in the group order. */
    private static final class Body {
        final int order;
        final List<ArticleEntity> members;
        final Set<Form> forms = new LinkedHashSet<>();
        boolean absorbed;

        Body(int order, List<ArticleEntity> members) {
            this.order = order;
            this.members = members;
            for (ArticleEntity entity : members) {
                if (entity.kind() == MentionKind.ORGANISATION) {
                    forms.add(new Form(entity.name(), List.copyOf(entity.aliases())));
                }
            }
        }
    }

    /** What {@link #sameBody} reads of an organisation entity: its name and aliases. */
    private record Form(String name, List<String> aliases) {
        boolean isCalled(String other) {
            if (name.equalsIgnoreCase(other)) {
                return true;
            }
            for (String alias : aliases) {
                if (alias.equalsIgnoreCase(other)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Groups by key: names and aliases in any case, acronyms spelt, acronyms of multi-word names. */
    private final Map<String, List<Body>> byName = new HashMap<>();
    private final Map<String, List<Body>> bySpeltAcronym = new HashMap<>();
    private final Map<String, List<Body>> byLongFormAcronym = new HashMap<>();

    /** Merges, in place, the groups of {@code groups} that name one body; absorbed groups are removed. */
    static void merge(List<List<ArticleEntity>> groups) {
        new OrganisationNameMerger().run(groups);
    }

    private void run(List<List<ArticleEntity>> groups) {
        List<Body> bodies = new ArrayList<>();
        for (List<ArticleEntity> group : groups) {
            if (group.stream().anyMatch(e -> e.kind() == MentionKind.ORGANISATION)) {
                Body body = new Body(bodies.size(), group);
                bodies.add(body);
                index(body, body.forms);
            }
        }
        int i = 0;
        while (i < bodies.size()) {
            Body current = bodies.get(i);
            if (current.absorbed) {
                i++;
                continue;
            }
            Body later = firstSameBodyAfter(current);
            if (later == null) {
                i++;
                continue;
            }
            // fold `later` into `current`; while an earlier body now names the same body as the grown
            // one, that pair comes first: fold the grown body into the earlier one
            absorb(current, later);
            Body earlier = firstSameBodyBefore(current);
            while (earlier != null) {
                absorb(earlier, current);
                current = earlier;
                earlier = firstSameBodyBefore(current);
            }
            i = current.order;
        }
        Set<List<ArticleEntity>> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Body body : bodies) {
            if (body.absorbed) {
                gone.add(body.members);
            }
        }
        if (!gone.isEmpty()) {
            groups.removeIf(gone::contains);
        }
    }

    private void absorb(Body into, Body from) {
        into.members.addAll(from.members);
        from.absorbed = true;
        Set<Form> added = new LinkedHashSet<>(from.forms);
        added.removeAll(into.forms);
        into.forms.addAll(added);
        index(into, added);
    }

    private Body firstSameBodyAfter(Body body) {
        for (Body other : candidates(body)) {
            if (other.order > body.order && sameBody(body, other)) {
                return other;
            }
        }
        return null;
    }

    private Body firstSameBodyBefore(Body body) {
        for (Body other : candidates(body)) {
            if (other.order >= body.order) {
                return null;
            }
            if (sameBody(other, body)) {
                return other;
            }
        }
        return null;
    }

    /** The live bodies sharing a key with {@code body}, in group order. */
    private TreeSet<Body> candidates(Body body) {
        TreeSet<Body> found = new TreeSet<>((a, b) -> Integer.compare(a.order, b.order));
        for (Form form : body.forms) {
            for (String name : names(form)) {
                collect(byName.get(caseKey(name)), body, found);
                if (isSpeltAcronym(name)) {
                    collect(byLongFormAcronym.get(name), body, found);
                }
            }
            for (String acronym : acronymsOf(form.name())) {
                collect(bySpeltAcronym.get(acronym), body, found);
            }
        }
        return found;
    }

    private static void collect(List<Body> bodies, Body self, Set<Body> into) {
        if (bodies != null) {
            for (Body other : bodies) {
                if (other != self && !other.absorbed) {
                    into.add(other);
                }
            }
        }
    }

    private void index(Body body, Set<Form> forms) {
        for (Form form : forms) {
            for (String name : names(form)) {
                byName.computeIfAbsent(caseKey(name), k -> new ArrayList<>()).add(body);
                if (isSpeltAcronym(name)) {
                    bySpeltAcronym.computeIfAbsent(name, k -> new ArrayList<>()).add(body);
                }
            }
            for (String acronym : acronymsOf(form.name())) {
                byLongFormAcronym.computeIfAbsent(acronym, k -> new ArrayList<>()).add(body);
            }
        }
    }

    private static List<String> names(Form form) {
        List<String> names = new ArrayList<>(form.aliases().size() + 1);
        names.add(form.name());
        names.addAll(form.aliases());
        return names;
    }

    /**
     * A key equal for any two strings {@link String#equalsIgnoreCase} finds equal: each code point
     * upper-cased then lower-cased, the comparison that method falls back on.
     */
    static String caseKey(String s) {
        StringBuilder key = new StringBuilder(s.length());
        s.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }

    /** Whether {@code name} could be the acronym side of {@link Acronyms#abbreviates}. */
    private static boolean isSpeltAcronym(String name) {
        return name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT));
    }

    /** The acronyms {@link Acronyms#abbreviates} accepts for {@code name}; none for a one-word name. */
    private static List<String> acronymsOf(String name) {
        return name.contains(" ") ? Acronyms.initials(name) : List.of();
    }

    /** Whether two groups name one body (the rule is not symmetric: {@code a} comes first). */
    private static boolean sameBody(Body a, Body b) {
        for (Form x : a.forms) {
            for (Form y : b.forms) {
                if (x.isCalled(y.name()) || y.isCalled(x.name()) || Acronyms.abbreviates(x.name(), y.name())
                        || Acronyms.abbreviates(y.name(), x.name())) {
                    return true;
                }
                for (String alias : x.aliases()) {
                    if (y.isCalled(alias) || Acronyms.abbreviates(alias, y.name())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
