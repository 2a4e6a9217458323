package org.scorekit.convex;

/**
 * The augmented Lagrangian of (M-relu-blockwise) at fixed multipliers (spec/convex-score.md §6.6
 * step 4), as a {@link Fista.Problem} over u = [V; W] (each P blocks of (d + 1) × d whose column c
 * is v_ic, resp. w_ic): smooth part ½‖A(V − W)‖² + Σ_i tr(D̃_i)⟨E, V_i − W_i⟩
 * + (δ/2) Σ ‖(γ/δ − K_i v_ic)_+‖² (the same for w), prox the group soft threshold of
 * β Σ (‖v_ic‖ + ‖w_ic‖). δ = κ L_A/‖X̃‖_F², κ = {@value #PENALTY}, sets the penalty's curvature
 * δ‖K_i‖² ≤ δ‖X̃‖_F² against the fit's L_A = ‖A‖², so the smooth part's Lipschitz constant is at
 * most 2L_A + δ‖X̃‖_F² = (2 + κ) L_A.
 */
final class ConeLagrangian implements Fista.Problem {
    private static final double SETTLED = 1e-11;
    private static final int CHECK_EVERY = 50;
    /** δ in units of L_A/‖X̃‖_F²: a stiffer penalty needs fewer multiplier rounds. */
    private static final double PENALTY = 10;

    private final Arrangement arrangement;
    private final NormalOperator normal;
    private final double beta;
    private final double fitLipschitz;
    private final double delta;
    private final double[] multipliers;

    ConeLagrangian(Arrangement arrangement, NormalOperator normal, double beta,
                   double fitLipschitz) {
        this.arrangement = arrangement;
        this.normal = normal;
        this.beta = beta;
        this.fitLipschitz = fitLipschitz;
        double frobenius = 0;
        for (int k = 0; k < arrangement.rows(); k++) {
            for (int j = 0; j <= arrangement.dimension(); j++) {
                frobenius += arrangement.lifted(k, j) * arrangement.lifted(k, j);
            }
        }
        delta = PENALTY * fitLipschitz / frobenius;
        multipliers = new double[2 * arrangement.count() * arrangement.dimension()
                * arrangement.rows()];
    }

    /** δ, the penalty weight. */
    double penaltyWeight() {
        return delta;
    }

    /** FISTA from u until the iterate moves by less than 10⁻¹¹ (relative) between checks. */
    double[] minimise(double[] u, int iterations) {
        double[] previous = u.clone();
        return Fista.minimise(this, u, (2 + PENALTY) * fitLipschitz, iterations, CHECK_EVERY,
                (current, iteration) -> {
                    double change = 0;
                    for (int m = 0; m < current.length; m++) {
                        double step = current[m] - previous[m];
                        change += step * step;
                    }
                    System.arraycopy(current, 0, previous, 0, current.length);
                    return change <= SETTLED * SETTLED * Math.max(1, Arrangement.dot(current,
                            current));
                }).u();
    }

    /** γ ← (γ − δ K_i v)_+ for every cone constraint. */
    void updateMultipliers(double[] u) {
        forEachConstraint(u, (index, slack) -> multipliers[index] = Math.max(0,
                multipliers[index] - delta * slack), null);
    }

    /** The block weights V − W of u = [V; W]. */
    static double[] difference(double[] u) {
        int half = u.length / 2;
        double[] combined = new double[half];
        for (int m = 0; m < half; m++) {
            combined[m] = u[m] - u[half + m];
        }
        return combined;
    }

    /** Where unit {@code group} (block group / d, column group % d) starts; entries step by d. */
    static int groupOffset(int group, int d) {
        return (group / d) * (d + 1) * d + group % d;
    }

    @Override
    public void gradient(double[] u, double[] gradient) {
        int half = u.length / 2;
        double[] combined = difference(u);
        double[] fit = new double[half];
        normal.apply(combined, fit);
        arrangement.addTrace(fit);
        for (int m = 0; m < half; m++) {
            gradient[m] = fit[m];
            gradient[half + m] = -fit[m];
        }
        forEachConstraint(u, null, gradient);
    }

    @Override
    public void prox(double[] z, double lipschitz, double[] out) {
        int d = arrangement.dimension();
        double threshold = beta / lipschitz;
        for (int group = 0; group < z.length / (d + 1); group++) {
            int offset = groupOffset(group, d);
            double norm = unitNorm(z, offset, d);
            double factor = norm > threshold ? 1 - threshold / norm : 0;
            for (int j = 0; j <= d; j++) {
                out[offset + j * d] = factor * z[offset + j * d];
            }
        }
    }

    /** Σ_{i,c} ‖v_ic‖ + ‖w_ic‖. */
    static double groupNorm(Arrangement arrangement, double[] u) {
        int d = arrangement.dimension();
        double sum = 0;
        for (int group = 0; group < u.length / (d + 1); group++) {
            sum += unitNorm(u, groupOffset(group, d), d);
        }
        return sum;
    }

    /** ‖v‖ of the unit whose d + 1 entries start at offset with stride d. */
    private static double unitNorm(double[] u, int offset, int d) {
        double norm = 0;
        for (int j = 0; j <= d; j++) {
            norm += u[offset + j * d] * u[offset + j * d];
        }
        return Math.sqrt(norm);
    }

    private interface SlackVisitor {
        void visit(int index, double slack);
    }

    /**
     * Visits every constraint (K_i v_ic)_k ≥ 0 with its slack; with a gradient array, adds the
     * penalty gradient −δ (γ/δ − slack)_+ K_i[k, ·] to column c of the unit's block.
     */
    private void forEachConstraint(double[] u, SlackVisitor visitor, double[] gradient) {
        int d = arrangement.dimension();
        int n = arrangement.rows();
        for (int group = 0; group < u.length / (d + 1); group++) {
            int pattern = (group / d) % arrangement.count();
            int offset = groupOffset(group, d);
            for (int k = 0; k < n; k++) {
                double side = ConeProjection.side(arrangement, k, pattern);
                double slack = 0;
                for (int j = 0; j <= d; j++) {
                    slack += arrangement.lifted(k, j) * u[offset + j * d];
                }
                slack *= side;
                int index = group * n + k;
                if (visitor != null) {
                    visitor.visit(index, slack);
                }
                double push = multipliers[index] - delta * slack;
                if (gradient != null && push > 0) {
                    for (int j = 0; j <= d; j++) {
                        gradient[offset + j * d] -= push * side * arrangement.lifted(k, j);
                    }
                }
            }
        }
    }
}
