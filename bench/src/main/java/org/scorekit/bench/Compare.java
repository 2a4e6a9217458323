package org.scorekit.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The scorekit side of {@code bench/compare}: runs each figure's JMH benchmark (one fork, the
 * warm-up and measurement counts annotated on the benchmark, single-shot iterations) and prints
 * one line per figure, {@code key <TAB> median seconds <TAB> flops} (flops 0 where no flop count
 * is defined). Usage: {@code Compare THREADS JMH_LOG [PATTERN]}: with a pattern, only the
 * figures whose key contains a match of that regular expression.
 */
public final class Compare {
    private record Figure(String key, String benchmark, String param, String value,
                          String precision, ToDoubleFunction<String> flops) {
        Figure(String key, String benchmark, String param, String value,
               ToDoubleFunction<String> flops) {
            this(key, benchmark, param, value, "float64", flops);
        }
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("dgemm-2048", "GemmPeak.dgemm", "n", "2048",
                    v -> GemmPeak.flops(Integer.parseInt(v))),
            new Figure("sgemm-2048", "GemmPeak.sgemm", "n", "2048",
                    v -> GemmPeak.flops(Integer.parseInt(v))),
            new Figure("gd-30000-25-2048-24", "GdStep.step", "shape", "30000x25x2048x24",
                    GdStep::flops),
            new Figure("gd32-30000-25-2048-24", "GdStep.step", "shape", "30000x25x2048x24",
                    "float32", GdStep::flops),
            new Figure("gd-27000-94-2048-93", "GdStep.step", "shape", "27000x94x2048x93",
                    GdStep::flops),
            new Figure("gd32-27000-94-2048-93", "GdStep.step", "shape", "27000x94x2048x93",
                    "float32", GdStep::flops),
            new Figure("gd-8000-25-2048-24", "GdStep.step", "shape", "8000x25x2048x24",
                    GdStep::flops),
            new Figure("gd-30000-9-512-8", "GdStep.step", "shape", "30000x9x512x8",
                    GdStep::flops),
            new Figure("gram-4000-25", "GramBuild.gram", "n", "4000", v -> 0),
            new Figure("gram-8000-25", "GramBuild.gram", "n", "8000", v -> 0),
            new Figure("eigh-2000", "Eigh.eigh", "n", "2000", v -> 0),
            new Figure("eigh-4000", "Eigh.eigh", "n", "4000", v -> 0),
            new Figure("em-27000-2048-24", "SamplerStep.step", "shape", "27000x2048x24",
                    SamplerStep::flops),
            new Figure("em-27000-2048-93", "SamplerStep.step", "shape", "27000x2048x93",
                    SamplerStep::flops),
            new Figure("nn-27000-100", "NearestNeighbour.distances", "shape", "27000x100",
                    NearestNeighbour::flops),
            new Figure("convex1d-2000-1", "UnivariateSolve.solve", "shape", "2000x1", v -> 0),
            new Figure("convex1d-2000-10", "UnivariateSolve.solve", "shape", "2000x10", v -> 0),
            new Figure("convex2d-10000-500", "MultivariateSolve.solve", "shape", "10000x500",
                    v -> 0),
            new Figure("alphabeta-27000", "TabularMetrics.alphaBeta", "alphaBetaRows", "27000",
                    v -> 0),
            new Figure("dcr-15000", "TabularMetrics.dcr", "dcrRows", "15000", v -> 0));

    private Compare() {
    }

    public static void main(String[] args) throws RunnerException {
        int threads = Integer.parseInt(args[0]);
        String log = args[1];
        Pattern only = Pattern.compile(args.length > 2 ? args[2] : "");
        for (Figure f : FIGURES.stream().filter(f -> only.matcher(f.key()).find()).toList()) {
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include("^org\\.scorekit\\.bench\\." + f.benchmark().replace(".", "\\.") + "$")
                    .param(f.param(), f.value())
                    .jvmArgsAppend("-Dscorekit.threads=" + threads)
                    .verbosity(VerboseMode.NORMAL)
                    .output(log + "." + f.key());
            if (f.benchmark().startsWith("GdStep.")) {
                options = options.param("precision", f.precision());
            }
            for (RunResult r : new Runner(options.build()).run()) {
                double median = r.getPrimaryResult().getStatistics().getPercentile(50);
                System.out.printf(Locale.ROOT, "%s\t%.6f\t%.6e%n", f.key(), median,
                        f.flops().applyAsDouble(f.value()));
            }
        }
    }
}
