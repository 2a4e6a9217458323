package org.scorekit.bench;

import java.util.Arrays;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.model.TwoLayerRelu;
import org.scorekit.random.Rng;
import org.scorekit.train.FusedGradient;
import org.scorekit.train.Precision;

/**
 * Times one full-batch GD step (fused loss + gradient, then the update) of the two-layer ReLU
 * network. Usage: {@code GdStepTiming N D m d repeats [float64|float32]}; prints the median
 * seconds per step and
 * the achieved GFLOP/s on the 4·N·m·(D + d) flop count of DESIGN.md §6.
 */
public final class GdStepTiming {
    private GdStepTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30000;
        int inDim = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        int m = args.length > 2 ? Integer.parseInt(args[2]) : 2048;
        int d = args.length > 3 ? Integer.parseInt(args[3]) : 24;
        int repeats = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        Precision precision = Precision.of(args.length > 5 ? args[5] : "float64");
        Rng rng = Rng.of(1);
        Matrix z = rng.fork("z").gaussian(n, inDim);
        Matrix y = rng.fork("y").gaussian(n, d);
        TwoLayerRelu net = TwoLayerRelu.initialize(m, inDim, d, false, rng.fork("init"));
        FusedGradient kernel = new FusedGradient(z, y, m, precision);
        double[] grad = new double[m * inDim];
        double[] w = net.firstLayerData();
        double eta = 1e-7;
        double[] times = new double[repeats];
        for (int warm = 0; warm < 15; warm++) { // steady state: see GdStep
            kernel.compute(net, grad);
        }
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            kernel.compute(net, grad);
            for (int i = 0; i < w.length; i++) {
                w[i] -= eta * grad[i];
            }
            times[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        double median = times[repeats / 2];
        double flops = 4.0 * n * m * (inDim + d);
        System.out.printf("scorekit gd-step N=%d D=%d m=%d d=%d %s backend=%s threads=%d: "
                        + "median %.4f s (min %.4f s), %.1f GFLOP/s%n", n, inDim, m, d,
                precision.label(), Backends.current().name(), Parallel.threads(), median, times[0],
                flops / median / 1e9);
    }
}
