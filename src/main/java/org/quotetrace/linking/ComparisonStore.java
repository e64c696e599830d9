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
 * position among a's neighbours), so no key is stored, and a comparison takes 16 bytes: one long
 * for its word counts and flags, one for the content words of a it covers. The matched weight is
 * not stored as a double but as the two counts it was summed from ({@link PassageComparer} adds
 * whole numbers first, then {@value PassageComparer#LOOSE_WEIGHT} once per loose match), and it
 * is summed again the same way, so it comes back to the last bit. The content word counts come from
 * the passages. A comparison that does not fit (more than 64 content words, a pair that is no
 * candidate pair, counts too large, words of a that spell out an acronym of b) is kept whole in a map. Not thread-safe.
 */
final class ComparisonStore {

    private static final int BITS = 16;
    private static final long MASK = (1L << BITS) - 1;
    private static final int WHOLE = 0;
    private static final int LOOSE = 16;
    private static final int RUN = 32;
    private static final long PRESENT = 1L << 48;
    private static final long EQUAL = 1L << 49;
    private static final long A_INSIDE_B = 1L << 50;
    private static final long B_INSIDE_A = 1L << 51;
    private static final long NAMES_DIFFER = 1L << 52;

    private final NeighbourLists neighbours;
    private final int[] content;
    private final int[] firstSlot;
    private final long[] packed;
    private final long[] covered;
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
        this.packed = new long[(int) slots];
        this.covered = new long[(int) slots];
    }

    /** The comparison of a with b stored before, or null. */
    Comparison get(int a, int b) {
        int slot = slot(a, b);
        if (slot < 0 || (packed[slot] & PRESENT) == 0) {
            return whole.get(key(a, b));
        }
        long bits = packed[slot];
        return new Comparison((bits & EQUAL) != 0, (bits & A_INSIDE_B) != 0, (bits & B_INSIDE_A) != 0,
                matched((int) (bits >>> WHOLE & MASK), (int) (bits >>> LOOSE & MASK)), content[a], content[b],
                BitSet.valueOf(new long[] {covered[slot]}), (int) (bits >>> RUN & MASK), (bits & NAMES_DIFFER) != 0);
    }

    /** Stores {@code c}, the comparison of a with b. */
    void put(int a, int b, Comparison c) {
        int slot = slot(a, b);
        int loose = slot < 0 ? -1 : looseMatches(c);
        if (loose < 0 || c.contentA() != content[a] || c.contentB() != content[b] || c.coveredA().length() > 64
                || c.longestRun() > MASK || c.spelledOutA() != null) {
            whole.put(key(a, b), c);
            return;
        }
        long wholeMatches = Math.round(c.matched() - loose * PassageComparer.LOOSE_WEIGHT);
        long[] words = c.coveredA().toLongArray();
        packed[slot] = wholeMatches << WHOLE | (long) loose << LOOSE | (long) c.longestRun() << RUN | PRESENT
                | (c.equal() ? EQUAL : 0) | (c.aInsideB() ? A_INSIDE_B : 0) | (c.bInsideA() ? B_INSIDE_A : 0)
                | (c.namesDiffer() ? NAMES_DIFFER : 0);
        covered[slot] = words.length == 0 ? 0 : words[0];
    }

    /** Number of comparisons kept whole (for tests and measurements). */
    int keptWhole() {
        return whole.size();
    }

    /**
     * A number of loose matches L such that whole matches summed first and L loose weights added
     * one at a time give {@code c.matched()} exactly, or -1 when there is none that fits the slot.
     */
    private static int looseMatches(Comparison c) {
        double m = c.matched();
        if (!(m >= 0) || m > MASK) {
            return -1;
        }
        // at most one loose match per content word of a; only an L whose weights leave a whole number is summed out
        int limit = (int) Math.min(MASK, c.contentA());
        for (int l = 0; l <= limit; l++) {
            double rest = m - l * PassageComparer.LOOSE_WEIGHT;
            long w = Math.round(rest);
            if (w >= 0 && Math.abs(rest - w) < 1e-6 && matched((int) w, l) == m) {
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
}
