package org.scorekit.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else: a malformed byte sequence fails with
 * {@code not UTF-8 at byte N} (N 1-based, counted from the start of the input, BOM included)
 * instead of turning into U+FFFD, and a NUL byte, which no text table holds, fails with
 * {@code a NUL byte at byte N} (a binary file that happens to decode). A leading byte order mark
 * is skipped. More than
 * {@code maxBytes} bytes of input fail as well, so a device or a growing file cannot exhaust
 * memory.
 */
final class StrictUtf8Reader extends Reader {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final String source;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private long bytesRead;
    private long newlines;
    private boolean endOfInput;
    private boolean bomChecked;
    private boolean flushed;

    StrictUtf8Reader(InputStream in, String source, long maxBytes) {
        this.in = in;
        this.source = source;
        this.maxBytes = maxBytes;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset && !flushed) {
            if (!endOfInput && (!bomChecked || bytes.remaining() < 4)) {
                fill();
                continue;
            }
            int decodedFrom = out.position();
            long consumed = bytesRead - bytes.remaining();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            requireNoNul(buffer, offset, decodedFrom, out.position(), consumed);
            if (result.isError()) {
                throw notUtf8(buffer, offset, out.position());
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
            } else {
                fill();
            }
        }
        int n = out.position() - offset;
        countNewlines(buffer, offset, offset + n);
        return n == 0 && flushed ? -1 : n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytesRead += n;
            if (bytesRead > maxBytes) {
                throw new CsvFormatException(source, 0, 0,
                        "expected at most " + maxBytes + " bytes (the size cap), the input is longer");
            }
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (!bomChecked && (bytes.remaining() >= BOM.length || endOfInput)) {
            skipBom();
        }
    }

    private void skipBom() {
        bomChecked = true;
        if (bytes.remaining() < BOM.length) {
            return;
        }
        for (int i = 0; i < BOM.length; i++) {
            if (bytes.get(bytes.position() + i) != BOM[i]) {
                return;
            }
        }
        bytes.position(bytes.position() + BOM.length);
    }

    private CsvFormatException notUtf8(char[] buffer, int from, int to) {
        countNewlines(buffer, from, to);
        long offending = bytesRead - bytes.remaining() + 1;
        return new CsvFormatException(source, newlines + 1, 0,
                "not UTF-8 at byte " + offending + " (expected UTF-8 text)");
    }

    /**
     * Fails at the first NUL among the characters decoded into {@code buffer[from, to)} from the
     * input bytes after the first {@code consumed}; the characters since {@code lineFrom} have
     * not been counted for the line number yet.
     */
    private void requireNoNul(char[] buffer, int lineFrom, int from, int to, long consumed) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\0') {
                countNewlines(buffer, lineFrom, i);
                long offending = consumed + utf8Length(buffer, from, i) + 1;
                throw new CsvFormatException(source, newlines + 1, 0, "a NUL byte at byte "
                        + offending + " (expected text, not a binary file)");
            }
        }
    }

    /** The number of UTF-8 bytes that encode {@code buffer[from, to)}. */
    private static long utf8Length(char[] buffer, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            // A surrogate pair takes four bytes: two for each half.
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private void countNewlines(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                newlines++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
