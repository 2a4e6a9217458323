package org.scorekit.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
    private static final CsvLimits SMALL = new CsvLimits(1 << 20, 8, 64);

    @Test
    void quotedFieldsCrlfAndBlankLinesKeepTheirLinesOfOrigin() throws IOException {
        String text = "name, value \r\n\r\n\"a, b\",1\r\n  \n\"two\nlines\",\"say \"\"hi\"\"\"\nlast,3";
        try (CsvSource in = CsvSource.of("t.csv", text, CsvLimits.DEFAULT)) {
            assertEquals(List.of("name", "value"), in.columns());
            assertEquals(1, in.header().orElseThrow().line());
            List<CsvRecord> records = in.remaining();
            assertEquals(List.of(new CsvRecord(3, List.of("a, b", "1")),
                    new CsvRecord(5, List.of("two\nlines", "say \"hi\"")),
                    new CsvRecord(7, List.of("last", "3"))), records);
            assertEquals(Optional.empty(), in.next());
        }
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "x1,x2\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        try (CsvSource in = CsvSource.of("bom.csv", new ByteArrayInputStream(all), SMALL)) {
            assertEquals(List.of("x1", "x2"), in.columns());
            assertEquals(List.of("1", "2"), in.next().orElseThrow().cells());
        }
    }

    @Test
    void nonUtf8BytesAreRejectedWithTheirOffsetAndLine() {
        byte[] latin1 = "a\n1\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> readAll(new ByteArrayInputStream(latin1), SMALL));
        assertEquals("s.csv line 3: not UTF-8 at byte 8 (expected UTF-8 text)", e.getMessage());
        byte[] truncated = {'a', '\n', (byte) 0xE2, (byte) 0x82};
        assertTrue(assertThrows(CsvFormatException.class,
                () -> readAll(new ByteArrayInputStream(truncated), SMALL)).getMessage()
                .contains("not UTF-8 at byte 3"));
    }

    /** A NUL decodes as UTF-8 but is never text: its byte counts the BOM and multi-byte characters. */
    @Test
    void nulByteIsRejectedWithItsOffsetAndLine() {
        byte[] text = "\ufeffa,b\n\u00e9,\ud83d\ude00\n1,x\u0000y\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("s.csv line 3: a NUL byte at byte 19 (expected text, not a binary file)",
                assertThrows(CsvFormatException.class,
                        () -> readAll(new ByteArrayInputStream(text), SMALL)).getMessage());
        byte[] first = {0, 'a'};
        assertEquals("s.csv line 1: a NUL byte at byte 1 (expected text, not a binary file)",
                assertThrows(CsvFormatException.class,
                        () -> readAll(new ByteArrayInputStream(first), SMALL)).getMessage());
    }

    @Test
    void headerMustBeDistinctNonBlankNames() {
        assertEquals("e.csv: expected a header row, the input is empty", assertThrows(
                CsvFormatException.class, () -> CsvSource.of("e.csv", "\n  \n", SMALL)).getMessage());
        assertEquals("b.csv line 1 column 2: expected a distinct column name, got 't'",
                assertThrows(CsvFormatException.class,
                        () -> CsvSource.of("b.csv", "t, t\n1,2\n", SMALL)).getMessage());
        CsvFormatException empty = assertThrows(CsvFormatException.class,
                () -> CsvSource.of("c.csv", "t,,u\n", SMALL));
        assertEquals(2, empty.column());
        assertEquals("expected a non-empty column name, got ''", empty.expectation());
    }

    @Test
    void recordWithWrongCellCountNamesLine() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> readAll("step,loss\n0,1.0\n\n10,0.5,7\n", SMALL));
        assertEquals("s.csv line 4: expected 2 cells as in the header, got 3", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(0, e.column());
    }

    @Test
    void aMillionColumnsFailCleanlyUnderTheDefaultCaps() {
        String wide = "a\n" + "1,".repeat(1_000_000) + "1\n";
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> readAll(wide, CsvLimits.DEFAULT));
        assertEquals("s.csv line 2 column 65537: expected at most 65536 columns (the column cap)", e.getMessage());
    }

    @Test
    void aHundredMegabyteLineFailsCleanlyWhetherOneFieldOrMany() {
        String expected = "s.csv line 2: expected a record of at most 8388608 characters (the record cap)";
        // 100 MB in one field, unquoted and quoted, streamed so the test itself stays small.
        for (String start : new String[] {"a\n", "a\n\""}) {
            InputStream field = new RepeatingStream(start.getBytes(StandardCharsets.US_ASCII),
                    (byte) 'x', 100_000_000);
            assertEquals(expected, assertThrows(CsvFormatException.class,
                    () -> readAll(field, CsvLimits.DEFAULT)).getMessage());
        }
        // Many short fields: the record cap holds when the column cap is out of reach.
        CsvLimits manyColumns = new CsvLimits(1L << 30, 1 << 24, 1 << 20);
        String manyShort = "a\n" + "123456789,".repeat(200_000) + "\n";
        assertEquals("s.csv line 2: expected a record of at most 1048576 characters (the record cap)",
                assertThrows(CsvFormatException.class,
                        () -> readAll(manyShort, manyColumns)).getMessage());
    }

    @Test
    void inputLongerThanTheByteCapIsRejected() {
        InputStream endless = new RepeatingStream("a\n".getBytes(StandardCharsets.US_ASCII),
                (byte) '\n', 10_000_000);
        assertEquals("s.csv: expected at most 1048576 bytes (the size cap), the input is longer",
                assertThrows(CsvFormatException.class, () -> readAll(endless, SMALL)).getMessage());
    }

    @Test
    void onlyRegularFilesWithinTheCapAreOpened(@TempDir Path dir) throws IOException {
        assertEquals(dir + ": expected a regular file, got a directory", assertThrows(CsvFormatException.class,
                () -> CsvSource.open(dir, SMALL)).getMessage());
        assertEquals(dir.resolve("nope.csv") + ": file not found", assertThrows(
                CsvFormatException.class, () -> CsvSource.open(dir.resolve("nope.csv"), SMALL))
                .getMessage());
        Path big = Files.writeString(dir.resolve("big.csv"), "a\n" + "1\n".repeat(100));
        assertEquals(big + ": expected at most 100 bytes (the size cap), the file has 202",
                assertThrows(CsvFormatException.class,
                        () -> CsvSource.open(big, new CsvLimits(100, 8, 64))).getMessage());
        try (CsvSource in = CsvSource.open(big, SMALL)) {
            assertEquals(100, in.remaining().size());
        }
        Path device = Path.of("/dev/zero");
        if (Files.exists(device)) {
            assertThrows(CsvFormatException.class, () -> CsvSource.open(device, SMALL));
        }
    }

    @Test
    void unclosedQuoteIsAFormatError() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> readAll("a,b\n\"x\"y,1\n", SMALL));
        assertEquals(2, e.line());
        assertTrue(e.expectation().startsWith("expected RFC 4180 CSV"), e.getMessage());
    }

    private static List<CsvRecord> readAll(String text, CsvLimits limits) throws IOException {
        return readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limits);
    }

    private static List<CsvRecord> readAll(InputStream bytes, CsvLimits limits) throws IOException {
        try (CsvSource in = CsvSource.of("s.csv", bytes, limits)) {
            return in.remaining();
        }
    }

    /** A prefix followed by one byte repeated, without holding it in memory. */
    private static final class RepeatingStream extends InputStream {
        private final byte[] prefix;
        private final byte filler;
        private long left;
        private int at;

        RepeatingStream(byte[] prefix, byte filler, long count) {
            this.prefix = prefix;
            this.filler = filler;
            this.left = count;
        }

        @Override
        public int read() {
            if (at < prefix.length) {
                return prefix[at++];
            }
            return left-- > 0 ? filler : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= prefix.length && left <= 0) {
                return -1;
            }
            int n = 0;
            while (n < len && (at < prefix.length || left > 0)) {
                b[off + n++] = (byte) read();
            }
            return n;
        }
    }
}
