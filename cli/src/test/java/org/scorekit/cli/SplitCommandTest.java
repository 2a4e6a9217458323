package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorekit.csv.CsvLimits;
import org.scorekit.tabular.RawTable;
import org.scorekit.tabular.split.Split;

/** {@code scorekit split} on a small mixed table, on Credit Default, and on broken tables. */
class SplitCommandTest {
    @TempDir
    Path out;

    static Path tables() throws URISyntaxException {
        return Path.of(SplitCommandTest.class.getResource("/tables/customers.csv").toURI()).getParent();
    }

    @Test
    void smallMixedTableSplitsAndTheFilesReproduceTheRecordedHashes() throws Exception {
        CliHarness r = CliHarness.run("split", tables().resolve("customers.csv").toString(),
                "--target", "churned", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("note: column 'customer_id' looks like a row identifier"), r.out());
        JsonNode record = new ObjectMapper().readTree(out.resolve(SplitCommand.RECORD).toFile());
        assertEquals(36, record.path("sizes").path("train").asInt());
        assertEquals(4, record.path("sizes").path("test").asInt());
        assertEquals("ignored", record.path("columns").path("customer_id").asText());
        assertEquals("categorical", record.path("columns").path("active").asText());
        assertEquals("numerical", record.path("columns").path("age").asText());
        assertEquals("target", record.path("columns").path("churned").asText());
        assertEquals(idHash(out.resolve("train.csv"), "customer_id"),
                record.path("sha256").path("trainIds").asText());
        assertEquals(idHash(out.resolve("test.csv"), "customer_id"),
                record.path("sha256").path("testIds").asText());
    }

    @Test
    void creditDefaultSplitsReproduceTheSpecCheckValues() throws Exception {
        Path data = creditDefault();
        CliHarness r = CliHarness.run("split", data.toString(), "--out", out.toString(), "--dcr");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode record = new ObjectMapper().readTree(out.resolve(SplitCommand.RECORD).toFile());
        assertEquals(1243, record.path("acceptedSeed").asInt());
        assertEquals("e3bb09ce53d1975a3169accdf64a7342a7d23a6c3ff194cda5bbd906866334e6",
                idHash(out.resolve("dcr_train.csv"), "ID"));
        assertEquals("b78515e656add6610360e6d4d53650b5e4a4307eaa3572971d2c947fc6c2ec4e",
                idHash(out.resolve("dcr_holdout.csv"), "ID"));
        assertEquals(idHash(out.resolve("dcr_train.csv"), "ID"),
                record.path("sha256").path("trainIds").asText());
    }

    static Stream<Arguments> badTables() throws IOException, URISyntaxException {
        return Files.readAllLines(tables().resolve("bad/expected.csv")).stream()
                .filter(l -> !l.isBlank()).map(l -> Arguments.of((Object[]) l.split("\\|", -1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTables")
    void badTableGivesOneLineAndWritesNothing(String file, String options, String expected)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("split", tables().resolve("bad/" + file).toString(),
                "--out", out.resolve("split").toString()));
        if (!options.isEmpty()) {
            String[] o = options.split(" ", 2);
            args.add(o[0]);
            args.add(o[0].equals("--schema") ? tables().resolve("bad/" + o[1]).toString() : o[1]);
        }
        BadInputTest.assertOneLineError(CliHarness.run(args.toArray(String[]::new)), expected);
        assertTrue(Files.notExists(out.resolve("split")), "nothing may be written");
    }

    @Test
    void missingDataFile() {
        BadInputTest.assertOneLineError(CliHarness.run("split", out.resolve("nope.csv").toString(),
                "--out", out.toString()), "nope.csv: file not found");
    }

    private static String idHash(Path csv, String idColumn) throws IOException {
        RawTable t = RawTable.read(csv, CsvLimits.DEFAULT);
        int j = t.header().indexOf(idColumn);
        return Split.idHash(t.records().stream().mapToInt(rec -> Integer.parseInt(rec.cell(j)) - 1)
                .toArray());
    }

    private static Path creditDefault() {
        Path relative = Path.of("shared", "datasets", "credit-default",
                "default_of_credit_card_clients.csv");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        assumeTrue(false, "Credit Default data not found as ../" + relative + ": test skipped");
        return null;
    }
}
