package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {
    @TempDir
    Path out;

    @Test
    void quickExperimentWritesRecordTablesAndReport() throws Exception {
        CliHarness r = CliHarness.run("experiment", "time-truncation", "--quick", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("holds:"), r.out());
        Path parent = out.resolve("experiments/time-truncation");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(parent)) {
            dirs = s.toList();
        }
        assertEquals(1, dirs.size());
        for (String f : List.of("experiment.json", "by-time-min.csv", "by-radius.csv", "report.html",
                "report.md", "COMPLETE")) {
            assertTrue(Files.isRegularFile(dirs.get(0).resolve(f)), "missing " + f);
        }
        String html = Files.readString(dirs.get(0).resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"), "plots are embedded");
    }

    @Test
    void convexExperimentSaysUnboundedAndDrawsTheDashedOptimum() throws Exception {
        CliHarness r = CliHarness.run("experiment", "convex-vs-nonconvex", "--quick", "--seeds", "1",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("abs, skip, beta = 1: unbounded (threshold 2)"), r.out());
        assertTrue(!r.out().contains("DOES NOT HOLD"), r.out());
        Path dir;
        try (Stream<Path> s = Files.list(out.resolve("experiments/convex-vs-nonconvex"))) {
            dir = s.findFirst().orElseThrow();
        }
        assertTrue(Files.readString(dir.resolve("experiment.json")).contains("\"certified_optimum\" : \"dashed\""), "the optimum is drawn dashed");
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("unbounded (threshold 2)"), "the report says unbounded");
        assertTrue(html.split("data:image/png;base64,").length > 12, "loss-curve plots are embedded");
    }

    @Test
    void unknownExperimentAndListing() {
        BadInputTest.assertOneLineError(CliHarness.run("experiment", "no-such", "--out", out.toString()),
                "experiment must be one of");
        CliHarness list = CliHarness.run("experiment", "--list");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().contains("time-truncation"));
        assertTrue(list.out().contains("convex-1d") && list.out().contains("convex-vs-nonconvex"), list.out());
        BadInputTest.assertOneLineError(CliHarness.run("experiment", "time-truncation", "--seeds", "0",
                "--out", out.toString()), "--seeds must be positive: 0");
    }
}
