package org.scorekit.report;

import java.util.List;

/**
 * Renders a report as Markdown (GitHub flavour) with plots referenced as
 * {@code plots/NAME.png}. Text from the run directory is escaped so that it can neither
 * become Markdown syntax nor raw HTML.
 */
final class MarkdownRenderer {
    /** The folder, relative to the report, that holds the plot images. */
    static final String PLOTS = "plots";

    private MarkdownRenderer() {
    }

    /** The Markdown text of the report. */
    static String render(ReportDocument document) {
        StringBuilder md = new StringBuilder(1 << 12);
        md.append("# ").append(escape(document.title())).append("\n\n");
        for (String line : document.subtitle()) {
            md.append(escape(line)).append("  \n");
        }
        md.append('\n');
        // every block below ends in a blank line, so a heading needs no blank line of its own
        for (Section section : document.sections()) {
            md.append("## ").append(escape(section.heading())).append("\n\n");
            for (Table table : section.tables()) {
                appendTable(md, table);
            }
            for (String note : section.notes()) {
                md.append('_').append(escape(note)).append("_\n\n");
            }
            appendFigures(md, section.figures());
        }
        return md.toString();
    }

    private static void appendTable(StringBuilder md, Table table) {
        if (!table.caption().isEmpty()) {
            md.append("**").append(escape(table.caption())).append("**\n\n");
        }
        appendRow(md, table.header());
        md.append('|').append("---|".repeat(table.header().size())).append('\n');
        for (List<String> row : table.rows()) {
            appendRow(md, row);
        }
        md.append('\n');
    }

    private static void appendRow(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(escape(cell)).append(" |");
        }
        md.append('\n');
    }

    /** One figure: image and caption; several: a one-row table, so they sit side by side. */
    private static void appendFigures(StringBuilder md, List<Figure> figures) {
        if (figures.size() == 1) {
            Figure figure = figures.get(0);
            md.append(image(figure)).append("\n\n_").append(escape(figure.caption()))
                    .append("_\n\n");
        } else if (figures.size() > 1) {
            appendRow(md, figures.stream().map(Figure::caption).toList());
            md.append('|').append("---|".repeat(figures.size())).append("\n|");
            for (Figure figure : figures) {
                md.append(' ').append(image(figure)).append(" |");
            }
            md.append("\n\n");
        }
    }

    private static String image(Figure figure) {
        return "![" + escape(figure.caption()) + "](" + PLOTS + "/" + figure.name() + ".png)";
    }

    /**
     * Backslash-escapes Markdown punctuation (including {@code |} for table cells) and writes
     * {@code & < >} as HTML entities, which Markdown shows literally.
     */
    static String escape(String text) {
        return Cells.replaceEach(text, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\\', '`', '*', '_', '[', ']', '|', '#', '!' -> "\\" + c;
            case '\n', '\r' -> " ";
            default -> null;
        });
    }
}
