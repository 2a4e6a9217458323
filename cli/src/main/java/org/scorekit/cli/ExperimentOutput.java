package org.scorekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.scorekit.experiment.theory.ExperimentOptions;
import org.scorekit.experiment.theory.ExperimentResult;
import org.scorekit.experiment.theory.ExperimentWriter;
import org.scorekit.report.ExperimentReportWriter;

/**
 * A finished theory experiment's directory and its printed verdicts (shared by
 * {@code scorekit experiment} and the {@code spark} module's experiment sweep).
 */
public final class ExperimentOutput {
    private ExperimentOutput() {
    }

    /** Writes the experiment directory under {@code root}, prints the claims and fits. */
    public static Path write(Path root, ExperimentResult result, ExperimentOptions options,
                             Instant started, double seconds, PrintWriter stdout)
            throws IOException {
        Path dir = ExperimentWriter.write(root, result, options, started, seconds,
                d -> new ExperimentReportWriter().write(d));
        for (ExperimentResult.Claim c : result.claims()) {
            stdout.printf("%-13s %s  [%s]%n", c.holds() ? "holds:" : "DOES NOT HOLD:", c.statement(), c.evidence());
        }
        for (ExperimentResult.Fit f : result.fits()) {
            // An exact quantity (a certified optimum, a distance) has no interval: none is printed.
            String interval = Double.isNaN(f.ciLow()) && Double.isNaN(f.ciHigh()) ? ""
                    : String.format(", 95%% CI [%.4g, %.4g]", f.ciLow(), f.ciHigh());
            stdout.printf("fit: %s = %.4g%s (%s)%n", f.name(), f.value(), interval, f.reference());
        }
        stdout.println("experiment directory: " + dir);
        return dir;
    }
}
