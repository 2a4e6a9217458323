package org.scorekit.tabular.encoding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.scorekit.random.Rng;
import org.scorekit.tabular.Cells;
import org.scorekit.tabular.Column;
import org.scorekit.tabular.ColumnType;
import org.scorekit.tabular.Schema;
import org.scorekit.tabular.Table;

/**
 * Seeded tables with one column of each kind the encoders must restore: integers, multiples of
 * 0.5 and of 1000, three-decimal floats, a small repeated value set, integers with missing cells,
 * a constant, a categorical column with missing cells and a binary target.
 */
final class GeneratedTables {
    private static final double[] RATINGS = {1, 2.5, 4, 10};
    private static final String[] COLOURS = {"red", "green", "blue", "NA", "violet"};

    private GeneratedTables() {
    }

    /** {@code rows} rows drawn from {@code rng}. */
    static Table mixed(Rng rng, int rows) {
        double[] count = new double[rows];
        double[] half = new double[rows];
        double[] thousands = new double[rows];
        double[] price = new double[rows];
        double[] rating = new double[rows];
        double[] gappy = new double[rows];
        double[] constant = new double[rows];
        String[] colour = new String[rows];
        String[] target = new String[rows];
        for (int i = 0; i < rows; i++) {
            count[i] = rng.nextInt(1000);
            half[i] = (rng.nextInt(401) - 200) * 0.5;
            thousands[i] = 10_000 + 1000.0 * rng.nextInt(491);
            price[i] = Math.rint(rng.uniform(-50, 150) * 1000) / 1000;
            rating[i] = RATINGS[rng.nextInt(RATINGS.length)];
            gappy[i] = rng.nextInt(5) == 0 ? Double.NaN : rng.nextInt(50_001);
            constant[i] = 7.25;
            colour[i] = COLOURS[rng.nextInt(COLOURS.length)];
            target[i] = Integer.toString(rng.nextInt(2));
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.numerical("count", count));
        columns.add(categorical("colour", ColumnType.CATEGORICAL, colour));
        columns.add(Column.numerical("half", half));
        columns.add(Column.numerical("thousands", thousands));
        columns.add(Column.numerical("price", price));
        columns.add(Column.numerical("rating", rating));
        columns.add(Column.numerical("gappy", gappy));
        columns.add(Column.numerical("constant", constant));
        columns.add(categorical("y", ColumnType.TARGET, target));
        return of(columns);
    }

    /** A table of these columns, typed as they are. */
    static Table of(List<Column> columns) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        columns.forEach(c -> types.put(c.name(), c.type()));
        return Table.of(new Schema(types, List.of()), columns);
    }

    /** A categorical column of these cells, {@link Cells#MISSING} as a level. */
    static Column categorical(String name, ColumnType type, String[] cells) {
        List<String> levels = List.copyOf(new TreeSet<>(List.of(cells)));
        int[] codes = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            codes[i] = levels.indexOf(cells[i]);
        }
        return Column.categorical(name, type, codes, levels);
    }
}
