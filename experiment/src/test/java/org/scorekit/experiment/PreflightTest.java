package org.scorekit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Sizes checked up front: overflow-safe products, the array limit, the heap limit. */
class PreflightTest {
    private static final String SPEC = """
            formatVersion: 1
            data: {type: builtin, name: ring8}
            problem: {size: 3000, timeMin: 0.05, timeMax: 6.0}
            estimator: {width: 64}
            """;

    @Test
    void sizeProductsSaturateInsteadOfWrapping() {
        long max = Integer.MAX_VALUE;
        assertEquals(Long.MAX_VALUE, MemoryEstimate.product(max, max, max));
        assertEquals(max * max, MemoryEstimate.product(max, max));
        assertEquals(Long.MAX_VALUE, new MemoryEstimate().add("a", 1, max, max, max).bytes());
    }

    @Test
    void theLargestTermIsNamedWithTheLimitAndHowToRaiseIt() {
        MemoryEstimate m = new MemoryEstimate().add("small", 1, 10).add("large", 5, 1L << 30);
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> m.requireFits(1L << 30));
        assertTrue(e.getMessage().startsWith("large = 5 needs about 8.1 GiB of memory, more than"
                + " the Java heap limit of 1.0 GiB"), e.getMessage());
        assertTrue(e.getMessage().endsWith("SCOREKIT_JAVA_OPTS=-Xmx11g"), e.getMessage());
    }

    @Test
    void aRunIsCheckedAgainstTheHeapItWouldGet() {
        Pipeline p = Pipeline.from(SpecReader.parse(SPEC, "spec.yaml", true), Path.of("."));
        Preflight.check(p, 1L << 30);
        // 5 N^2 doubles of kernel, copies and workspace dominate: about 343 MiB at N = 3000.
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> Preflight.check(p, 300L << 20));
        assertTrue(e.getMessage().startsWith("problem.size = 3000 needs about"), e.getMessage());
    }

    @Test
    void aKernelBeyondOneArrayIsRefusedBeforeTraining() {
        // With the coupling diagnostics K∞ is built densely at any N.
        Pipeline p = Pipeline.from(SpecReader.parse(SPEC.replace("size: 3000", "size: 46341")
                + "metrics: {coupling: true}\n", "spec.yaml", true), Path.of("."));
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> Preflight.check(p, Long.MAX_VALUE));
        assertEquals("problem.size is too large for the 2 N^2 workspace of the kernel's"
                + " eigendecomposition (at most 2147483639 entries in one array): 46341",
                e.getMessage());
    }

    @Test
    void withoutCouplingALargeRunNeedsNoKernelMatrix() {
        // At N = 20000, 5 N² doubles would be 16 GB; above the dense limit only rows are kept.
        Pipeline p = Pipeline.from(SpecReader.parse(SPEC.replace("size: 3000", "size: 20000"),
                "spec.yaml", true), Path.of("."));
        Preflight.check(p, 1L << 30);
        Pipeline dense = Pipeline.from(SpecReader.parse(SPEC.replace("size: 3000", "size: 20000")
                + "metrics: {coupling: true}\n", "spec.yaml", true), Path.of("."));
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> Preflight.check(dense, 1L << 30));
        assertTrue(e.getMessage().startsWith("problem.size = 20000 needs about"), e.getMessage());
    }

    @Test
    void drawsBeyondOneArrayAreRefusedBeforeAnyAllocation() {
        // Refused while the spec is resolved, before the Gaussian base draws its N rows.
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> Pipeline.from(
                SpecReader.parse(SPEC.replace("size: 3000", "size: 1073741824"), "spec.yaml",
                        true), Path.of(".")));
        assertEquals("problem.size is too large for the N x d training draws (at most 2147483639"
                + " entries in one array): 1073741824", e.getMessage());
    }
}
