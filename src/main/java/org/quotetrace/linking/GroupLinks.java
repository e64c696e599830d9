package org.quotetrace.linking;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links between groups that the grouping rules find, and the questions they ask of them: the
 * groups each group is a part of (its parents: it carries their statements instead of being one),
 * the groups it carries on top of its own statement or its parents', the subset of those it retells
 * in a later clause, and the groups a single passage carries through a relative clause of its own.
 * The rules run in order and each reads what the earlier ones linked.
 */
final class GroupLinks {

    /** For each group that is a part, the groups it is a part of, in the order their words appear. */
    private final Map<Integer, List<Integer>> parents = new HashMap<>();
    /** Groups a group carries on top of its own statement or its parents'. */
    private final Map<Integer, List<Integer>> also = new HashMap<>();
    /** Of {@link #also}, the statements a group retells in a later clause. */
    private final Map<Integer, List<Integer>> retoldClauses = new HashMap<>();
    /** Groups a passage carries through a relative clause of its own. */
    private final Map<Integer, List<Integer>> passageAlso = new HashMap<>();

    /** The groups that group {@code g} is a part of, in the order their words appear; empty for a whole sentence. */
    List<Integer> parentsOf(int g) {
        return parents.getOrDefault(g, List.of());
    }

    /** Whether group {@code g} is a part of some group. */
    boolean hasParents(int g) {
        return parents.containsKey(g);
    }

    /** Makes group {@code g} a part of {@code parentGroups} (replacing what it was a part of). */
    void setParents(int g, List<Integer> parentGroups) {
        parents.put(g, parentGroups);
    }

    /** Makes group {@code g} a whole statement again. */
    void dropParents(int g) {
        parents.remove(g);
    }

    /** Every group that is a part with its parents, in the map's (deterministic) order; read-only. */
    Map<Integer, List<Integer>> allParents() {
        return Collections.unmodifiableMap(parents);
    }

    /** The groups some group is a part of (a new set). */
    Set<Integer> parentGroups() {
        Set<Integer> out = new HashSet<>();
        parents.values().forEach(out::addAll);
        return out;
    }

    /** The groups some group carries on top of its own statement (a new set). */
    Set<Integer> alsoCarriedGroups() {
        Set<Integer> out = new HashSet<>();
        also.values().forEach(out::addAll);
        return out;
    }

    /** The groups whose statements group {@code g} carries on top of its own (or its parents'). */
    List<Integer> alsoCarries(int g) {
        return also.getOrDefault(g, List.of());
    }

    /** Sets the groups group {@code g} carries on top of its own (replacing earlier ones). */
    void setAlsoCarries(int g, List<Integer> carried) {
        also.put(g, carried);
    }

    /** The groups whose statements group {@code g} retells in a later clause of its sentence. */
    List<Integer> retoldInClause(int g) {
        return retoldClauses.getOrDefault(g, List.of());
    }

    /** Sets the groups group {@code g} retells in a later clause (they must be among {@link #alsoCarries}). */
    void setRetoldInClause(int g, List<Integer> retold) {
        retoldClauses.put(g, retold);
    }

    /** The groups whose statements passage {@code p} carries on top of its group's. */
    List<Integer> alsoCarriedByPassage(int p) {
        return passageAlso.getOrDefault(p, List.of());
    }

    /** Sets the groups passage {@code p} carries on top of its group's. */
    void setAlsoCarriedByPassage(int p, List<Integer> carried) {
        passageAlso.put(p, carried);
    }

    /** Whether group {@code h} is {@code g} or a part of it, directly or through other parts. */
    boolean partOf(int h, int g) {
        if (h == g) {
            return true;
        }
        for (int parent : parentsOf(h)) {
            if (partOf(parent, g)) {
                return true;
            }
        }
        return false;
    }

    /** Whether group {@code h} is {@code g} or carries it, through parts or {@link #alsoCarries}. */
    boolean reaches(int h, int g) {
        if (h == g) {
            return true;
        }
        for (int parent : parentsOf(h)) {
            if (reaches(parent, g)) {
                return true;
            }
        }
        for (int other : alsoCarries(h)) {
            if (reaches(other, g)) {
                return true;
            }
        }
        return false;
    }

    /** The groups at the top of g's parts (g itself when it is a part of none). */
    Set<Integer> rootsOf(int g) {
        List<Integer> parentsOfG = parentsOf(g);
        if (parentsOfG.isEmpty()) {
            return Set.of(g);
        }
        Set<Integer> out = new HashSet<>();
        for (int parent : parentsOfG) {
            out.addAll(rootsOf(parent));
        }
        return out;
    }
}
