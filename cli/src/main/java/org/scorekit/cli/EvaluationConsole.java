package org.scorekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.scorekit.tabular.evaluation.EvaluationListener;

/**
 * Progress of {@code scorekit evaluate} on the error stream: a line per metric, and for the long
 * ones (C2ST, MLE) a progress bar on a terminal or a line per unit otherwise.
 */
final class EvaluationConsole implements EvaluationListener {
    /** Plain progress lines per stage where there is no terminal. */
    static final int LINES = 4;
    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private ProgressBar bar;
    private int units;

    EvaluationConsole(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    @Override
    public synchronized void stage(String description, int units) {
        close();
        err.println("- " + description);
        err.flush();
        this.units = units;
        done.set(0);
        if (terminal && units > 0) {
            bar = new ProgressBarBuilder().setTaskName("  ").setInitialMax(units)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public synchronized void advanced() {
        int n = done.incrementAndGet();
        if (bar != null) {
            bar.stepTo(n);
        } else if (n == units || n * LINES / units > (n - 1) * LINES / units) {
            // about LINES plain lines per stage, the last at completion
            err.printf("  %d/%d%n", n, units);
            err.flush();
        }
    }

    /** Ends the current progress bar, if any. */
    synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
