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
        // 3 N^2 doubles of kernel, eigenvectors and workspace dominate: about 206 MiB at N = 3000.
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> Preflight.check(p, 200L << 20));
        assertTrue(e.getMessage().startsWith("problem.size = 3000 needs about"), e.getMessage());
    }

    @Test
    void aKernelBeyondOneArrayIsRefusedBeforeAnyAllocation() {
        // Refused while the spec is resolved, before the Gaussian base draws its N rows.
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> Pipeline.from(
                SpecReader.parse(SPEC.replace("size: 3000", "size: 46341"), "spec.yaml", true),
                Path.of(".")));
        assertEquals("problem.size is too large for the N x N kernel matrix (at most 2147483639"
                + " entries in one array): 46341", e.getMessage());
    }
}
