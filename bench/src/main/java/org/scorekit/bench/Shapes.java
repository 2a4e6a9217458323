package org.scorekit.bench;

/**
 * Parses the shape parameters of the benchmarks, sizes joined by 'x', e.g. "30000x25x2048x24"
 * (JMH's command line splits parameter values at commas).
 */
final class Shapes {
    private Shapes() {
    }

    static int[] parse(String shape, int count) {
        String[] parts = shape.split("x");
        if (parts.length != count) {
            throw new IllegalArgumentException(
                    "shape must have " + count + " sizes joined by x: " + shape);
        }
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = Integer.parseInt(parts[i].trim());
        }
        return out;
    }
}
