/**
 * CSV files of the project, read and written on FastCSV (RFC 4180: quoted fields, CRLF or LF).
 * {@link org.scorekit.csv.CsvSource} streams a header and records with the 1-based line they
 * start on, from strict UTF-8 (a BOM is skipped) under the caps of
 * {@link org.scorekit.csv.CsvLimits}; {@link org.scorekit.csv.NumericTable} is the view of a
 * table of numbers; {@link org.scorekit.csv.CsvPrinter} writes a header and rows. Every content
 * error is a {@link org.scorekit.csv.CsvFormatException} naming file, line, column and expectation.
 */
package org.scorekit.csv;
