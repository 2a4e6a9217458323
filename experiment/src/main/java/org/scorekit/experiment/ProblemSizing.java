package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scorekit.checks.Checks;

/**
 * The training-draw size N of a spec that leaves {@code problem.size} out. The run starts at
 * {@link ProblemSpec#DEFAULT_SIZE}. Where the network's gain on the validation draw over step 0
 * (f_W = 0, f = g the Gaussian-fit base) is not above {@link Schedule#significance()} (3) standard errors of
 * the paired per-row differences ({@link ValidationGain}; validation keeping step 0 is the case of
 * no gain at all), the network added nothing measurable at this N. That happens where the
 * residual x_0 − g is small against the label noise Var(X_0 | X_t): GD fits noise in the
 * kernel's leading directions (whose share falls as 1/N) before it reaches the residual
 * (bench/README.md, "defaults table"). The threshold is one-sided and generous on purpose: a
 * gain called significant stops the growth and is kept, so a noise gain picked as the best of
 * many evaluated steps must not pass, while growing a run that did gain costs only time. The
 * run is then
 * repeated from the start with {@link Schedule#growth()} times as many draws, while that is at
 * most {@link Schedule#maxSize()} and passes every preflight check at the heap the run has; the
 * last attempt is kept. The rule looks at the validation loss only, never at the exact oracle.
 *
 * <p>Every attempt draws and trains a resolved spec with an explicit size from the start; the kept
 * one's spec is what spec.json saves, so {@code reproduce} re-runs it directly; the attempts
 * before it are recorded under {@code provenance.sizing} of run.json.
 */
public final class ProblemSizing {

    /**
     * How N grows: by {@code growth} a time, up to {@code maxSize}, while the validation gain is
     * at most {@code significance} standard errors.
     *
     * @param growth       factor between successive sizes
     * @param maxSize      largest size reached by growing
     * @param significance standard errors the validation gain must exceed to count as a gain
     */
    public record Schedule(int growth, int maxSize, double significance) {
        /**
         * From 4,000 to 16,000 (above the dense-spectrum limit of {@link Training}, where one
         * run of the defaults corpus takes one to three minutes on two cores, bench/README.md),
         * at 3 standard errors.
         */
        public static final Schedule DEFAULT = new Schedule(4, ProblemSpec.DEFAULT_SIZE * 4, 3.0);

        public Schedule {
            Checks.require(growth >= 2, "growth must be at least 2: " + growth);
            Checks.positive("maxSize", maxSize);
            Checks.require(significance >= 0, "significance must be at least 0: " + significance);
        }
    }

    private ProblemSizing() {
    }

    /**
     * An attempt that was not kept.
     *
     * @param size         its N
     * @param selectedStep the step validation selected
     * @param gain         the validation gain over step 0
     * @param gainStdErr   its standard error
     */
    public record Attempt(int size, int selectedStep, double gain, double gainStdErr) {
        static Attempt of(int size, Training.Trained fit) {
            return new Attempt(size, fit.result().stopReason().selectedStep(), fit.gain().mean(),
                    fit.gain().stdErr());
        }
    }

    /**
     * The kept run and the attempts before it.
     *
     * @param pipeline  the kept run's resolved pipeline (its spec has an explicit size)
     * @param outcome   what it computed
     * @param schedule  how N grew
     * @param grownFrom the attempts that were not kept, smallest first
     * @param grows     whether the rule applied (size left out, validation stopping, a base
     *                  and the antisymmetric start); provenance.sizing is written only then
     * @param limit     why growing stopped, where the gain was still not significant ("" if not)
     */
    public record Sized(Pipeline pipeline, RunOutcome outcome, Schedule schedule, boolean grows,
                        List<Attempt> grownFrom, String limit) {
        /** provenance.sizing of run.json: the rule, the attempts, the kept size. */
        public ObjectNode json() {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("rule", "N times " + schedule.growth() + " up to " + schedule.maxSize()
                    + " while the validation gain over step 0 is at most "
                    + schedule.significance() + " standard errors");
            ArrayNode attempts = n.putArray("attempts");
            for (Attempt a : grownFrom) {
                ObjectNode row = attempts.addObject().put("size", a.size())
                        .put("selectedStep", a.selectedStep()).put("validationGain", a.gain());
                if (Double.isFinite(a.gainStdErr())) {
                    row.put("validationGainStdErr", a.gainStdErr());
                }
            }
            n.put("size", pipeline.spec().problem().size());
            if (!limit.isEmpty()) {
                n.put("stoppedGrowing", limit);
            }
            return n;
        }
    }

    /**
     * Runs {@code first} (the resolved {@code raw}, already preflight-checked at a heap of
     * {@code maxHeap} bytes), growing N by {@link Schedule#DEFAULT} when {@code raw} leaves the
     * size out.
     */
    public static Sized run(ExperimentSpec raw, Path baseDir, Pipeline first, long maxHeap,
                            RunListener listener) {
        boolean sizeLeftOut = raw.problem() == null || raw.problem().size() == null;
        return run(raw, baseDir, first, maxHeap, listener, Schedule.DEFAULT, sizeLeftOut);
    }

    /** {@link #run} with the schedule, and whether N may grow, given. */
    static Sized run(ExperimentSpec raw, Path baseDir, Pipeline first, long maxHeap,
                     RunListener listener, Schedule schedule, boolean sizeLeftOut) {
        // Step 0 is f = g only with a base and a zero start (antisymmetric network or kernel).
        // A table's N is K draws per row (data.drawsPerRow), never grown.
        boolean grows = sizeLeftOut && first.data() instanceof LawData
                && first.spec().stopping().rule() == StoppingRuleKind.VALIDATION
                && first.spec().problem().base().present()
                && first.spec().estimator().startsAtZero()
                && !first.spec().estimator().isMlp();
        List<Attempt> attempts = new ArrayList<>();
        Runner.Fitted fitted = Runner.fit(first, listener);
        String limit = "";
        while (grows && addedNothing(fitted.fit(), schedule)) {
            int size = fitted.pipeline().spec().problem().size();
            long next = (long) size * schedule.growth();
            if (next > schedule.maxSize()) {
                limit = "N = " + size + " is the largest size grown to";
                break;
            }
            Pipeline grown;
            try {
                grown = Pipeline.from(withSize(raw, (int) next), baseDir);
                Preflight.check(grown, maxHeap);
            } catch (InvalidSpecException e) {
                limit = "N = " + next + ": " + e.getMessage();
                break;
            }
            // Only GD runs grow (grows needs a zero start, which the convex ladder has not).
            Training.Trained trained = (Training.Trained) fitted.fit();
            attempts.add(Attempt.of(size, trained));
            listener.stage(String.format(Locale.ROOT, "validation gain %.3g (standard"
                    + " error %.2g) at N = %d: the network added nothing measurable to the Gaussian"
                    + " fit; retrying with N = %d", trained.gain().mean(),
                    trained.gain().stdErr(), size, next));
            fitted = Runner.fit(grown, listener);
        }
        boolean stillNothing = grows && addedNothing(fitted.fit(), schedule);
        return new Sized(fitted.pipeline(), Runner.measure(fitted, listener), schedule, grows,
                List.copyOf(attempts), stillNothing ? limit : "");
    }

    private static boolean addedNothing(Fit fitted, Schedule schedule) {
        return fitted instanceof Training.Trained fit && !fit.result().stopReason().isDivergence()
                && !fit.gain().exceeds(schedule.significance());
    }

    /** {@code raw} with {@code problem.size} set, every other field as written. */
    static ExperimentSpec withSize(ExperimentSpec raw, int size) {
        ProblemSpec p = raw.problem() == null
                ? new ProblemSpec(null, null, null, null, null, null, null, null, null, null)
                : raw.problem();
        ProblemSpec sized = new ProblemSpec(size, p.timeMin(), p.timeMax(), p.noiseFloor(),
                p.priorMismatch(), p.inputScaling(), p.timeEncoding(), p.constantInput(), p.base(),
                p.target());
        return new ExperimentSpec(raw.formatVersion(), raw.name(), raw.seed(), raw.data(),
                raw.process(), sized, raw.estimator(), raw.stopping(), raw.sampler(),
                raw.metrics());
    }
}
