package org.scorekit.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scorekit.checks.Checks;
import org.scorekit.convex.Activation;
import org.scorekit.convex.ActivationPatterns;
import org.scorekit.convex.ActiveSetLasso;
import org.scorekit.convex.Certificate;
import org.scorekit.convex.GatedFista;
import org.scorekit.convex.MultivariateProgram;
import org.scorekit.convex.MultivariateResult;
import org.scorekit.convex.MultivariateSolution;
import org.scorekit.convex.Threshold;
import org.scorekit.convex.UnivariateProgram;
import org.scorekit.convex.UnivariateResult;
import org.scorekit.convex.UnivariateSolution;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.RunTables;
import org.scorekit.experiment.SpecReader;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scorekit convex POINTS.csv --beta B}: the convex score-matching program of a two-layer
 * network (spec/convex-score.md) on given points, solved to a certified optimum: the exact
 * univariate program (§2) for one column, the gated program over sampled activation patterns
 * (§6.2) for d ≥ 2. β below the boundedness threshold is reported as unbounded, never as a number.
 */
@Command(name = "convex", description = "Solve the convex score-matching program on given points,"
        + " with a duality-gap certificate (or the statement that it is unbounded).")
final class ConvexCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "POINTS",
            description = "CSV of points, d columns; the first row is a header unless all its cells are numbers.")
    Path points;

    @Option(names = "--beta", required = true, description = "Weight decay β > 0 (sum normalisation).")
    double beta;

    @Option(names = "--activation", defaultValue = "relu", description = "relu or abs (default relu).")
    String activation;

    @Option(names = "--skip", description = "Add the unregularised skip connection V x (1-D only).")
    boolean skip;

    @Option(names = "--gates", defaultValue = "200",
            description = "Gaussian gates drawn for the activation patterns (d >= 2; default 200).")
    int gates;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the gates (default 0).")
    long seed;

    @Option(names = "--out", description = "Write the result as JSON to this file.")
    Path out;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("--beta must be a positive finite number: " + beta);
        }
        Checks.positive("--gates", gates);
        Activation sigma = Checks.oneOf("--activation", Activation.values(), Activation::label,
                activation);
        Matrix x = RunTables.readMatrix(points);
        if (x.rows() < 2) {
            throw new IllegalArgumentException(points + ": the program needs at least 2 points, got "
                    + x.rows());
        }
        if (skip && x.cols() > 1) {
            throw new IllegalArgumentException("--skip is for one column (the univariate program): "
                    + points + " has " + x.cols());
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("points", x.rows())
                .put("dimension", x.cols()).put("beta", beta).put("activation", sigma.label());
        String line;
        try {
            line = x.cols() == 1 ? univariate(x, sigma, json) : multivariate(x, sigma, json);
        } catch (IllegalArgumentException e) {
            // The programs check their data (distinct points, at least two that differ).
            throw new IllegalArgumentException(points + ": " + e.getMessage(), e);
        }
        if (out != null) {
            AtomicFiles.writeString(out, SpecReader.json().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json) + "\n");
        }
        command.commandLine().getOut().println(line);
        return 0;
    }

    private String univariate(Matrix x, Activation sigma, ObjectNode json) {
        UnivariateProgram program = new UnivariateProgram(x.column(0), sigma, skip, beta);
        json.put("program", "univariate").put("skip", skip);
        UnivariateResult result = ActiveSetLasso.solve(program);
        if (result instanceof UnivariateResult.Unbounded u) {
            json.put("result", "unbounded").put("threshold", u.threshold());
            return String.format(Locale.ROOT, "unbounded: beta %s is below the threshold %s"
                    + " (the objective has no minimum)", number(beta), number(u.threshold()));
        }
        UnivariateSolution solution = result.optimum().orElseThrow();
        long kinks = Arrays.stream(solution.coefficients()).filter(c -> c != 0).count();
        json.put("result", "optimum").put("kinks", kinks).put("bias", solution.bias())
                .put("skipWeight", solution.skip());
        return optimum(solution.certificate(), json, kinks + " kinks");
    }

    private String multivariate(Matrix x, Activation sigma, ObjectNode json) {
        ActivationPatterns patterns = ActivationPatterns.sample(x, gates, Rng.of(seed).fork("gates"));
        json.put("program", "gated").put("gates", gates).put("seed", seed)
                .put("patterns", patterns.count());
        MultivariateResult result = GatedFista.solve(new MultivariateProgram(x, patterns, sigma, beta));
        Threshold t = result.threshold();
        json.put("thresholdLower", t.lower()).put("thresholdUpper", t.upper());
        String bounds = "beta_min in [" + number(t.lower()) + ", " + number(t.upper()) + "]";
        if (result instanceof MultivariateResult.Unbounded) {
            json.put("result", "unbounded");
            return "unbounded: beta " + number(beta) + " is below the threshold (" + bounds
                    + "; " + patterns.count() + " patterns)";
        }
        if (result instanceof MultivariateResult.Undecided) {
            json.put("result", "undecided");
            return "undecided: beta " + number(beta) + " lies between the certified bounds ("
                    + bounds + "); raise beta above the upper bound";
        }
        MultivariateSolution solution = result.optimum().orElseThrow();
        int units = solution.network().width();
        json.put("result", "optimum").put("units", units);
        return optimum(solution.certificate(), json, units + " units, " + patterns.count()
                + " patterns of " + gates + " gates");
    }

    /**
     * The optimum with its gap relative to max(1, |objective|); a gap below zero is rounding in
     * the two objectives (the dual point is feasible to rounding) and is said so.
     */
    private static String optimum(Certificate c, ObjectNode json, String shape) {
        double relative = c.gap() / Math.max(1.0, Math.abs(c.primal()));
        json.put("objective", c.primal()).put("dual", c.dual()).put("gap", c.gap())
                .put("relativeGap", relative);
        String gap = relative >= 0 ? String.format(Locale.ROOT, "%.2g", relative)
                : String.format(Locale.ROOT, "0 to rounding (%.2g)", relative);
        return String.format(Locale.ROOT, "optimum %.10g, relative duality gap %s (%s)", c.primal(),
                gap, shape);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
