package org.scorekit.report;

import java.util.Base64;
import java.util.List;

/**
 * Renders a report as one self-contained HTML5 page: inline CSS, plots embedded as
 * {@code data:image/png;base64} URIs, no script and no external resource. Every string from
 * the run directory is HTML-escaped.
 */
final class HtmlRenderer {
    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;",
            "max-width:1340px;padding:0 1em;color:#222;line-height:1.4}",
            "h1{font-size:1.6em;margin-bottom:.2em}",
            "h2{margin-top:1.6em;border-bottom:1px solid #ddd}",
            ".subtitle{color:#555;margin:.1em 0}",
            "table{border-collapse:collapse;margin:.8em 0}caption{text-align:left;font-weight:600}",
            "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}",
            "th{background:#f3f3f3}td{font-variant-numeric:tabular-nums;word-break:break-word}",
            ".note{color:#666;font-style:italic}",
            ".figures{display:flex;flex-wrap:wrap;gap:1em}",
            "figure{margin:0;flex:1 1 420px;max-width:640px}figure img{width:100%;height:auto}",
            "figcaption{color:#555;font-size:.9em}");

    private HtmlRenderer() {
    }

    /** The HTML page of the report. */
    static String render(ReportDocument document) {
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" ")
                .append("content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(document.title())).append("</h1>\n");
        for (String line : document.subtitle()) {
            html.append("<p class=\"subtitle\">").append(escape(line)).append("</p>\n");
        }
        for (Section section : document.sections()) {
            appendSection(html, section);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void appendSection(StringBuilder html, Section section) {
        html.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
        for (Table table : section.tables()) {
            appendTable(html, table);
        }
        for (String note : section.notes()) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        if (!section.figures().isEmpty()) {
            html.append("<div class=\"figures\">\n");
            for (Figure figure : section.figures()) {
                appendFigure(html, figure);
            }
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    private static void appendTable(StringBuilder html, Table table) {
        html.append("<table>\n");
        if (!table.caption().isEmpty()) {
            html.append("<caption>").append(escape(table.caption())).append("</caption>\n");
        }
        appendRow(html, "th", table.header());
        for (List<String> row : table.rows()) {
            appendRow(html, "td", row);
        }
        html.append("</table>\n");
    }

    private static void appendRow(StringBuilder html, String cell, List<String> cells) {
        html.append("<tr>");
        for (String text : cells) {
            html.append('<').append(cell).append('>').append(escape(text))
                    .append("</").append(cell).append('>');
        }
        html.append("</tr>\n");
    }

    private static void appendFigure(StringBuilder html, Figure figure) {
        html.append("<figure><img alt=\"").append(escape(figure.caption()))
                .append("\" width=\"").append(figure.width()).append("\" height=\"")
                .append(figure.height()).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(figure.png())).append("\">")
                .append("<figcaption>").append(escape(figure.caption()))
                .append("</figcaption></figure>\n");
    }

    /** Escapes the five characters that are special in HTML text and attribute values. */
    static String escape(String text) {
        return Cells.replaceEach(text, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        });
    }
}
