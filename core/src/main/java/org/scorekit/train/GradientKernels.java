package org.scorekit.train;

import java.util.Objects;
import org.scorekit.linalg.Matrix;

/**
 * Where full-batch GD computes its {@link LossGradient}: the process-wide choice, this
 * machine's {@link FusedGradient} unless a caller (the {@code spark} module's distributed run)
 * installs another factory for the extent of a {@link #use} scope.
 */
public final class GradientKernels {
    /** Creates the loss-and-gradient kernel for inputs Z, labels Y, width m and precision. */
    @FunctionalInterface
    public interface Factory {
        LossGradient create(Matrix inputs, Matrix labels, int width, Precision precision);
    }

    /** This machine's fused kernel. */
    public static final Factory LOCAL = FusedGradient::new;

    private static volatile Factory current = LOCAL;

    private GradientKernels() {
    }

    /** The factory in use. */
    public static Factory current() {
        return current;
    }

    /** Installs {@code factory} until the returned scope is closed (then the previous one). */
    public static Scope use(Factory factory) {
        Objects.requireNonNull(factory, "factory");
        Factory previous = current;
        current = factory;
        return () -> current = previous;
    }

    /** A scope opened by {@link #use}. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
