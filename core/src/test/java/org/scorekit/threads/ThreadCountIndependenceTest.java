package org.scorekit.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GD path's results do not depend on the thread count (STYLE.md): {@link ThreadCountProbe}
 * gives the same gradient bits in JVMs started with 1 and with 3 worker threads; its
 * eigendecomposition on 3 OpenBLAS threads repeats its bits and hands OpenBLAS back at 1 thread. The thread count is fixed when a JVM
 * starts, so each count needs a JVM of its own.
 */
class ThreadCountIndependenceTest {
    @TempDir
    Path dir;

    @Test
    void fusedGradientGivesTheSameBitsForOneAndThreeThreads() throws Exception {
        String one = probe(1, dir.resolve("one.txt"));
        String three = probe(3, dir.resolve("three.txt"));
        assertTrue(one.matches("openblas [0-9a-f]+\n.*"), "probe output: " + one);
        assertEquals(one.lines().findFirst(), three.lines().findFirst(),
                "gradient and K∞ V hash with 1 thread vs 3 threads");
        assertEquals("eigh repeatable true, OpenBLAS threads after 1", three.lines().skip(1)
                .findFirst().orElse(""), "eigendecomposition on 3 threads");
    }

    private static String probe(int threads, Path result) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx1g",
                "-Dscorekit.threads=" + threads, "-cp", classpath,
                ThreadCountProbe.class.getName(), result.toString())).redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe finished");
        String text = new String(out, StandardCharsets.UTF_8).trim();
        assertEquals(0, p.exitValue(), "probe exit status; output: " + text);
        return Files.readString(result).trim();
    }
}
