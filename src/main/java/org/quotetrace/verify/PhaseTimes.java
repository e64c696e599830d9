package org.quotetrace.verify;

import java.io.PrintStream;

/**
 * Where a {@code verify} run spends its time, for tuning: with the environment variable
 * {@code QUOTETRACE_TIMES} set, each {@link #mark} prints one line on stderr with the time since
 * the JVM started, the wall time since the previous mark, the calling thread's CPU time since its
 * previous mark and the whole process's CPU time so far. Without it a mark costs one field read.
 */
public final class PhaseTimes {

    private static final boolean ON = System.getenv("QUOTETRACE_TIMES") != null;
    private static long lastWall = -1;
    private static final ThreadLocal<long[]> LAST_CPU = ThreadLocal.withInitial(() -> new long[] {0});

    private PhaseTimes() {
    }

    /** Whether marks are printed. */
    public static boolean on() {
        return ON;
    }

    /** Records the end of phase {@code name} (a no-op unless {@code QUOTETRACE_TIMES} is set). */
    public static void mark(String name) {
        if (ON) {
            print(name, System.err);
        }
    }

    private static synchronized void print(String name, PrintStream err) {
        long now = System.nanoTime();
        var runtime = java.lang.management.ManagementFactory.getRuntimeMXBean();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long[] last = LAST_CPU.get();
        long wallSince = lastWall < 0 ? 0 : now - lastWall;
        err.printf("times: %-28s at %5d ms  wall +%5.0f ms  %-16s cpu +%5.0f ms  process cpu %5.0f ms%n",
                name, runtime.getUptime(), wallSince / 1e6, Thread.currentThread().getName(), (cpu - last[0]) / 1e6,
                os.getProcessCpuTime() / 1e6);
        last[0] = cpu;
        lastWall = now;
    }
}
