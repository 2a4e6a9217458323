package org.scorekit.bench;

import org.scorekit.linalg.Backends;
import org.scorekit.linalg.BlockLanczos;
import org.scorekit.linalg.Matrix;
import org.scorekit.linalg.Parallel;
import org.scorekit.ntk.ReluNtk;
import org.scorekit.ntk.RwyRule;
import org.scorekit.ntk.TopSpectrum;
import org.scorekit.random.Rng;
import org.scorekit.train.StepSize;

/**
 * Times the RWY rule from the top of the K^∞ spectrum ({@link TopSpectrum#forRule}, block
 * Lanczos on the matrix-free K^∞ V) on N score-matching inputs z = (x, t), x ~ N(0, I_{D−1}),
 * t ~ U[0.05, 2], with η_rel = 1. Usage: {@code TopSpectrumTiming N D [sigmaEff] [blockWidth]};
 * prints seconds, k, products, τ̂, ε_N, and the seconds of one block product for scale.
 */
public final class TopSpectrumTiming {
    private TopSpectrumTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 27000;
        int dim = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        double sigmaEff = args.length > 2 ? Double.parseDouble(args[2]) : RwyRule.DEFAULT_SIGMA_EFF;
        int width = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        Rng rng = Rng.of(16);
        Matrix z = ScoreInputs.draw(n, dim, rng);
        Matrix block = rng.fork("block").gaussian(n, width);
        long t0 = System.nanoTime();
        ReluNtk.multiply(z, block);
        double product = (System.nanoTime() - t0) / 1e9;
        BlockLanczos.Options options = new BlockLanczos.Options(width,
                BlockLanczos.Options.DEFAULT.maxDimension(), BlockLanczos.Options.DEFAULT.tolerance());
        StepSize step = StepSize.relative(1.0);
        long t1 = System.nanoTime();
        TopSpectrum top = TopSpectrum.forRule(z, step, sigmaEff, options, rng.fork("lanczos"));
        double seconds = (System.nanoTime() - t1) / 1e9;
        double eta = step.resolve(top.lambdaMax());
        RwyRule rule = top.rule(eta, sigmaEff);
        System.out.printf("scorekit top-spectrum RWY N=%d D=%d sigmaEff=%g b=%d backend=%s threads=%d:"
                        + " %.2f s, k=%d, products=%d (%d blocks), resolved=%b, tauHat=%d,"
                        + " criticalRadius=%.6g, lambdaMax=%.6g, one block product %.2f s%n",
                n, dim, sigmaEff, width, Backends.current().name(), Parallel.threads(), seconds,
                top.count(), top.products(), top.products() / width, top.resolves(eta, sigmaEff),
                rule.tauHat(), rule.criticalRadius(), top.lambdaMax(), product);
    }
}
