package org.scorekit.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scorekit.cli.Main;
import org.scorekit.spark.SparkMain;

/**
 * Cells per minute of {@code scorekit sweep} in local mode against one JVM running the same
 * cells one after another ({@code scorekit run} in a loop). Usage (bench/spark-overhead):
 * {@code SweepThroughput BASE_SPEC CELLS MASTER OUT}: a grid over {@code seed} 1..CELLS.
 */
public final class SweepThroughput {
    private SweepThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]).toAbsolutePath();
        int cells = Integer.parseInt(args[1]);
        String master = args[2];
        Path out = Path.of(args[3]);
        StringBuilder seeds = new StringBuilder();
        for (int s = 1; s <= cells; s++) {
            seeds.append(s == 1 ? "" : ", ").append(s);
        }
        Path sweep = out.resolve("sweep.yaml");
        Files.createDirectories(out);
        Files.writeString(sweep, "base: " + base + "\ngrid:\n  seed: [" + seeds + "]\n");
        long t0 = System.nanoTime();
        check(SparkMain.execute(new String[] {"sweep", sweep.toString(), "--master", master,
            "--no-report", "--out", out.resolve("sweep").toString()}, sink(), sink()));
        double sweepSeconds = (System.nanoTime() - t0) / 1e9;
        String text = Files.readString(base);
        t0 = System.nanoTime();
        for (int s = 1; s <= cells; s++) {
            Path spec = out.resolve("cell-" + s + ".yaml");
            Files.writeString(spec, text.replaceFirst("(?m)^seed: .*$", "seed: " + s));
            check(Main.execute(new String[] {"run", spec.toString(), "--no-report", "--out",
                out.resolve("loop").toString()}, sink(), sink()));
        }
        double loopSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("sweep-throughput cells=%d: sweep on %s %.1f s (%.1f cells/min),"
                        + " one JVM in a loop %.1f s (%.1f cells/min)%n", cells, master,
                sweepSeconds, 60 * cells / sweepSeconds, loopSeconds, 60 * cells / loopSeconds);
    }

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter());
    }

    private static void check(int code) {
        if (code != 0) {
            throw new IllegalStateException("exit code " + code);
        }
    }
}
