package org.scorekit.convex;

/**
 * FISTA with adaptive restart (spec/convex-score.md §5 step 3, §6.6 step 2) for
 * min_u F(u) + R(u) with F smooth (gradient Lipschitz constant L) and R prox-friendly: step 1/L,
 * momentum t_{k+1} = (1 + √(1 + 4 t_k²))/2, and a restart (t = 1, no extrapolation) whenever
 * ⟨u_{k+1} − u_k, v_k − u_{k+1}⟩ &gt; 0, i.e. the step turned against the momentum.
 */
final class Fista {
    /** The objective's two parts. */
    interface Problem {
        /** Writes ∇F(v) into gradient. */
        void gradient(double[] v, double[] gradient);

        /** out = prox_{R/L}(z) = argmin_u R(u) + (L/2)‖u − z‖². */
        void prox(double[] z, double lipschitz, double[] out);
    }

    /** Called every {@code checkEvery} iterations with the current iterate; true stops. */
    interface Check {
        boolean stop(double[] u, int iteration);
    }

    /** The last iterate, the iterations run, and whether the check stopped the run. */
    record Run(double[] u, int iterations, boolean stopped) {
    }

    private Fista() {
    }

    static Run minimise(Problem problem, double[] start, double lipschitz, int maxIterations,
                        int checkEvery, Check check) {
        int size = start.length;
        double[] u = start.clone();
        double[] v = start.clone();
        double[] next = new double[size];
        double[] gradient = new double[size];
        double t = 1;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            problem.gradient(v, gradient);
            for (int m = 0; m < size; m++) {
                gradient[m] = v[m] - gradient[m] / lipschitz;
            }
            problem.prox(gradient, lipschitz, next);
            double turn = 0;
            for (int m = 0; m < size; m++) {
                turn += (next[m] - u[m]) * (v[m] - next[m]);
            }
            double tNext = turn > 0 ? 1 : (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            double momentum = turn > 0 ? 0 : (t - 1) / tNext;
            for (int m = 0; m < size; m++) {
                v[m] = next[m] + momentum * (next[m] - u[m]);
            }
            t = tNext;
            double[] previous = u;
            u = next;
            next = previous;
            if (iteration % checkEvery == 0 && check.stop(u, iteration)) {
                return new Run(u, iteration, true);
            }
        }
        return new Run(u, maxIterations, false);
    }
}
