package org.scorekit.tabular;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.scorekit.csv.CsvPrinter;

/**
 * The CSV text of a table, which {@link RawTable#read} and {@link SchemaInference} read back as
 * the same table: a header of the column names, numbers as integers where they are whole
 * ({@link CsvPrinter#cell}), categories as their canonical text, missing cells empty
 * (a categorical column's missing level {@link Cells#MISSING} too).
 */
public final class TableCsv {
    private TableCsv() {
    }

    /** The whole table as CSV text. */
    public static String toText(Table table) {
        StringWriter text = new StringWriter();
        List<String> header = table.columns().stream().map(Column::name).toList();
        CsvPrinter printer = CsvPrinter.of(text, header);
        List<String[]> columns = table.columns().stream().map(TableCsv::cells).toList();
        List<String> row = new ArrayList<>(header.size());
        for (int i = 0; i < table.rows(); i++) {
            row.clear();
            for (String[] column : columns) {
                row.add(column[i]);
            }
            printer.record(row);
        }
        printer.flush();
        return text.toString();
    }

    private static String[] cells(Column c) {
        String[] out = new String[c.size()];
        if (c.type().isCategorical()) {
            for (int i = 0; i < out.length; i++) {
                String category = c.category(i);
                out[i] = category.equals(Cells.MISSING) ? "" : category;
            }
        } else {
            double[] numbers = c.numbers();
            for (int i = 0; i < out.length; i++) {
                out[i] = CsvPrinter.cell(numbers[i]);
            }
        }
        return out;
    }
}
