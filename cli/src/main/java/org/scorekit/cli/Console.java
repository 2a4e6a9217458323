package org.scorekit.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.scorekit.experiment.RunListener;
import org.scorekit.linalg.Backends;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.train.StopReason;
import org.scorekit.train.TrainingHistory;

/**
 * Progress on the error stream: a progress bar for training on a terminal, plain lines
 * (stages and every tenth of the step budget) otherwise.
 */
final class Console implements RunListener {
    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private int maxSteps;
    private int nextLine;

    Console(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    /** Prints backend warnings once. */
    void announceBackend() {
        Backends.selection().warnings().forEach(err::println);
        err.println("backend: " + Backends.current().name());
    }

    @Override
    public void stage(String description) {
        err.println("- " + description);
        err.flush();
    }

    @Override
    public void started(int steps) {
        maxSteps = Math.max(1, steps);
        nextLine = 0;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("GD").setInitialMax(steps)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(
                            new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build();
        }
    }

    @Override
    public void stepped(TrainingHistory.Entry entry, TwoLayerRelu network) {
        if (bar != null) {
            bar.stepTo(entry.step());
            bar.setExtraMessage(String.format(" loss %.4g", entry.trainLoss()));
        } else if (entry.step() >= nextLine) {
            err.printf("  step %d/%d  train loss %.6g%n", entry.step(), maxSteps, entry.trainLoss());
            err.flush();
            nextLine = entry.step() + Math.max(1, maxSteps / 10);
        }
    }

    @Override
    public void finished(StopReason reason) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        err.printf("  stopped: %s at step %d (selected step %d)%n", reason.kind(), reason.step(),
                reason.selectedStep());
    }
}
