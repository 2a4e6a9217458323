package org.scorekit.linalg;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Fixed-chunk parallel loops for a phase made of thousands of short loops, such as the
 * column-by-column symmetric products of a tridiagonalisation: waking parked pool workers costs
 * about 80 µs per loop here, as much as a whole loop over a 2000 × 2000 triangle. For the
 * duration of the phase, {@link Parallel#threads()} − 1 helper threads of its own spin waiting
 * for the next loop and claim its chunks together with the calling thread.
 *
 * <p>As with {@link Parallel#forEachChunk}, chunk boundaries are the caller's and depend on the
 * problem size only, and every chunk writes its own output; which thread runs a chunk never
 * changes a result. Called from inside the pool, or with one thread, the loops run inline.
 * Meant for phases of seconds at most: the helpers keep their cores busy until {@link #close}.
 */
final class SpinningTeam implements AutoCloseable {
    /** One loop: its chunks are claimed through its own counter, so loops never mix. */
    private record Loop(int chunks, IntConsumer body, AtomicInteger next, AtomicInteger done) {
        /** Claims and runs chunks until none is left; the first failure is kept. */
        void work(SpinningTeam team) {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    body.accept(c);
                } catch (RuntimeException | Error e) {
                    team.fail(e);
                } finally {
                    done.incrementAndGet();
                }
            }
        }
    }

    /** Busy-wait rounds before a waiting thread starts to yield (some tens of µs). */
    private static final int SPINS = 1 << 12;

    private final boolean inline;
    private volatile Loop current;
    private volatile boolean closed;
    private volatile Throwable failure;

    private SpinningTeam(boolean inline) {
        this.inline = inline;
    }

    /**
     * Starts {@link Parallel#threads()} − 1 helpers; none inside {@link Parallel}'s pool, whose
     * loops run nested ones inline too.
     */
    static SpinningTeam start() {
        return withHelpers(Parallel.inPool() ? 0 : Parallel.threads() - 1);
    }

    /** Starts a team of the calling thread and {@code helpers} daemon threads. */
    static SpinningTeam withHelpers(int helpers) {
        SpinningTeam team = new SpinningTeam(helpers == 0);
        for (int h = 0; h < helpers; h++) {
            Thread thread = new Thread(team::help, "scorekit-spinning-" + h);
            thread.setDaemon(true);
            thread.start();
        }
        return team;
    }

    /** Runs {@code body.accept(c)} for every chunk c in [0, chunks) and waits for all of them. */
    void forEachChunk(int chunks, IntConsumer body) {
        if (inline || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                body.accept(c);
            }
            return;
        }
        Loop loop = new Loop(chunks, body, new AtomicInteger(), new AtomicInteger());
        current = loop;
        loop.work(this);
        for (int spins = 0; loop.done.get() < chunks; spins++) {
            pause(spins);
        }
        Throwable f = failure;
        if (f != null) {
            failure = null;
            if (f instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) f;
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    private void help() {
        Loop seen = null;
        for (int spins = 0; !closed; spins++) {
            Loop loop = current;
            if (loop != seen) {
                seen = loop;
                loop.work(this);
                spins = 0;
            } else {
                pause(spins);
            }
        }
    }

    /**
     * Spins for the first {@link #SPINS} rounds of a wait, then yields at every round: with more
     * threads than free cores a spinning thread would otherwise hold the core that the thread
     * it waits for needs.
     */
    private static void pause(int spins) {
        if (spins < SPINS) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }

    private synchronized void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
    }
}
