package org.scorekit.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The heap a piece of work needs, estimated from its sizes before it starts: a sum of terms, each
 * a product of sizes in doubles charged to the spec field or option that sets it. Products use
 * exact long arithmetic and saturate instead of wrapping, so an absurd size is refused rather
 * than overflowing. {@link #requireFits} names the largest term's field, the limit and how to
 * raise it.
 */
public final class MemoryEstimate {
    /** The largest Java array, in elements (a little below 2^31 on every JVM). */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** Heap taken by the JVM, the libraries and small buffers, whatever the sizes. */
    private static final long BASELINE_BYTES = 64L << 20;

    private record Term(String field, long value, long doubles) {
    }

    private final List<Term> terms = new ArrayList<>();

    /** Adds {@code product(factors)} doubles charged to {@code field} (whose value is {@code value}). */
    public MemoryEstimate add(String field, long value, long... factors) {
        terms.add(new Term(field, value, product(factors)));
        return this;
    }

    /** The estimate in bytes, saturated at {@code Long.MAX_VALUE}. */
    public long bytes() {
        long doubles = 0;
        for (Term t : terms) {
            doubles = saturatedAdd(doubles, t.doubles());
        }
        return saturatedAdd(saturatedMultiply(doubles, Double.BYTES), BASELINE_BYTES);
    }

    /** Fails with one line naming the largest term's field unless the estimate fits {@code maxHeap}. */
    public void requireFits(long maxHeap) {
        long bytes = bytes();
        if (bytes <= maxHeap || terms.isEmpty()) {
            return;
        }
        Term largest = terms.stream().max(Comparator.comparingLong(Term::doubles)).orElseThrow();
        long suggestedGiB = Math.max(1, (long) Math.ceil(1.25 * bytes / (1L << 30)));
        throw new InvalidSpecException(largest.field() + " = " + largest.value() + " needs about "
                + gib(bytes) + " of memory, more than the Java heap limit of " + gib(maxHeap)
                + "; lower it or raise the limit, e.g. SCOREKIT_JAVA_OPTS=-Xmx" + suggestedGiB + "g"
                + (suggestedGiB > 1L << 20 ? " (beyond any machine)" : ""));
    }

    /**
     * Fails unless {@code product(factors)} elements fit one Java array, e.g. {@code problem.size
     * is too large for the N x d training draws (at most 2147483639 entries in one array): N}.
     */
    public static void requireArray(String field, long value, String what, long... factors) {
        if (product(factors) > MAX_ARRAY) {
            throw new InvalidSpecException(field + " is too large for " + what + " (at most "
                    + MAX_ARRAY + " entries in one array): " + value);
        }
    }

    /** The product, or {@code Long.MAX_VALUE} when it overflows. */
    static long product(long... factors) {
        long p = 1;
        for (long f : factors) {
            p = saturatedMultiply(p, f);
        }
        return p;
    }

    /** a · b for sizes a, b ≥ 0, or {@code Long.MAX_VALUE} when the product does not fit. */
    private static long saturatedMultiply(long a, long b) {
        long low = a * b;
        return Math.multiplyHigh(a, b) != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    /** a + b for sizes a, b ≥ 0, or {@code Long.MAX_VALUE} when the sum does not fit. */
    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}
