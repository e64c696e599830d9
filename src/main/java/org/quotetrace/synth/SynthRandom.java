package org.quotetrace.synth;

import java.util.List;

/**
 * The generator's source of randomness: SplitMix64, written out here so that the same seed gives
 * the same corpus on every JVM (the algorithm of {@link java.util.SplittableRandom} is not part of
 * its specification). Each story gets its own stream, derived from the corpus seed and the story
 * number, so stories are independent of one another.
 */
final class SynthRandom {

    private long state;

    SynthRandom(long seed) {
        this.state = seed;
    }

    /** The stream of story {@code story} of a corpus generated with {@code seed}. */
    static SynthRandom forStory(long seed, long story) {
        return new SynthRandom(mix(seed ^ mix(story + 0x632BE59BD9B4E019L)));
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** A uniform int in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) Math.floorMod(nextLong() >>> 1, (long) bound);
    }

    /** A uniform int in [from, to] (both inclusive). */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return (nextLong() >>> 11) * 0x1.0p-53 < p;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
