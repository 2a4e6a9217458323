package org.scorekit.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorekit.linalg.Matrix;
import org.scorekit.train.TrainingHistory;

/**
 * CSV files of a run directory (docs/run-directory.md). Numbers are written with
 * {@link Double#toString}, which round-trips exactly.
 */
public final class CsvFiles {
    private CsvFiles() {
    }

    /** Writes a matrix with header x1..xd. */
    public static void writeMatrix(Path file, Matrix m) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < m.cols(); k++) {
            b.append(k == 0 ? "" : ",").append('x').append(k + 1);
        }
        b.append('\n');
        for (int i = 0; i < m.rows(); i++) {
            for (int k = 0; k < m.cols(); k++) {
                b.append(k == 0 ? "" : ",").append(m.get(i, k));
            }
            b.append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
    }

    /**
     * Writes history.csv: step, train_loss, train_mse, validation_loss, oracle_risk, grad_norm,
     * then every other recorded evaluation (e.g. the coupling diagnostics) in first-seen order.
     */
    public static void writeHistory(Path file, TrainingHistory history) throws IOException {
        List<String> extra = new ArrayList<>(history.evaluationNames());
        extra.remove(TrainingHistory.VALIDATION_LOSS);
        extra.remove(TrainingHistory.ORACLE_RISK);
        StringBuilder b = new StringBuilder("step,train_loss,train_mse,validation_loss,oracle_risk,grad_norm");
        extra.forEach(name -> b.append(',').append(name));
        b.append('\n');
        for (TrainingHistory.Entry e : history.entries()) {
            b.append(e.step()).append(',').append(e.trainLoss()).append(',').append(e.trainMse())
                    .append(',').append(cell(e.evaluation(TrainingHistory.VALIDATION_LOSS)))
                    .append(',').append(cell(e.evaluation(TrainingHistory.ORACLE_RISK)))
                    .append(',').append(e.gradNorm());
            extra.forEach(name -> b.append(',').append(cell(e.evaluation(name))));
            b.append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
    }

    /** Writes rows of numbers under a header. */
    public static void writeRows(Path file, String header, List<double[]> rows) throws IOException {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (double[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                b.append(k == 0 ? "" : ",").append(cell(r[k]));
            }
            b.append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
    }

    /**
     * Reads a numeric CSV with a header row into a matrix. Errors name the file and line:
     * {@code points.csv line 4: expected 2 numbers, got 3}.
     */
    public static Matrix readMatrix(Path file) {
        String text = InputFiles.readText(file);
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line = r.readLine();
            if (line == null) {
                throw new InvalidSpecException(file + ": empty file, expected a header row");
            }
            width = line.split(",", -1).length;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != width) {
                    throw new InvalidSpecException(file + " line " + lineNo + ": expected " + width
                            + " numbers, got " + cells.length);
                }
                double[] row = new double[width];
                for (int k = 0; k < width; k++) {
                    row[k] = number(file, lineNo, k, cells[k]);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new InvalidSpecException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (rows.isEmpty()) {
            throw new InvalidSpecException(file + ": no data rows after the header");
        }
        Matrix m = Matrix.zeros(rows.size(), width);
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, m.data(), i * width, width);
        }
        return m;
    }

    private static double number(Path file, int line, int column, String cell) {
        try {
            double v = Double.parseDouble(cell.trim());
            if (!Double.isFinite(v)) {
                throw new InvalidSpecException(file + " line " + line + " column " + (column + 1)
                        + ": expected a finite number, got " + cell.trim());
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidSpecException(file + " line " + line + " column " + (column + 1)
                    + ": expected a number, got '" + cell.trim() + "'");
        }
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
