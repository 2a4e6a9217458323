package org.scorekit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scorekit.diffusion.LinearBetaSchedule;
import org.scorekit.diffusion.TimeGrid;
import org.scorekit.diffusion.VpProcess;
import org.scorekit.linalg.Matrix;
import org.scorekit.model.InputMap;
import org.scorekit.model.LinearTimeEncoding;
import org.scorekit.model.NetworkDenoiser;
import org.scorekit.model.ParametricScore;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.sample.EulerMaruyama;

/**
 * One Euler–Maruyama step of the reverse VP SDE (β linear 0.1 → 20) over n rows in R^d with the
 * score of a two-layer ReLU denoiser of width m on z = (x, t): 2·n·m·(2d + 1) flops in the
 * network, plus O(n d) for the drift and the Gaussian noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 9)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class SamplerStep {
    @Param({"27000x2048x24", "27000x2048x93"})
    public String shape;

    private ParametricScore score;
    private VpProcess process;
    private TimeGrid grid;
    private Matrix start;
    private Rng rng;

    @Setup
    public void setUp() {
        int[] s = Shapes.parse(shape, 3);
        Rng root = Rng.of(4);
        process = new VpProcess(new LinearBetaSchedule(0.1, 20.0));
        TwoLayerRelu network = TwoLayerRelu.initialize(s[1], s[2] + 1, s[2], false,
                root.fork("init"));
        score = new ParametricScore(
                new NetworkDenoiser(network, InputMap.of(s[2], LinearTimeEncoding.identity())),
                process);
        grid = TimeGrid.uniform(0.5, 0.49, 1);
        start = root.fork("start").gaussian(s[0], s[2]);
        rng = root.fork("noise");
    }

    @Benchmark
    public Matrix step() {
        return new EulerMaruyama().sample(score, process, grid, start, rng);
    }

    /** Network flops of one step for shape "nxmxd". */
    public static double flops(String shape) {
        int[] s = Shapes.parse(shape, 3);
        return 2.0 * s[0] * s[1] * (double) (2 * s[2] + 1);
    }
}
