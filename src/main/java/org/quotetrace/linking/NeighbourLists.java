package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The symmetric candidate relation of a {@link PassageGraph}: for each passage id, the ids of its
 * candidate neighbours. Kept as growable int arrays (duplicates folded away when read) instead
 * of boxed sorted sets: a 100,000-article corpus has millions of passages with up to 80
 * neighbours each, which as {@code TreeSet<Integer>} took gigabytes. Not thread-safe.
 */
final class NeighbourLists {

    private int[][] lists = new int[16][];
    private int[] sizes = new int[16];
    private boolean[] sorted = new boolean[16];

    /** Records that {@code a} and {@code b} are candidates of each other. */
    void link(int a, int b) {
        add(a, b);
        add(b, a);
    }

    /** The distinct neighbours of {@code id}, in ascending order (a new list). */
    List<Integer> of(int id) {
        if (id < 0 || id >= lists.length || lists[id] == null) {
            return new ArrayList<>();
        }
        settle(id);
        List<Integer> out = new ArrayList<>(sizes[id]);
        for (int i = 0; i < sizes[id]; i++) {
            out.add(lists[id][i]);
        }
        return out;
    }

    /** Sorts the list of {@code id} and folds duplicates away, once after each change. */
    private void settle(int id) {
        if (!sorted[id]) {
            int[] ids = lists[id];
            Arrays.sort(ids, 0, sizes[id]);
            int distinct = 0;
            for (int i = 0; i < sizes[id]; i++) {
                if (distinct == 0 || ids[distinct - 1] != ids[i]) {
                    ids[distinct++] = ids[i];
                }
            }
            lists[id] = Arrays.copyOf(ids, distinct);
            sizes[id] = distinct;
            sorted[id] = true;
        }
    }

    /** Number of distinct neighbours of {@code id}. */
    int count(int id) {
        if (id < 0 || id >= lists.length || lists[id] == null) {
            return 0;
        }
        settle(id);
        return sizes[id];
    }

    /** Position of {@code other} among the distinct neighbours of {@code id} in ascending order, or -1. */
    int position(int id, int other) {
        if (id < 0 || id >= lists.length || lists[id] == null) {
            return -1;
        }
        settle(id);
        int at = Arrays.binarySearch(lists[id], 0, sizes[id], other);
        return at >= 0 ? at : -1;
    }

    private void add(int from, int to) {
        if (from >= lists.length) {
            int capacity = Math.max(from + 1, lists.length * 2);
            lists = Arrays.copyOf(lists, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
            sorted = Arrays.copyOf(sorted, capacity);
        }
        int[] ids = lists[from];
        if (ids == null) {
            ids = new int[4];
        } else if (sizes[from] == ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[sizes[from]++] = to;
        lists[from] = ids;
        sorted[from] = false;
    }
}
