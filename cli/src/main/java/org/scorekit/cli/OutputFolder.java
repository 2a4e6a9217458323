package org.scorekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorekit.experiment.AtomicFiles;
import org.scorekit.experiment.InvalidSpecException;

/** The {@code --out} folder of {@code split} and {@code evaluate}: checked first, written whole. */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * {@code --out} must be a folder that is writable, or a new one in a folder that exists and
     * is writable; a typo in a parent folder is an error rather than a new tree of folders.
     */
    static void require(Path out) {
        if (out.toString().isEmpty()) {
            throw new InvalidSpecException("--out: expected a folder, got an empty path");
        }
        Path folder = out.toAbsolutePath();
        Path existing = Files.exists(folder) ? folder : folder.getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidSpecException("--out " + out + ": expected a folder, got a file");
        }
        if (existing == null || !Files.exists(existing)) {
            throw new InvalidSpecException("--out " + out + ": the folder " + existing
                    + " does not exist");
        }
        if (!Files.isDirectory(existing)) {
            throw new InvalidSpecException("--out " + out + ": " + existing + " is not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new InvalidSpecException("--out " + out + ": the folder " + existing
                    + " is not writable");
        }
    }

    /**
     * Writes every file atomically, in order (so the last is the completion marker); when one
     * fails, the ones already written (and the folder, if this call made it) are removed, so
     * the output is never left half-written.
     */
    static void writeAll(Path out, Map<Path, String> files) throws IOException {
        boolean made = Files.notExists(out);
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Files.createDirectories(f.getKey().getParent());
                AtomicFiles.writeString(f.getKey(), f.getValue());
                written.add(f.getKey());
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            if (made) {
                Files.deleteIfExists(out);
            }
            throw e;
        }
    }
}
