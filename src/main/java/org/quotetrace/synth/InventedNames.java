package org.quotetrace.synth;

import java.util.List;

/**
 * Invents surnames and place names from syllables. The n-th name is a fixed function of n with
 * no two numbers giving the same name, so a corpus of any size gets distinct people and places
 * without remembering the names it has used.
 */
final class InventedNames {

    private final List<String> onsets;
    private final List<String> vowels;
    private final List<String> mids;
    private final List<String> surnameEnds;
    private final List<String> placeEnds;

    InventedNames(SynthPools pools) {
        onsets = pools.section("onset");
        vowels = pools.section("vowel");
        mids = pools.section("mid");
        surnameEnds = pools.section("surname-end");
        placeEnds = pools.section("place-end");
    }

    /** The surname of person number {@code n} (0-based), distinct for every n. */
    String surname(long n) {
        return compose(n, List.of(onsets, vowels, mids, vowels, surnameEnds), 7919);
    }

    /** The place name of story number {@code n} (0-based), distinct for every n. */
    String place(long n) {
        return compose(n, List.of(onsets, vowels, mids, vowels, placeEnds), 104729);
    }

    /**
     * Writes {@code n} in the mixed radix given by {@code parts} after a bijective shuffle (so
     * consecutive numbers give unlike names). Numbers beyond the capacity get a double-barrelled
     * name whose first half encodes how often the capacity was exceeded; the hyphen keeps the
     * halves apart, so names stay distinct.
     */
    private String compose(long n, List<List<String>> parts, long multiplier) {
        long capacity = 1;
        for (List<String> part : parts) {
            capacity *= part.size();
        }
        String base = base(n % capacity, parts, capacity, multiplier);
        long overflow = n / capacity;
        return overflow == 0 ? base : compose(overflow - 1, parts, multiplier) + "-" + base;
    }

    private static String base(long index, List<List<String>> parts, long capacity, long multiplier) {
        // multiplier is a prime that does not divide the capacity, so this permutes 0..capacity-1.
        long shuffled = Math.floorMod(index * multiplier + 12345, capacity);
        StringBuilder name = new StringBuilder();
        for (List<String> part : parts) {
            name.append(part.get((int) (shuffled % part.size())));
            shuffled /= part.size();
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
