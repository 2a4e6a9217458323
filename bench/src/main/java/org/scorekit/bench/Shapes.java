package org.scorekit.bench;

/** Parses the comma-separated shape parameters of the benchmarks, e.g. "30000,25,2048,24". */
final class Shapes {
    private Shapes() {
    }

    static int[] parse(String shape, int count) {
        String[] parts = shape.split(",");
        if (parts.length != count) {
            throw new IllegalArgumentException(
                    "shape must have " + count + " comma-separated sizes: " + shape);
        }
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = Integer.parseInt(parts[i].trim());
        }
        return out;
    }
}
