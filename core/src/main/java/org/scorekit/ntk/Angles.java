package org.scorekit.ntk;

/**
 * arccos for the Gram-matrix inner loop, written with plain arithmetic so that the JIT compiles
 * it inline. {@code Math.acos} on this JDK calls the native fdlibm routine, about 175 ns per
 * call, which made the K^∞ build of N = 8000 (64 M entries) take minutes.
 *
 * <p>This is fdlibm's {@code e_acos.c} (Sun Microsystems, 1993) transcribed operation for
 * operation: Java's +, −, ×, ÷ and √ are correctly rounded and never fused, so the result is
 * bit-identical to {@link StrictMath#acos} (error &lt; 1 ulp) for every argument.
 * With r(z) the rational minimax fit of (asin(√z) − √z)/√z on z ∈ [0, ¼]:
 * acos(x) = π/2 − (x + x·r(x²)) for |x| &lt; ½, and acos(x) = 2 asin(√((1 − x)/2)) for x ≥ ½
 * (π minus that for x ≤ −½).
 */
public final class Angles {
    private static final double PI = 3.14159265358979311600e+00;
    private static final double PIO2_HI = 1.57079632679489655800e+00;
    private static final double PIO2_LO = 6.12323399573676603587e-17;
    private static final double PS0 = 1.66666666666666657415e-01;
    private static final double PS1 = -3.25565818622400915405e-01;
    private static final double PS2 = 2.01212532134862925881e-01;
    private static final double PS3 = -4.00555345006794114027e-02;
    private static final double PS4 = 7.91534994289814532176e-04;
    private static final double PS5 = 3.47933107596021167570e-05;
    private static final double QS1 = -2.40339491173441421878e+00;
    private static final double QS2 = 2.02094576023350569471e+00;
    private static final double QS3 = -6.88283971605453293030e-01;
    private static final double QS4 = 7.70381505559019352791e-02;
    /** High word of 2^-57: fdlibm returns π/2 when |x|'s high word is at most this. */
    private static final long TINY_HIGH_WORD = 0x3c600000L;

    private Angles() {
    }

    /** arccos(x) in [0, π]; NaN outside [−1, 1] or for NaN. Equal to StrictMath.acos(x). */
    public static double arccos(double x) {
        double ax = Math.abs(x);
        if (ax < 0.5) {
            if (Double.doubleToRawLongBits(ax) >>> 32 <= TINY_HIGH_WORD) {
                return PIO2_HI + PIO2_LO;
            }
            double r = ratio(x * x);
            return PIO2_HI - (x - (PIO2_LO - x * r));
        }
        if (ax >= 1.0) {
            if (x == 1.0) {
                return 0.0;
            }
            return x == -1.0 ? PI + 2.0 * PIO2_LO : Double.NaN;
        }
        if (x < 0) {
            double z = (1.0 + x) * 0.5;
            double s = Math.sqrt(z);
            double w = ratio(z) * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        }
        double z = (1.0 - x) * 0.5;
        double s = Math.sqrt(z);
        // df is s cut to its high 26 bits, so df·df is exact and c corrects the rounding of s.
        double df = Double.longBitsToDouble(Double.doubleToRawLongBits(s) & 0xFFFFFFFF00000000L);
        double c = (z - df * df) / (s + df);
        double w = ratio(z) * s + c;
        return 2.0 * (df + w);
    }

    /** r(z) = p(z)/q(z), the fdlibm rational approximation shared by asin and acos. */
    private static double ratio(double z) {
        double p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
        double q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
        return p / q;
    }
}
