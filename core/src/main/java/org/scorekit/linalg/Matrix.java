package org.scorekit.linalg;

import java.util.Arrays;
import org.scorekit.checks.Checks;

/**
 * A dense row-major matrix of doubles; rows are samples. Entry (i, j) lives at
 * {@code data[i * cols + j]}. The backing array is shared, not copied, by {@link #wrap} and
 * {@link #data()} so that kernels can run on it without per-call copies.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A rows × cols matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        Checks.nonNegative("rows", rows);
        Checks.nonNegative("cols", cols);
        return new Matrix(rows, cols, new double[Math.multiplyExact(rows, cols)]);
    }

    /** Wraps a row-major array without copying; {@code data.length} must be rows × cols. */
    public static Matrix wrap(int rows, int cols, double[] data) {
        Checks.nonNegative("rows", rows);
        Checks.nonNegative("cols", cols);
        Checks.sameSize("data length for " + rows + " x " + cols, Math.multiplyExact(rows, cols),
                data.length);
        return new Matrix(rows, cols, data);
    }

    /** Copies a rectangular array of rows. */
    public static Matrix of(double[][] values) {
        int r = values.length;
        int c = r == 0 ? 0 : values[0].length;
        Matrix m = zeros(r, c);
        for (int i = 0; i < r; i++) {
            Checks.sameSize("length of row " + i, c, values[i].length);
            System.arraycopy(values[i], 0, m.data, i * c, c);
        }
        return m;
    }

    /** The n × n identity. */
    public static Matrix identity(int n) {
        Matrix m = zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i * n + i] = 1.0;
        }
        return m;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The backing row-major array (shared, not a copy). */
    public double[] data() {
        return data;
    }

    public double get(int i, int j) {
        return data[i * cols + j];
    }

    public void set(int i, int j, double value) {
        data[i * cols + j] = value;
    }

    /** A copy of row i. */
    public double[] row(int i) {
        return Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
    }

    /** A copy of column j. */
    public double[] column(int j) {
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            c[i] = data[i * cols + j];
        }
        return c;
    }

    /** The entries as rows (a copy). */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = row(i);
        }
        return out;
    }

    /** A deep copy. */
    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public Matrix rowRange(int from, int to) {
        Checks.require(0 <= from && from <= to && to <= rows,
                "row range must lie in [0, " + rows + "]: [" + from + ", " + to + ")");
        return new Matrix(to - from, cols, Arrays.copyOfRange(data, from * cols, to * cols));
    }

    /** The rows at {@code positions}, in that order (positions may repeat), copied. */
    public Matrix selectRows(int[] positions) {
        Matrix out = zeros(positions.length, cols);
        for (int i = 0; i < positions.length; i++) {
            Checks.require(0 <= positions[i] && positions[i] < rows,
                    "row must lie in [0, " + rows + "): " + positions[i]);
            System.arraycopy(data, positions[i] * cols, out.data, i * cols, cols);
        }
        return out;
    }

    /** This matrix's rows followed by {@code below}'s (same column count), copied. */
    public Matrix stack(Matrix below) {
        below.requireCols("the stacked matrix", cols);
        double[] out = Arrays.copyOf(data, data.length + below.data.length);
        System.arraycopy(below.data, 0, out, data.length, below.data.length);
        return new Matrix(rows + below.rows, cols, out);
    }

    /** The transpose, as a new matrix. */
    public Matrix transpose() {
        Matrix t = zeros(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t.data[j * rows + i] = data[i * cols + j];
            }
        }
        return t;
    }

    /** Fails unless the shape is rows × cols; {@code what} names the operand in the message. */
    public Matrix requireShape(String what, int expectedRows, int expectedCols) {
        if (rows != expectedRows || cols != expectedCols) {
            throw new IllegalArgumentException(what + " must be " + expectedRows + " x "
                    + expectedCols + ": " + rows + " x " + cols);
        }
        return this;
    }

    /** Fails unless the matrix has the given number of columns. */
    public Matrix requireCols(String what, int expectedCols) {
        if (cols != expectedCols) {
            throw new IllegalArgumentException(
                    what + " has " + cols + " columns, expected " + expectedCols);
        }
        return this;
    }

    /** Frobenius norm. */
    public double frobeniusNorm() {
        double s = 0;
        for (double v : data) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols
                && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix[" + rows + " x " + cols + "]";
    }
}
