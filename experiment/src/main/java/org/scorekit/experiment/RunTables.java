package org.scorekit.experiment;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorekit.csv.CsvFormatException;
import org.scorekit.csv.CsvLimits;
import org.scorekit.csv.CsvPrinter;
import org.scorekit.csv.EmptyCells;
import org.scorekit.csv.Header;
import org.scorekit.csv.NumericTable;
import org.scorekit.linalg.Matrix;
import org.scorekit.train.TrainingHistory;

/**
 * The CSV tables of a run directory (docs/run-directory.md), printed by {@link CsvPrinter}
 * (numbers round-trip; an empty cell has no finite value) and written under a temporary name
 * before being renamed into place; and user matrices (the {@code score} command's points) read
 * by {@link NumericTable}, with format errors turned into {@link InvalidSpecException}s.
 */
public final class RunTables {
    private RunTables() {
    }

    /** Writes a matrix (rows are samples) under the header x1..xd. */
    public static void writeMatrix(Path file, Matrix m) throws IOException {
        List<double[]> rows = new ArrayList<>(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            rows.add(m.row(i));
        }
        writeRows(file, numbered("x", m.cols()), rows);
    }

    /**
     * Writes history.csv: step, train_loss, train_mse, validation_loss, oracle_risk, grad_norm,
     * then every other recorded evaluation (e.g. the coupling diagnostics) in first-seen order.
     */
    public static void writeHistory(Path file, TrainingHistory history) throws IOException {
        List<String> extra = new ArrayList<>(history.evaluationNames());
        extra.remove(TrainingHistory.VALIDATION_LOSS);
        extra.remove(TrainingHistory.ORACLE_RISK);
        List<String> header = new ArrayList<>(List.of("step", "train_loss", "train_mse",
                TrainingHistory.VALIDATION_LOSS, TrainingHistory.ORACLE_RISK, "grad_norm"));
        header.addAll(extra);
        List<double[]> rows = new ArrayList<>(history.entries().size());
        for (TrainingHistory.Entry e : history.entries()) {
            double[] row = new double[header.size()];
            row[0] = e.step();
            row[1] = e.trainLoss();
            row[2] = e.trainMse();
            row[3] = e.evaluation(TrainingHistory.VALIDATION_LOSS);
            row[4] = e.evaluation(TrainingHistory.ORACLE_RISK);
            row[5] = e.gradNorm();
            for (int k = 0; k < extra.size(); k++) {
                row[6 + k] = e.evaluation(extra.get(k));
            }
            rows.add(row);
        }
        writeRows(file, header, rows);
    }

    /** Writes rows of numbers under a header. */
    public static void writeRows(Path file, List<String> header, List<double[]> rows)
            throws IOException {
        AtomicFiles.writeString(file, CsvPrinter.toText(header, rows));
    }

    /**
     * Reads a points file, a CSV of finite numbers with at least one data row, into a matrix.
     * The first row is a header unless every one of its cells is a number; then it is the first
     * point ({@link Header#DETECTED}). Errors name the file and line: {@code points.csv line 4
     * column 2: expected a number for x2, got 'abc'}.
     */
    public static Matrix readMatrix(Path file) {
        NumericTable table;
        try {
            table = NumericTable.read(file, CsvLimits.DEFAULT, EmptyCells.REJECTED, Header.DETECTED);
        } catch (NoSuchFileException e) {
            throw new InvalidSpecException(file + ": file not found");
        } catch (IOException e) {
            throw new InvalidSpecException(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (CsvFormatException e) {
            throw new InvalidSpecException(e.getMessage(), e);
        }
        if (table.rowCount() == 0) {
            throw new InvalidSpecException(file + ": no data rows");
        }
        return Matrix.of(table.rows());
    }

    /** The names {@code prefix1 .. prefix<count>}, e.g. x1, x2. */
    public static List<String> numbered(String prefix, int count) {
        List<String> names = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            names.add(prefix + k);
        }
        return names;
    }
}
