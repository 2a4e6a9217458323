package org.scorekit.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.scorekit.checks.Checks;

/**
 * A CSV input read record by record: a header row of distinct, non-blank column names, then data
 * records of exactly as many cells, each with the 1-based line it starts on. Fields follow
 * RFC 4180 (separator {@code ,}, quote {@code "}, CRLF or LF); blank lines are skipped. The input
 * is strict UTF-8 with an optional BOM and obeys {@link CsvLimits}. Every content error is a
 * {@link CsvFormatException}; I/O failures stay {@link IOException}s (or
 * {@link UncheckedIOException}s from {@link #next}).
 */
public final class CsvSource implements Closeable {
    private final String source;
    private final CsvLimits limits;
    private final CappedRecordHandler handler;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final CsvRecord header;
    private final List<String> columns;
    /** The first data row when header detection found none (read once, then cleared). */
    private CsvRecord pending;

    private CsvSource(String source, InputStream in, CsvLimits limits, Header mode) {
        this.source = source;
        this.limits = limits;
        this.handler = new CappedRecordHandler(source, limits);
        this.reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).maxBufferSize(limits.maxLineChars())
                .build(handler, new StrictUtf8Reader(in, source, limits.maxBytes()));
        this.records = reader.iterator();
        CsvRecord first = fetch().orElseThrow(() -> new CsvFormatException(source, 0, 0,
                "expected a header row, the input is empty"));
        if (mode == Header.DETECTED && allNumbers(first)) {
            this.pending = first;
            this.header = null;
            this.columns = IntStream.rangeClosed(1, first.size()).mapToObj(k -> "x" + k).toList();
        } else {
            this.header = first;
            this.columns = names(first);
        }
    }

    private static boolean allNumbers(CsvRecord record) {
        for (int j = 0; j < record.size(); j++) {
            if (!NumericTable.isNumber(record.cell(j).strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Opens a regular file (not a directory, FIFO or device) of at most
     * {@link CsvLimits#maxBytes()} bytes and reads its header; the file's path names it in errors,
     * and a missing file is a {@link CsvFormatException} ({@code file not found}) as well.
     */
    public static CsvSource open(Path file, CsvLimits limits) throws IOException {
        return open(file, limits, Header.REQUIRED);
    }

    /** {@link #open(Path, CsvLimits)} with the given header mode. */
    public static CsvSource open(Path file, CsvLimits limits, Header mode) throws IOException {
        BasicFileAttributes attributes;
        try {
            // Reading the attributes does not open the file: a FIFO is refused before it could block.
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new CsvFormatException(file.toString(), 0, 0, "file not found");
        }
        if (!attributes.isRegularFile()) {
            throw new CsvFormatException(file.toString(), 0, 0, "expected a regular file, got "
                    + (attributes.isDirectory() ? "a directory" : "a device, FIFO or socket"));
        }
        if (attributes.size() > limits.maxBytes()) {
            throw new CsvFormatException(file.toString(), 0, 0, "expected at most "
                    + limits.maxBytes() + " bytes (the size cap), the file has " + attributes.size());
        }
        return of(file.toString(), Files.newInputStream(file), limits, mode);
    }

    /** Reads from a stream (closed with this source); {@code source} names it in errors. */
    public static CsvSource of(String source, InputStream in, CsvLimits limits) {
        return of(source, in, limits, Header.REQUIRED);
    }

    /** {@link #of(String, InputStream, CsvLimits)} with the given header mode. */
    public static CsvSource of(String source, InputStream in, CsvLimits limits, Header mode) {
        try {
            return new CsvSource(source, in, limits, mode);
        } catch (RuntimeException e) {
            closeQuietly(in, e);
            throw e;
        }
    }

    /** Reads CSV text; {@code source} names it in errors (e.g. a file name). */
    public static CsvSource of(String source, String text, CsvLimits limits) {
        return of(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limits);
    }

    /** The name used in error messages. */
    public String source() {
        return source;
    }

    /** The limits this source reads under. */
    public CsvLimits limits() {
        return limits;
    }

    /** The header record as written; empty when header detection found the first row to be data. */
    public Optional<CsvRecord> header() {
        return Optional.ofNullable(header);
    }

    /** The column names: the header cells with surrounding white space removed. */
    public List<String> columns() {
        return columns;
    }

    /**
     * The next data record, or empty at the end of the input.
     *
     * @throws CsvFormatException for a record whose cell count differs from the header's
     */
    public Optional<CsvRecord> next() {
        Optional<CsvRecord> record = pending != null ? Optional.of(pending) : fetch();
        pending = null;
        record.ifPresent(r -> {
            if (r.size() != columns.size()) {
                throw new CsvFormatException(source, r.line(), 0, "expected " + columns.size()
                        + " cells as in the header, got " + r.size());
            }
        });
        return record;
    }

    /** Every remaining data record, in input order. */
    public List<CsvRecord> remaining() {
        List<CsvRecord> all = new ArrayList<>();
        for (Optional<CsvRecord> r = next(); r.isPresent(); r = next()) {
            all.add(r.get());
        }
        return all;
    }

    private Optional<CsvRecord> fetch() {
        try {
            return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        } catch (CsvParseException e) {
            throw translate(e);
        }
    }

    private RuntimeException translate(CsvParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CsvFormatException format) {
            return format;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        String what = cause != null ? cause.getMessage() : e.getMessage();
        if (what != null && what.startsWith("The maximum buffer size")) {
            return new CsvFormatException(source, handler.line(), 0,
                    CappedRecordHandler.tooLong(limits));
        }
        return new CsvFormatException(source, handler.line(), 0, "expected RFC 4180 CSV: " + what);
    }

    private List<String> names(CsvRecord record) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>(record.size());
        for (int j = 0; j < record.size(); j++) {
            String name = record.cell(j).strip();
            if (name.isEmpty() || !seen.add(name)) {
                throw new CsvFormatException(source, record.line(), j + 1, "expected a "
                        + (name.isEmpty() ? "non-empty" : "distinct") + " column name, got "
                        + Checks.quoted(name));
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static void closeQuietly(InputStream in, RuntimeException failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
