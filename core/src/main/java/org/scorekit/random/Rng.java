package org.scorekit.random;

import java.nio.charset.StandardCharsets;
import org.scorekit.checks.Checks;
import org.scorekit.linalg.Matrix;

/**
 * The only source of randomness in scorekit: a xoshiro256** generator whose state is derived
 * from (seed, path). {@link #fork(String)} returns an independent stream identified by the
 * parent's path plus a label, so adding a new consumer never shifts the draws of another
 * (STYLE.md, "Experiments, seeds, provenance"). Not thread-safe: fork one stream per worker.
 */
public final class Rng {
    private final long seed;
    private final String path;
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private double spareGaussian;
    private boolean hasSpare;

    private Rng(long seed, String path) {
        this.seed = seed;
        this.path = path;
        long x = mix(seed ^ hash(path));
        x = next64(x);
        s0 = mix(x);
        x = next64(x);
        s1 = mix(x);
        x = next64(x);
        s2 = mix(x);
        x = next64(x);
        s3 = mix(x);
    }

    /** The root stream of a master seed. */
    public static Rng of(long seed) {
        return new Rng(seed, "");
    }

    /**
     * An independent stream derived from (seed, path + "/" + label). The label is one path
     * segment: a '/' in it would make {@code fork("a/b")} and {@code fork("a").fork("b")} the
     * same stream.
     */
    public Rng fork(String label) {
        Checks.require(label != null && !label.isEmpty(), "fork label must be non-empty");
        Checks.require(label.indexOf('/') < 0, "fork label must not contain '/': " + label);
        return new Rng(seed, path + "/" + label);
    }

    /** The master seed. */
    public long seed() {
        return seed;
    }

    /** The fork path, e.g. {@code "/problem/times"}; empty for the root. */
    public String path() {
        return path;
    }

    /** 64 uniformly random bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform on [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform on [low, high). */
    public double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** Uniform integer in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        Checks.positive("bound", bound);
        long limit = (1L << 32) - ((1L << 32) % bound);
        while (true) {
            long r = nextLong() >>> 32;
            if (r < limit) {
                return (int) (r % bound);
            }
        }
    }

    /** +1 or −1 with probability ½ each. */
    public double nextSign() {
        return nextLong() < 0 ? -1.0 : 1.0;
    }

    /** A standard normal draw (Marsaglia's polar method). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        hasSpare = true;
        return u * f;
    }

    /** Fills the array with standard normal draws. */
    public void fillGaussian(double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = nextGaussian();
        }
    }

    /** A rows × cols matrix of standard normal draws. */
    public Matrix gaussian(int rows, int cols) {
        Matrix m = Matrix.zeros(rows, cols);
        fillGaussian(m.data());
        return m;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    public int[] permutation(int n) {
        Checks.nonNegative("n", n);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long next64(long x) {
        return x + 0x9e3779b97f4a7c15L;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
