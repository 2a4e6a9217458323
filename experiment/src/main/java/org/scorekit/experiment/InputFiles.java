package org.scorekit.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.scorekit.checks.Checks;

/**
 * Reads user-supplied text files (specs, mixture files, run records) defensively: only a regular
 * file of at most {@value #MAX_BYTES} bytes is opened, so a FIFO cannot block and a device or a
 * link to {@code /dev/zero} cannot exhaust memory; the bytes must be UTF-8 (a leading byte order
 * mark is skipped). Every failure is one {@link InvalidSpecException} line naming the file.
 */
public final class InputFiles {
    /** The largest text file read: 64 MiB, far above any spec or mixture file. */
    public static final long MAX_BYTES = 64L << 20;

    private InputFiles() {
    }

    /** The file's text. */
    public static String readText(Path file) {
        byte[] bytes = readBytes(file, MAX_BYTES);
        return decodeUtf8(file.toString(), bytes);
    }

    /** The bytes of a regular file of at most {@code maxBytes} (&lt; 2^31 − 1) bytes. */
    public static byte[] readBytes(Path file, long maxBytes) {
        Checks.require(maxBytes >= 0 && maxBytes < Integer.MAX_VALUE,
                "maxBytes must be in [0, 2^31 - 1): " + maxBytes);
        try {
            // Reading the attributes does not open the file: a FIFO is refused before it could block.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new InvalidSpecException(file + ": expected a regular file, got "
                        + (attributes.isDirectory() ? "a directory" : "a device, FIFO or socket"));
            }
            if (attributes.size() > maxBytes) {
                throw tooLarge(file, maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The file may have grown since its size was read: read one byte beyond the cap.
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw tooLarge(file, maxBytes);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidSpecException(file + ": file not found");
        } catch (AccessDeniedException e) {
            throw new InvalidSpecException(file + ": permission denied");
        } catch (IOException e) {
            throw new InvalidSpecException(file + ": cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /**
     * Decodes strict UTF-8: a malformed or truncated sequence fails with {@code not UTF-8 at byte
     * N} (N 1-based, counted from the start of the file) rather than turning into U+FFFD.
     */
    static String decodeUtf8(String source, byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidSpecException(source + ": not UTF-8 at byte " + (in.position() + 1)
                    + " (save the file as UTF-8 text)");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static InvalidSpecException tooLarge(Path file, long maxBytes) {
        return new InvalidSpecException(file + ": expected a file of at most " + maxBytes
                + " bytes");
    }
}
