package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorekit.experiment.SpecReader;
import org.scorekit.linalg.Matrix;
import org.scorekit.random.Rng;

/** {@code scorekit convex}: certified optima, "unbounded" as a statement, bad input in one line. */
class ConvexCommandTest {
    /** The ten standard normal draws of spec/convex-score.md §11.1. */
    private static final String REFERENCE = "x\n-1.265421\n-0.703735\n-0.535669\n-0.132105\n"
            + "0.104900\n0.125730\n0.361595\n0.640423\n0.947081\n1.304000\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void univariateOptimumIsTheReferenceValueWithItsCertificate() throws Exception {
        Path out = dir.resolve("result.json");
        CliHarness r = CliHarness.run("convex", file("x.csv", REFERENCE).toString(), "--beta", "1",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("optimum -9.3462"), r.out());
        JsonNode json = SpecReader.json().readTree(Files.readString(out));
        // §11.1 quotes the data to 6 decimals: −9.346233 with 4 kinks.
        assertEquals(-9.346233, json.path("objective").asDouble(), 2e-6);
        assertEquals(4, json.path("kinks").asInt());
        assertTrue(json.path("gap").asDouble() <= 1e-8 * 9.35, json.toString());
    }

    @Test
    void belowTheThresholdTheAnswerIsUnboundedNeverANumber() throws Exception {
        Path out = dir.resolve("result.json");
        CliHarness r = CliHarness.run("convex", file("x.csv", REFERENCE).toString(), "--beta", "1",
                "--activation", "abs", "--skip", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("unbounded: beta 1.00000 is below the threshold 2.00000 (the objective has"
                + " no minimum)", r.out().strip());
        JsonNode json = SpecReader.json().readTree(Files.readString(out));
        assertEquals("unbounded", json.path("result").asText());
        assertFalse(json.has("objective"));
    }

    @Test
    void twoDimensionalPointsGetTheGatedProgramUnboundedSparseAndZero() throws Exception {
        // 30 noisy points on the unit circle (spec §11.3's setting at a smaller n).
        Matrix noise = Rng.of(3).gaussian(30, 3);
        StringBuilder csv = new StringBuilder("x1,x2\n");
        for (int i = 0; i < 30; i++) {
            double theta = 2 * Math.PI * (i + 0.3 * noise.get(i, 0)) / 30;
            csv.append(Math.cos(theta) + 0.05 * noise.get(i, 1)).append(',')
                    .append(Math.sin(theta) + 0.05 * noise.get(i, 2)).append('\n');
        }
        String points = file("circle.csv", csv.toString()).toString();
        CliHarness small = CliHarness.run("convex", points, "--beta", "2");
        assertEquals(0, small.exitCode(), small.err());
        assertTrue(small.out().startsWith("unbounded: beta 2.00000 is below the threshold"),
                small.out());
        CliHarness sparse = CliHarness.run("convex", points, "--beta", "22");
        assertTrue(sparse.out().startsWith("optimum -"), sparse.out());
        CliHarness zero = CliHarness.run("convex", points, "--beta", "30");
        assertTrue(zero.out().startsWith("optimum 0.000000000, relative duality gap 0.0 (0 units"),
                zero.out());
    }

    /** File text with ";" for a line break, the option, the expected message. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x;1;2;| --beta=0 | --beta must be a positive finite number: 0.0",
        "x;1;2;| --beta=NaN | --beta must be a positive finite number: NaN",
        "x;1;| --beta=1 | p.csv: the program needs at least 2 points, got 1",
        "x;1;1;1;| --beta=1 | p.csv: points must be distinct: 1.0 occurs 3 times",
        "x1,x2;1,1;1,1;| --beta=1 | p.csv: ",
        "x1,x2;1,2;3;| --beta=1 | p.csv line 3: expected 2 cells as in the header, got 1",
        "x1,x2;1,2;3,1;| --gates=0 | --gates must be positive: 0",
        "x;1;2;| --activation=tanh | --activation must be one of [relu, abs]: tanh",
    })
    void badInputIsOneLineWithExitCodeTwoAndNothingWritten(String text, String option,
                                                          String expected) throws Exception {
        Path out = dir.resolve("result.json");
        String[] args = option.strip().startsWith("--beta") ? new String[] {option.strip()}
                : new String[] {option.strip(), "--beta=1"};
        String[] all = new String[args.length + 4];
        all[0] = "convex";
        all[1] = file("p.csv", text.replace(';', '\n')).toString();
        all[2] = "--out";
        all[3] = out.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        CliHarness r = CliHarness.run(all);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expected.strip()), r.err());
        assertFalse(Files.exists(out));
    }
}
