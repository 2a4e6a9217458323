package org.scorekit.linalg;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixed-chunk parallel loops. Work is split into chunks whose boundaries depend only on the
 * problem size, never on the thread count, and partial results are reduced by the caller in
 * chunk order, so results are bit-identical for every thread count (STYLE.md).
 * The thread count comes from {@code -Dscorekit.threads=N} (default: available processors).
 */
public final class Parallel {
    /** The system property holding the thread count. */
    public static final String PROPERTY = "scorekit.threads";

    private static final int THREADS = readThreads();
    private static final ForkJoinPool POOL = THREADS > 1 ? new ForkJoinPool(THREADS) : null;

    private Parallel() {
    }

    /** The number of worker threads in use. */
    public static int threads() {
        return THREADS;
    }

    /** Runs {@code body.accept(c)} for every chunk c in [0, chunks), in parallel when allowed. */
    public static void forEachChunk(int chunks, IntConsumer body) {
        // Nested loops run inline: a worker waiting on its own pool could starve it.
        if (POOL == null || chunks <= 1 || inPool()) {
            for (int c = 0; c < chunks; c++) {
                body.accept(c);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            final int chunk = c;
            futures.add(POOL.submit(() -> body.accept(chunk)));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    /** Whether the calling thread is one of the pool's workers (nested loops run inline). */
    static boolean inPool() {
        return POOL != null && ForkJoinTask.getPool() == POOL;
    }

    /** The number of chunks when n items are cut into chunks of {@code size}. */
    public static int chunkCount(int n, int size) {
        return (n + size - 1) / size;
    }

    private static int readThreads() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int t = Integer.parseInt(value.trim());
            if (t < 1) {
                throw new IllegalArgumentException(PROPERTY + " must be a positive integer: " + value);
            }
            return t;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a positive integer: " + value, e);
        }
    }
}
