package org.scorekit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scorekit sweep}: spec grids and experiment grids in local mode, and bad sweeps. */
class SweepTest {
    @TempDir
    Path tmp;

    /**
     * A 2 × 2 grid: four complete cells whose results are those of running each cell's spec
     * alone, and a summary with one row per cell.
     */
    @Test
    void aSpecGridsCellsAreTheRunsOfTheirSpecsAlone() throws IOException {
        Path out = tmp.resolve("sweep");
        SparkHarness r = SparkHarness.spark("sweep", SparkHarness.resource("grid.yaml").toString(),
                "--master", "local[2]", "--no-report", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("sweep: 4 of 4 cells complete"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(5, csv.size());
        assertTrue(csv.get(0).startsWith("cell,seed,estimator.width,status,attempts,seconds,"),
                csv.get(0));
        assertTrue(csv.get(4).startsWith("cell-003,2,64,complete,1,"), csv.get(4));
        assertTrue(csv.get(0).contains("denoiser-excess-risk.learned"), csv.get(0));
        assertTrue(Files.exists(out.resolve("summary.html")) && Files.exists(out.resolve("COMPLETE")));
        // Cell 2 is seed 2, width 32: run that spec alone.
        Path spec = tmp.resolve("cell2.yaml");
        Files.writeString(spec, Files.readString(SparkHarness.resource("small.yaml"))
                .replace("seed: 42", "seed: 2").replace("width: 64", "width: 32"));
        SparkHarness alone = SparkHarness.local("run", spec.toString(), "--no-report", "--out",
                tmp.resolve("alone").toString());
        assertEquals(0, alone.exitCode(), alone.err());
        Path a = DistributedRunTest.runDirectory(tmp.resolve("alone"));
        Path cell = out.resolve("cells/cell-002");
        for (String file : new String[] {"history.csv", "model.bin", "samples.csv", "spec.json"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(cell.resolve(file)),
                    file);
        }
        assertEquals(DistributedRunTest.results(a), DistributedRunTest.results(cell));
        // The folder now holds a sweep: a second one is refused before any work.
        DistributedRunTest.expectBadInput(SparkHarness.spark("sweep",
                SparkHarness.resource("grid.yaml").toString(), "--out", out.toString()),
                "already holds a sweep");
    }

    /**
     * A cell that passes the spec checks but fails where it runs (its kernel does not fit the
     * memory preflight) is reported, after the allowed attempts, and the others complete.
     */
    @Test
    void aFailingCellIsReportedAndTheOthersComplete() throws IOException {
        Path sweep = tmp.resolve("fail.yaml");
        Files.writeString(sweep, "base: " + base() + "\ngrid:\n  metrics.coupling: [true]\n"
                + "  problem.size: [3000, 2000000]\n");
        Path out = tmp.resolve("sweep");
        SparkHarness r = SparkHarness.spark("sweep", sweep.toString(), "--master", "local[2,2]",
                "--no-report", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("scorekit: error: 1 of 2 cells failed"
                + " (cell-001 after 2 attempts: ")), r.err());
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertTrue(csv.get(1).startsWith("cell-000,true,3000,complete,1,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("cell-001,true,2000000,failed: "), csv.get(2));
        assertTrue(csv.get(2).contains(",2,"), csv.get(2));
        assertTrue(Files.exists(out.resolve("cells/cell-000/COMPLETE")));
        assertFalse(Files.exists(out.resolve("cells/cell-001/COMPLETE")));
        assertTrue(Files.exists(out.resolve("COMPLETE")));
    }

    /** The quick ntk-regime grid as a sweep: the numbers of {@code scorekit experiment}. */
    @Test
    void anExperimentSweepGivesTheExperimentsNumbers() throws IOException {
        Path sweep = tmp.resolve("ntk.yaml");
        Files.writeString(sweep, "experiment: ntk-regime\nquick: true\nseeds: 1\n");
        SparkHarness viaSpark = SparkHarness.spark("sweep", sweep.toString(), "--master",
                "local[2]", "--out", tmp.resolve("spark").toString());
        assertEquals(0, viaSpark.exitCode(), viaSpark.err());
        SparkHarness alone = SparkHarness.local("experiment", "ntk-regime", "--quick", "--seeds",
                "1", "--out", tmp.resolve("local").toString());
        assertEquals(0, alone.exitCode(), alone.err());
        Path a = table(tmp.resolve("spark"));
        Path b = table(tmp.resolve("local"));
        assertArrayEquals(Files.readAllBytes(b), Files.readAllBytes(a));
        assertEquals(alone.out().lines().filter(l -> !l.startsWith("experiment directory")).toList(),
                viaSpark.out().lines().filter(l -> !l.startsWith("experiment directory")).toList());
    }

    @Test
    void badSweepsAreOneLineBeforeAnyWork() throws IOException {
        Path out = tmp.resolve("out");
        expectBad("base: " + base() + "\ngrid:\n  estimator.widht: [1, 2]\n",
                "line 3 (grid.estimator.widht)", out);
        expectBad("base: " + base() + "\ngrid: {}\n", "(grid): expected at least one spec field", out);
        expectBad("base: " + base() + "\ngrid:\n  seed: []\n", "line 3 (grid.seed): expected a"
                + " non-empty list", out);
        StringBuilder huge = new StringBuilder("base: " + base() + "\ngrid:\n");
        for (String f : new String[] {"seed", "estimator.width", "problem.size", "sampler.steps",
            "estimator.maxSteps", "stopping.patience", "sampler.samples"}) {
            huge.append("  ").append(f).append(": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n");
        }
        expectBad(huge.toString(), "the grid has 10000000 cells", out);
        expectBad("base: " + base() + "\ngrid:\n  estimator.width: [-4]\n",
                "line 3 (grid.estimator.width)", out);
        expectBad("experiment: convex-1d\n", "has no grid of independent cells", out);
        expectBad("experiment: ntk-regime\nquick: yes please\n", "line 2 (quick)", out);
        expectBad("base: " + base() + "\ngrid:\n  seed: [1]\ncolour: red\n", "line 4 (colour)", out);
        Path sweep = tmp.resolve("ok.yaml");
        Files.writeString(sweep, "base: " + base() + "\ngrid:\n  seed: [1]\n");
        DistributedRunTest.expectBadInput(SparkHarness.spark("sweep", sweep.toString(), "--master",
                "spark://127.0.0.1:1", "--out", out.toString()), "no Spark master answers");
        assertFalse(Files.exists(out), "nothing is written for a refused sweep");
    }

    private void expectBad(String text, String fragment, Path out) throws IOException {
        Path sweep = tmp.resolve("bad.yaml");
        Files.writeString(sweep, text);
        DistributedRunTest.expectBadInput(SparkHarness.spark("sweep", sweep.toString(), "--out",
                out.toString()), fragment);
    }

    private static String base() {
        return SparkHarness.resource("small.yaml").toString();
    }

    static Path table(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals("by-width.csv")).findFirst()
                    .orElseThrow();
        }
    }
}
