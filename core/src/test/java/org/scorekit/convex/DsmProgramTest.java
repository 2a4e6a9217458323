package org.scorekit.convex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.scorekit.random.Rng;

/** Shapes and bad input of the DSM program and its ladder. */
class DsmProgramTest {
    static final double[] DATA = {-1.0, 0.5, 2.0};

    static void rejected(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    static DenoisingProgram program(double[] data, double sigma, int draws, double beta) {
        return DenoisingProgram.draw(data, sigma, draws, Activation.RELU, false, beta, Rng.of(1));
    }

    @Test
    void badInputIsRejectedWithOneClearMessage() {
        rejected("beta must be positive and finite: 0.0", () -> program(DATA, 0.5, 2, 0.0));
        rejected("beta must be positive and finite: -1.0", () -> program(DATA, 0.5, 2, -1.0));
        rejected("beta must be positive and finite: NaN", () -> program(DATA, 0.5, 2, Double.NaN));
        rejected("noiseLevel must be positive and finite: 0.0", () -> program(DATA, 0.0, 2, 1.0));
        rejected("noiseLevel must be positive and finite: -0.5", () -> program(DATA, -0.5, 2, 1.0));
        rejected("draws must be positive: 0", () -> program(DATA, 0.5, 0, 1.0));
        rejected("data must hold at least 2 points: 1", () -> program(new double[] {1.0}, 0.5, 2, 1.0));
        rejected("data[1] must be finite: NaN",
                () -> program(new double[] {1.0, Double.NaN}, 0.5, 2, 1.0));
        rejected("noise draws (data points × draws): expected 6, got 5",
                () -> new DenoisingProgram(DATA, 0.5, 2, new double[5], Activation.RELU, false, 1));
        rejected("levels must be strictly decreasing: levels[1] = 1.0 after 0.5",
                () -> DenoisingLadder.fit(DATA, new double[] {0.5, 1.0}, 2, Activation.RELU,
                        false, 1.0, Rng.of(1)));
    }

    @Test
    void inputsAndTargetsFollowTheNoise() {
        double[] noise = {0.1, -0.2, 0.3, 0.4, -0.5, 0.6};
        DenoisingProgram p = new DenoisingProgram(DATA, 0.5, 2, noise, Activation.RELU, false, 1);
        assertEquals(6, p.size());
        assertArrayEquals(new double[] {-0.95, -1.1, 0.65, 0.7, 1.75, 2.3}, p.inputs(), 1e-15);
        assertArrayEquals(new double[] {-0.2, 0.4, -0.6, -0.8, 1.0, -1.2}, p.targets(), 1e-15);
    }

    @Test
    void geometricLadderRunsFromLargestToSmallest() {
        assertArrayEquals(new double[] {1.0, 0.5, 0.25}, DenoisingLadder.geometric(1.0, 0.25, 3),
                1e-15);
    }
}
