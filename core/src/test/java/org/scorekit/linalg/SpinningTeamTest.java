package org.scorekit.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link SpinningTeam} with real helper threads (surefire runs with one scorekit thread). */
class SpinningTeamTest {
    @Test
    void everyChunkOfEveryLoopRunsExactlyOnceBeforeTheLoopReturns() {
        int loops = 3000;
        Thread caller = Thread.currentThread();
        try (SpinningTeam team = SpinningTeam.withHelpers(3)) {
            for (int l = 0; l < loops; l++) {
                int chunks = l % 41;
                AtomicIntegerArray runs = new AtomicIntegerArray(chunks);
                // Helpers' chunks take longer, so a loop that returned early would be seen.
                team.forEachChunk(chunks, c -> {
                    if (Thread.currentThread() != caller) {
                        busyWait(20_000);
                    }
                    runs.incrementAndGet(c);
                });
                for (int c = 0; c < chunks; c++) {
                    assertEquals(1, runs.get(c), "loop " + l + ", chunk " + c);
                }
            }
        }
    }

    @Test
    void aFailingChunkReachesTheCallerAndTheTeamGoesOn() {
        try (SpinningTeam team = SpinningTeam.withHelpers(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> team.forEachChunk(16, c -> {
                        if (c == 11) {
                            throw new IllegalStateException("chunk 11");
                        }
                    }));
            assertEquals("chunk 11", e.getMessage());
            AtomicIntegerArray runs = new AtomicIntegerArray(16);
            team.forEachChunk(16, runs::incrementAndGet);
            for (int c = 0; c < 16; c++) {
                assertEquals(1, runs.get(c), "chunk " + c + " after the failure");
            }
        }
    }

    @Test
    void withoutHelpersTheLoopsRunOnTheCallingThreadInOrder() {
        Thread caller = Thread.currentThread();
        int[] order = new int[8];
        int[] next = {0};
        try (SpinningTeam team = SpinningTeam.withHelpers(0)) {
            team.forEachChunk(8, c -> {
                assertSame(caller, Thread.currentThread());
                order[next[0]++] = c;
            });
        }
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, order);
    }

    @Test
    void aFixedChunkReductionGivesTheSameBitsWithAndWithoutHelpers() {
        double[] x = new double[10_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i) * Math.exp(i % 17);
        }
        assertEquals(Double.doubleToLongBits(chunkedSum(x, 0)),
                Double.doubleToLongBits(chunkedSum(x, 3)));
    }

    private static void busyWait(long nanos) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < nanos) {
            Thread.onSpinWait();
        }
    }

    private static double chunkedSum(double[] x, int helpers) {
        double[] partial = new double[Parallel.chunkCount(x.length, 333)];
        try (SpinningTeam team = SpinningTeam.withHelpers(helpers)) {
            for (int repeat = 0; repeat < 50; repeat++) {
                team.forEachChunk(partial.length, c -> {
                    double s = 0;
                    for (int i = c * 333; i < Math.min(x.length, (c + 1) * 333); i++) {
                        s += x[i];
                    }
                    partial[c] = s;
                });
            }
        }
        double sum = 0;
        for (double p : partial) {
            sum += p;
        }
        return sum;
    }
}
