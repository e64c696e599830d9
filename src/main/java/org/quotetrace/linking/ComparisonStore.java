package org.quotetrace.linking;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The remembered {@link Comparison}s of a {@link PassageGraph}, in primitive arrays: grouping asks
 * for most candidate pairs more than once, and a 100,000-article corpus has tens of millions of
 * them, which as objects in a hash map (about 150 bytes each) took gigabytes.
 *
 * <p>Every ordered pair (a, b) of candidate neighbours has a fixed slot (a's first slot plus b's
 * position among a's neighbours), so no key is stored, and a comparison takes 12 bytes: an int
 * for its counts (up to 255 each) and flags, a long for the content words of a it covers. The matched weight is
 * not stored as a double but as the two counts it was summed from ({@link PassageComparer} adds
 * whole numbers first, then {@value PassageComparer#LOOSE_WEIGHT} once per loose match), and it
 * is summed again the same way, so it comes back to the last bit. The content word counts come from
 * the passages. A pair that is no candidate pair (a group's longest passage with the candidates
 * of its other members) has no slot: its two longs are kept by key in an open-addressing table
 * (at most 30 bytes). A comparison that does not fit (more than 64 content words, counts too
 * large, words of a that spell out an acronym of b) is kept whole in a map. Not thread-safe.
 */
final class ComparisonStore {

    private static final int BITS = 8;
    private static final int MASK = (1 << BITS) - 1;
    private static final int WHOLE = 0;
    private static final int LOOSE = 8;
    private static final int RUN = 16;
    static final int PRESENT = 1 << 24;
    private static final int EQUAL = 1 << 25;
    private static final int A_INSIDE_B = 1 << 26;
    private static final int B_INSIDE_A = 1 << 27;
    private static final int NAMES_DIFFER = 1 << 28;

    private final NeighbourLists neighbours;
    private final int[] content;
    private final int[] firstSlot;
    private final int[] packed;
    private final long[] covered;
    /** Pairs that are no candidate pairs (a group's longest passage with its other members' candidates), by key. */
    private final OtherPairs others = new OtherPairs();
    private final Map<Long, Comparison> whole = new HashMap<>();

    /**
     * A store with a slot for every ordered pair of {@code neighbours} (which must not change any
     * more) among passages whose content word counts are {@code contentWords}.
     */
    ComparisonStore(NeighbourLists neighbours, int[] contentWords) {
        this.neighbours = neighbours;
        this.content = contentWords;
        this.firstSlot = new int[contentWords.length + 1];
        long slots = 0;
        for (int id = 0; id < contentWords.length; id++) {
            firstSlot[id] = (int) slots;
            slots += neighbours.count(id);
            if (slots > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("too many candidate pairs: " + slots);
            }
        }
        firstSlot[contentWords.length] = (int) slots;
        this.packed = new int[(int) slots];
        this.covered = new long[(int) slots];
    }

    /** The comparison of a with b stored before, or null. */
    Comparison get(int a, int b) {
        int slot = slot(a, b);
        if (slot >= 0 && (packed[slot] & PRESENT) != 0) {
            return decode(a, b, packed[slot], covered[slot]);
        }
        if (slot < 0) {
            int at = others.find(key(a, b));
            if (at >= 0) {
                return decode(a, b, others.packed[at], others.covered[at]);
            }
        }
        return whole.get(key(a, b));
    }

    private Comparison decode(int a, int b, int bits, long coveredBits) {
        return new Comparison((bits & EQUAL) != 0, (bits & A_INSIDE_B) != 0, (bits & B_INSIDE_A) != 0,
                matched(bits >>> WHOLE & MASK, bits >>> LOOSE & MASK), content[a], content[b],
                BitSet.valueOf(new long[] {coveredBits}), bits >>> RUN & MASK, (bits & NAMES_DIFFER) != 0);
    }

    /** Stores {@code c}, the comparison of a with b. */
    void put(int a, int b, Comparison c) {
        int loose = a < 0 || a >= content.length || b < 0 || b >= content.length ? -1 : looseMatches(c);
        if (loose < 0 || c.contentA() != content[a] || c.contentB() != content[b] || c.coveredA().length() > 64
                || c.longestRun() > MASK || c.spelledOutA() != null) {
            whole.put(key(a, b), c);
            return;
        }
        int wholeMatches = (int) Math.round(c.matched() - loose * PassageComparer.LOOSE_WEIGHT);
        long[] words = c.coveredA().toLongArray();
        int bits = wholeMatches << WHOLE | loose << LOOSE | c.longestRun() << RUN | PRESENT
                | (c.equal() ? EQUAL : 0) | (c.aInsideB() ? A_INSIDE_B : 0) | (c.bInsideA() ? B_INSIDE_A : 0)
                | (c.namesDiffer() ? NAMES_DIFFER : 0);
        long coveredBits = words.length == 0 ? 0 : words[0];
        int slot = slot(a, b);
        if (slot >= 0) {
            packed[slot] = bits;
            covered[slot] = coveredBits;
        } else {
            others.put(key(a, b), bits, coveredBits);
        }
    }

    /** Number of comparisons kept whole (for tests and measurements). */
    int keptWhole() {
        return whole.size();
    }

    /** Number of comparisons of pairs that are no candidate pairs, kept compact by key (for tests and measurements). */
    int keptByKey() {
        return others.size;
    }

    /**
     * A number of loose matches L such that whole matches summed first and L loose weights added
     * one at a time give {@code c.matched()} exactly, or -1 when there is none that fits the slot.
     */
    private static int looseMatches(Comparison c) {
        double m = c.matched();
        if (!(m >= 0) || m > 2 * MASK) {
            return -1;
        }
        // at most one loose match per content word of a; only an L whose weights leave a whole number is summed out
        int limit = Math.min(MASK, c.contentA());
        for (int l = 0; l <= limit; l++) {
            double rest = m - l * PassageComparer.LOOSE_WEIGHT;
            long w = Math.round(rest);
            if (w >= 0 && w <= MASK && Math.abs(rest - w) < 1e-6 && matched((int) w, l) == m) {
                return l;
            }
        }
        return -1;
    }

    /** The matched weight summed as {@link PassageComparer} sums it: whole matches, then loose ones one by one. */
    static double matched(int wholeMatches, int looseMatches) {
        double m = wholeMatches;
        for (int i = 0; i < looseMatches; i++) {
            m += PassageComparer.LOOSE_WEIGHT;
        }
        return m;
    }

    private int slot(int a, int b) {
        if (a < 0 || a >= content.length) {
            return -1;
        }
        int at = neighbours.position(a, b);
        return at < 0 ? -1 : firstSlot[a] + at;
    }

    private long key(int a, int b) {
        return (long) a * content.length + b;
    }

    /**
     * An open-addressing hash table from pair key to the two longs of a comparison; an empty entry
     * has no {@link #PRESENT} bit. 20 bytes per entry, at most two-thirds full.
     */
    static final class OtherPairs {
        long[] keys = new long[16];
        int[] packed = new int[16];
        long[] covered = new long[16];
        int size;

        /** The index of {@code key}, or -1. */
        int find(long key) {
            int mask = keys.length - 1;
            for (int i = spread(key) & mask; (packed[i] & PRESENT) != 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        void put(long key, int bits, long coveredBits) {
            if (3 * (size + 1) > 2 * keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = spread(key) & mask;
            while ((packed[i] & PRESENT) != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if ((packed[i] & PRESENT) == 0) {
                size++;
            }
            keys[i] = key;
            packed[i] = bits;
            covered[i] = coveredBits;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldPacked = packed;
            long[] oldCovered = covered;
            keys = new long[oldKeys.length * 2];
            packed = new int[oldKeys.length * 2];
            covered = new long[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if ((oldPacked[i] & PRESENT) != 0) {
                    put(oldKeys[i], oldPacked[i], oldCovered[i]);
                }
            }
        }

        private static int spread(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
