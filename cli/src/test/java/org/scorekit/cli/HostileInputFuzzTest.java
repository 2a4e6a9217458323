package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.scorekit.csv.CsvFormatException;
import org.scorekit.experiment.InvalidSpecException;
import org.scorekit.experiment.Pipeline;
import org.scorekit.experiment.Preflight;
import org.scorekit.experiment.RunTables;
import org.scorekit.experiment.SpecReader;
import org.scorekit.random.Rng;

/**
 * Seeded mutation fuzzing of the readers of user files: the spec reader (read, resolve and
 * check, as {@code scorekit run} does before any work), the mixture-file reader, the points
 * CSV reader, and the table reader of {@code scorekit split} (the CSV table read and typed, and
 * its schema file) with the whole command on the same tables. Each input is a seed file with one to four random mutations (bit flips,
 * random bytes, inserted YAML/JSON/CSV tokens and extreme numbers, deleted, repeated or
 * truncated spans). Every input must either be accepted or fail with one of the input errors
 * that the command line prints as one {@code scorekit: error:} line with exit code 2 — no other
 * exception type, no line break, no hang; a table reader's error also names its file.
 * {@value #DEFAULT_INPUTS} inputs per reader by default (a few seconds);
 * {@code -Dscorekit.fuzz.inputs=N} and {@code -Dscorekit.fuzz.seed=S} run more or others.
 */
class HostileInputFuzzTest {
    static final int DEFAULT_INPUTS = 400;
    static final int INPUTS = Integer.getInteger("scorekit.fuzz.inputs", DEFAULT_INPUTS);
    static final long SEED = Long.getLong("scorekit.fuzz.seed", 20261204L);

    private static final String[] TOKENS = {"-1", "0", "1e308", "-1e308", "1e-320", "2147483647",
        "9223372036854775808", "1" + "0".repeat(400), "NaN", ".nan", ".inf", "null", "~", "---",
        "\t", "\n", "\r\n", ": ", "- ", "[", "]", "{", "}", "\"", "'", ",", "&a ", "*a", "!!binary ",
        "\u00e9", "\u0000", "#", "type: ", "1.5", "true", "schedule: ", "path: ", "\ufeff"};

    private static final String MIXTURE = "weights: [0.5, 0.5]\nmeans: [[-1.0, 0.0], [1.0, 0.0]]\n"
            + "covariances: [[[0.2, 0.0], [0.0, 0.2]], [[0.2, 0.05], [0.05, 0.2]]]\n";
    private static final String MIXTURE_JSON = "{\"weights\": [1.0], \"means\": [[0.0, 1.0]],"
            + " \"covariances\": [[[1.0, 0.0], [0.0, 1.0]]]}\n";
    private static final String POINTS = "x1,x2\n0.1,0.2\n-1.5,2.0E-3\n\"3\",4\n";
    /** Tokens of CSV tables on top of {@link #TOKENS}: quotes, missing cells, odd numbers. */
    private static final String[] TABLE_TOKENS = Stream.concat(Stream.of(TOKENS), Stream.of("\"\"",
        "\"a,\nb\"", "\r", ",,", "NA", "?", "nan", "1e999", "-0", "+1", "0x1F", "TRUE", "\u2028",
        "\ud83d\ude00", "\u00ff", "customer_id")).toArray(String[]::new);
    /** Small valid tables: string categoricals, booleans, missing cells, quotes, CRLF, a BOM. */
    private static final String[] TABLES = {
        "plan,active,age,spend,churned\npro,False,47,63.40,no\nbasic,TRUE,59,,yes\n"
            + "\"plus, annual\",true,NA,31.87,no\nbasic,false,28,?,yes\n",
        "\ufeffid,colour,\"size \"\"cm\"\"\",ok\r\n1,red,1.5,true\r\n2,\"blue\r\nish\",2.5,\r\n"
            + "3,,3.5,false\r\n4,red,nan,TRUE\r\n",
        "a,b\n1,x\n2,y\n1.0,x\n+2,y\n-0,x\n1e0,\n"};
    private static final String[] SCHEMAS = {
        "target: churned\ndrop: [age]\ncolumns:\n  plan: categorical\n  spend: numerical\n",
        "{\"columns\": {\"active\": \"categorical\", \"age\": \"ignored\"}, \"target\": \"plan\"}\n"};

    @TempDir
    Path dir;

    @Test
    void specReader(TestReporter report) throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        Path resources = Path.of(getClass().getResource("/tiny.yaml").toURI()).getParent();
        byte[] valid = Files.readAllBytes(resources.resolve("tiny.yaml"));
        try (Stream<Path> s = Files.list(resources.resolve("bad"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                if (b.length < 4096) {
                    // Half the inputs start from the valid spec, half from the broken corpus.
                    seeds.add(b);
                    seeds.add(valid);
                }
            }
        }
        fuzz(report, "spec", seeds, "spec.yaml",
                file -> Preflight.check(Pipeline.from(SpecReader.read(file), dir)));
    }

    @Test
    void mixtureFileReader(TestReporter report) throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.yaml"), "formatVersion: 1\n"
                + "data: {type: mixture-file, path: mixture.yaml}\n");
        fuzz(report, "mixture", List.of(bytes(MIXTURE), bytes(MIXTURE_JSON)), "mixture.yaml",
                file -> Preflight.check(Pipeline.from(SpecReader.read(spec), dir)));
    }

    @Test
    void pointsCsvReader(TestReporter report) {
        fuzz(report, "points", List.of(bytes(POINTS), bytes("\ufeffx1\n1\n2\n")), "points.csv",
                RunTables::readMatrix);
    }

    @Test
    void tableReader(TestReporter report) throws Exception {
        fuzz(report, "table", tableSeeds(), TABLE_TOKENS, "data.csv", List.of("data.csv"),
                file -> new TableOptions().read(file));
    }

    /**
     * The whole {@code split} command on the mutated tables: accepted, or exit code 2 with one
     * clean line naming the data file and no output folder left behind.
     */
    @Test
    void splitCommand(TestReporter report) throws Exception {
        int[] runs = {0};
        fuzz(report, "split", tableSeeds(), TABLE_TOKENS, "data.csv", List.of("data.csv"), file -> {
            Path out = dir.resolve("split-" + runs[0]++);
            CliHarness r = CliHarness.run("split", file.toString(), "--out", out.toString());
            if (r.exitCode() != 0) {
                BadInputTest.assertOneLineError(r, "data.csv");
                assertTrue(Files.notExists(out), "a rejected table must create nothing");
                throw new IllegalArgumentException(r.err().strip().substring("scorekit: error: ".length()));
            }
        });
    }

    private List<byte[]> tableSeeds() throws Exception {
        List<byte[]> seeds = new ArrayList<>(Stream.of(TABLES).map(HostileInputFuzzTest::bytes).toList());
        seeds.add(Files.readAllBytes(Path.of(getClass().getResource("/tables/customers.csv").toURI())));
        return seeds;
    }

    @Test
    void tableSchemaReader(TestReporter report) throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), TABLES[0]);
        for (String name : new String[] {"schema.yaml", "schema.json"}) {
            List<byte[]> seeds = List.of(bytes(SCHEMAS[name.endsWith(".yaml") ? 0 : 1]));
            // An unknown column is reported at the schema file, a missing target at the header.
            fuzz(report, name, seeds, TABLE_TOKENS, name, List.of(name, "data.csv"), file -> {
                TableOptions options = new TableOptions();
                options.schema = file;
                options.read(data);
            });
        }
    }

    /** A reader of a user file under test. */
    private interface Reader {
        void read(Path file) throws Exception;
    }

    private void fuzz(TestReporter report, String label, List<byte[]> seeds, String name,
                      Reader reader) {
        fuzz(report, label, seeds, TOKENS, name, List.of(), reader);
    }

    /** As above, and every error line must name one of {@code named} (none: no such check). */
    private void fuzz(TestReporter report, String label, List<byte[]> seeds, String[] tokens,
                      String name, List<String> named, Reader reader) {
        Rng rng = Rng.of(SEED).fork(label);
        Path file = dir.resolve(name);
        int[] rejected = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(30 + INPUTS / 20), () -> {
            for (int i = 0; i < INPUTS; i++) {
                byte[] input = mutate(seeds.get(rng.nextInt(seeds.size())), tokens, rng);
                Files.write(file, input);
                rejected[0] += readOrReject(reader, file, named, label + " input " + i, input) ? 0 : 1;
            }
        });
        report.publishEntry(label, INPUTS + " inputs (seed " + SEED + "): " + (INPUTS - rejected[0])
                + " accepted, " + rejected[0] + " rejected with one clean line");
        // Mutations break most inputs; some must survive, or the seeds themselves are broken.
        assertFalse(rejected[0] == INPUTS, label + ": every mutated input was rejected");
    }

    /** True when the input was accepted; fails the test unless a rejection is a clean input error. */
    private static boolean readOrReject(Reader reader, Path file, List<String> named, String what,
                                        byte[] input) {
        try {
            reader.read(file);
            return true;
        } catch (InvalidSpecException | CsvFormatException | IllegalArgumentException e) {
            Failure f = Failure.of(e);
            assertEquals(Main.BAD_INPUT, f.exitCode());
            assertFalse(f.line().contains("Exception") || e.getMessage().contains("\n"),
                    () -> what + ": not a clean line: " + f.line() + " for " + excerpt(input));
            assertTrue(named.isEmpty() || named.stream().anyMatch(f.line()::contains),
                    () -> what + ": the line names no file: " + f.line() + " for " + excerpt(input));
            return false;
        } catch (Throwable e) {
            return fail(what + ": " + e + " for " + excerpt(input), e);
        }
    }

    /** One to four mutations at random places: flip, replace, insert, delete, repeat, truncate. */
    private static byte[] mutate(byte[] seed, String[] tokens, Rng rng) {
        byte[] b = seed;
        for (int m = 1 + rng.nextInt(4); m > 0; m--) {
            int at = rng.nextInt(b.length + 1);
            int span = Math.min(b.length - at, 1 + rng.nextInt(16));
            int one = Math.min(1, b.length - at);
            ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 64);
            out.write(b, 0, at);
            int rest = switch (rng.nextInt(6)) {
                case 0 -> {
                    out.write(one == 0 ? '\n' : b[at] ^ (1 << rng.nextInt(8)));
                    yield at + one;
                }
                case 1 -> {
                    out.write(rng.nextInt(256));
                    yield at + one;
                }
                case 2 -> {
                    out.writeBytes(bytes(tokens[rng.nextInt(tokens.length)]));
                    yield at;
                }
                case 3 -> at + span;
                case 4 -> {
                    out.write(b, at, span);
                    yield at;
                }
                default -> b.length;
            };
            out.write(b, rest, b.length - rest);
            b = out.toByteArray();
        }
        return b;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String excerpt(byte[] input) {
        String s = new String(input, StandardCharsets.UTF_8);
        return "'" + (s.length() > 300 ? s.substring(0, 300) + "..." : s).replace("\n", "\\n") + "'";
    }
}
