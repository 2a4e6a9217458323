package org.scorekit.bench;

import java.util.Arrays;
import java.util.List;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.mlp.MlpSettings;
import org.scorekit.mlp.MlpShape;
import org.scorekit.mlp.MlpTrainer;
import org.scorekit.mlp.ResidualMlp;
import org.scorekit.model.InputMap;
import org.scorekit.model.LinearTimeEncoding;
import org.scorekit.random.Rng;
import org.scorekit.train.Precision;
import org.scorekit.train.ScoreMatchingProblem;
import org.scorekit.train.TrainingListener;

/**
 * Times Adam steps of the residual MLP baseline ({@code mlp}) on one fixed random batch. Usage:
 * {@code MlpStepTiming batch D d width blocks steps [float64|float32]} (d &lt; D: z holds x̃ and
 * the time column; Credit Default's one-hot rows are D = 95, d = 93); prints the seconds per
 * step and the achieved GFLOP/s on the 6·b·(parameters) flop count of a forward and backward
 * pass (two products per weight going back, one going forward).
 */
public final class MlpStepTiming {
    private MlpStepTiming() {
    }

    public static void main(String[] args) {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int inDim = args.length > 1 ? Integer.parseInt(args[1]) : 95;
        int d = args.length > 2 ? Integer.parseInt(args[2]) : 93;
        int width = args.length > 3 ? Integer.parseInt(args[3]) : 512;
        int blocks = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        int steps = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        Precision precision = Precision.of(args.length > 6 ? args[6] : "float32");
        Rng rng = Rng.of(1);
        Matrix z = rng.fork("z").gaussian(batch, inDim);
        double[] times = new double[batch];
        Arrays.fill(times, 0.5);
        ScoreMatchingProblem fixed = new ScoreMatchingProblem(
                new InputMap(d, new LinearTimeEncoding(1.0, 0.0), Double.NaN), z,
                rng.fork("labels").gaussian(batch, d), times, z, 0.01, 1, 1, 0);
        MlpShape shape = new MlpShape(inDim, d, width, blocks, d, 0, 1);
        ResidualMlp initial = ResidualMlp.initialize(shape, precision, rng.fork("init"));
        MlpTrainer warm = new MlpTrainer(new MlpSettings(5, batch, 1e-3, 0.999, 1000, 1e9,
                precision));
        warm.train(initial, step -> fixed, batch, List.of(), List.of(), TrainingListener.NONE);
        MlpTrainer trainer = new MlpTrainer(new MlpSettings(steps, batch, 1e-3, 0.999,
                steps + 1, 1e9, precision));
        long t0 = System.nanoTime();
        trainer.train(initial, step -> fixed, batch, List.of(), List.of(), TrainingListener.NONE);
        double perStep = (System.nanoTime() - t0) / 1e9 / (steps + 1);
        double flops = 6.0 * batch * shape.parameterCount();
        System.out.printf("scorekit mlp-step b=%d D=%d d=%d h=%d B=%d (%d parameters) %s"
                        + " backend=%s threads=%d: %.4f s per step, %.1f GFLOP/s%n",
                batch, inDim, d, width, blocks, shape.parameterCount(),
                precision.label(), Backends.current().name(), Parallel.threads(), perStep,
                flops / perStep / 1e9);
    }
}
