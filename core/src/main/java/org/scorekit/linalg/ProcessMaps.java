package org.scorekit.linalg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The memory map of this process ({@code /proc/self/maps}, Linux): which file backs an address,
 * and which shared libraries are mapped. Used to prove which native BLAS is really in use, since
 * a library name alone does not say which copy the dynamic linker bound.
 */
final class ProcessMaps {
    private static final Path MAPS = Path.of("/proc/self/maps");

    private final List<Region> regions;

    private record Region(long start, long end, String file) {
    }

    private ProcessMaps(List<Region> regions) {
        this.regions = regions;
    }

    /** Reads the current map. */
    static ProcessMaps read() throws IOException {
        List<Region> regions = new ArrayList<>();
        for (String line : Files.readAllLines(MAPS)) {
            // start-end perms offset dev inode [path]
            String[] fields = line.trim().split("\\s+", 6);
            if (fields.length < 6 || !fields[5].startsWith("/")) {
                continue;
            }
            int dash = fields[0].indexOf('-');
            long start = Long.parseUnsignedLong(fields[0].substring(0, dash), 16);
            long end = Long.parseUnsignedLong(fields[0].substring(dash + 1), 16);
            regions.add(new Region(start, end, fields[5]));
        }
        return new ProcessMaps(regions);
    }

    /** The file mapped at {@code address}, or empty for anonymous memory. */
    Optional<Path> fileAt(long address) {
        for (Region r : regions) {
            if (Long.compareUnsigned(address, r.start()) >= 0
                    && Long.compareUnsigned(address, r.end()) < 0) {
                return Optional.of(Path.of(r.file()));
            }
        }
        return Optional.empty();
    }

    /** Every mapped file, each once, in address order. */
    Set<Path> files() {
        Set<Path> files = new LinkedHashSet<>();
        for (Region r : regions) {
            files.add(Path.of(r.file()));
        }
        return files;
    }
}
