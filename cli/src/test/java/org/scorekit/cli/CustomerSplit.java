package org.scorekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The train and test splits of the small mixed table of the split tests (string categoricals,
 * booleans, missing cells), written into a test's folder, and {@code scorekit evaluate} against
 * that train split with {@code churned} as the target.
 *
 * @param train the train split
 * @param test  the test split
 */
record CustomerSplit(Path train, Path test) {
    static CustomerSplit in(Path dir) throws Exception {
        Path data = SplitCommandTest.tables().resolve("customers.csv");
        CliHarness r = CliHarness.run("split", data.toString(), "--target", "churned", "--out",
                dir.resolve("split").toString());
        assertEquals(0, r.exitCode(), r.err());
        return new CustomerSplit(dir.resolve("split/train.csv"), dir.resolve("split/test.csv"));
    }

    CliHarness evaluate(Path synthetic, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--real", train.toString(),
                "--synthetic", synthetic.toString(), "--target", "churned", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliHarness.run(args.toArray(String[]::new));
    }
}
