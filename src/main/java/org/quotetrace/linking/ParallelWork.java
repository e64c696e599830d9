package org.quotetrace.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent pieces of linking work on a few threads and returns the results in input
 * order, so the outcome never depends on the number of threads or on scheduling. The work must only
 * read shared state (or use thread-safe caches whose values do not depend on the order of filling).
 */
final class ParallelWork {

    /** Items a worker takes at a time: large enough that handing out costs little, small enough to balance. */
    private static final int CHUNK = 64;

    /** Daemon worker threads, reused between calls (so per-thread scratch space such as a query's survives). */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "linking-worker");
        thread.setDaemon(true);
        return thread;
    });

    private ParallelWork() {
    }

    /** {@code work} applied to 0 .. n-1, on {@code threads} threads; element i of the result is {@code work(i)}. */
    static <R> List<R> map(int n, int threads, IntFunction<R> work) {
        Object[] out = new Object[n];
        // a small n (a verify's few hundred comparisons) still shares out, in smaller pieces
        int chunk = Math.max(1, Math.min(CHUNK, n / (4 * Math.max(1, threads))));
        if (threads <= 1 || n < 2) {
            for (int i = 0; i < n; i++) {
                out[i] = work.apply(i);
            }
        } else {
            AtomicInteger next = new AtomicInteger();
            AtomicBoolean failed = new AtomicBoolean();
            Runnable worker = () -> {
                try {
                    for (int from = next.getAndAdd(chunk); from < n && !failed.get(); from = next.getAndAdd(chunk)) {
                        for (int i = from; i < Math.min(n, from + chunk); i++) {
                            out[i] = work.apply(i);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            };
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 1; t < threads; t++) {
                workers.add(POOL.submit(worker));
            }
            RuntimeException mine = null;
            try {
                worker.run();
            } catch (RuntimeException e) {
                mine = e;
            }
            try {
                for (Future<?> future : workers) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
            if (mine != null) {
                throw mine;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(out);
        return list;
    }
}
