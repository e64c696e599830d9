package org.quotetrace.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Measures heap use while a piece of work runs, two ways:
 * <ul>
 *   <li><b>sampled peak</b>: a daemon thread reads {@code MemoryMXBean} heap "used" every
 *       {@value #SAMPLE_MILLIS} ms and keeps the maximum. It can miss a short spike between
 *       samples, and "used" includes garbage not yet collected.</li>
 *   <li><b>pool peak sum</b>: the JVM's own peak of every heap memory pool (eden, survivor, old),
 *       reset at the start and summed at the end. The pools peak at different moments, so the sum
 *       is an upper bound on the real peak.</li>
 * </ul>
 * Also counts garbage collections and their time over the work.
 */
public final class HeapWatcher implements AutoCloseable {

    /** Sampling interval of the sampled peak. */
    public static final long SAMPLE_MILLIS = 10;

    private final List<MemoryPoolMXBean> heapPools;
    private final Thread sampler;
    private final long gcCountBefore;
    private final long gcMillisBefore;
    private volatile boolean running = true;
    private volatile long sampledPeak;

    private HeapWatcher() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        gcCountBefore = gcCount();
        gcMillisBefore = gcMillis();
        sampledPeak = used();
        sampler = new Thread(this::sample, "quotetrace-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching now. */
    public static HeapWatcher start() {
        return new HeapWatcher();
    }

    /** What was measured since {@link #start()}. */
    public record Heap(long sampledPeakBytes, long poolPeakSumBytes, long gcCount, long gcMillis) {
    }

    /** Stops watching and returns the figures. */
    public Heap stop() {
        running = false;
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long pools = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            pools += pool.getPeakUsage().getUsed();
        }
        return new Heap(Math.max(sampledPeak, used()), pools, gcCount() - gcCountBefore, gcMillis() - gcMillisBefore);
    }

    @Override
    public void close() {
        running = false;
    }

    private void sample() {
        while (running) {
            sampledPeak = Math.max(sampledPeak, used());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }
}
