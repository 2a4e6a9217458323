package org.scorekit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two splits of spec/tabular-protocol.md §2, as {@code scorekit split} writes them: 90/10
 * (fidelity, detection and MLE against the test split) and 50/50 (DCR and exact copies against
 * the holdout half).
 */
enum BenchmarkSplit {
    /** 90/10: train.csv and test.csv. */
    NINETY_TEN("90-10", "train.csv", "test.csv"),
    /** 50/50: dcr_train.csv and dcr_holdout.csv. */
    FIFTY_FIFTY("50-50", "dcr_train.csv", "dcr_holdout.csv");

    private final String label;
    private final String trainFile;
    private final String otherFile;

    BenchmarkSplit(String label, String trainFile, String otherFile) {
        this.label = label;
        this.trainFile = trainFile;
        this.otherFile = otherFile;
    }

    /** The folder and cell-name label, {@code 90-10} or {@code 50-50}. */
    String label() {
        return label;
    }

    /** This split's folder under {@code splits}. */
    Path folder(Path splits) {
        return splits.resolve(label);
    }

    /** The train table. */
    Path train(Path splits) {
        return folder(splits).resolve(trainFile);
    }

    /** The number of train rows, from split.json. */
    int trainRows(Path splits) throws IOException {
        return new ObjectMapper().readTree(folder(splits).resolve(SplitCommand.RECORD).toFile())
                .path("sizes").path("train").asInt();
    }

    /** The options of {@code scorekit evaluate} that name this split's other table. */
    List<String> evaluationOptions(Path splits) {
        String table = folder(splits).resolve(otherFile).toString();
        return this == NINETY_TEN ? List.of("--test", table)
                : List.of("--holdout", table, "--metrics", "dcr");
    }

    /** Writes the split with {@code scorekit split} unless its split.json (written last) exists. */
    void prepare(Path data, String target, Path splits, PrintWriter log) throws IOException {
        if (Files.isRegularFile(folder(splits).resolve(SplitCommand.RECORD))) {
            return;
        }
        Files.createDirectories(splits);
        List<String> args = new ArrayList<>(List.of("split", data.toString(), "--target", target,
                "--out", folder(splits).toString()));
        if (this == FIFTY_FIFTY) {
            args.add("--dcr");
        }
        int code = Main.execute(args.toArray(String[]::new), log, log);
        if (code != 0) {
            throw new IllegalStateException("benchmark split " + label + ": scorekit split exited "
                    + "with code " + code);
        }
    }
}
