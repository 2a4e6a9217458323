package org.scorekit.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.scorekit.linalg.Backend;
import org.scorekit.linalg.Backends;
import org.scorekit.linalg.Parallel;

/**
 * How a run was made (oracle/tribuo ModelProvenance style): library version and commit, JDK,
 * OS, backend and threads, seed, input files with SHA-256, time and wall clock.
 */
public final class Provenance {
    private Provenance() {
    }

    /** The provenance object of run.json. */
    public static ObjectNode of(long seed, List<Path> inputs, Instant created, double wallSeconds)
            throws IOException {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        Properties build = buildInfo();
        p.put("scorekitVersion", build.getProperty("version", "unknown"));
        String commit = build.getProperty("commit", "unknown");
        p.put("gitCommit", commit + ("true".equals(build.getProperty("dirty")) ? "-dirty" : ""));
        p.put("jdk", System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ")");
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        Backend backend = Backends.current();
        p.put("backend", backend.name());
        p.put("backendDescription", backend.description());
        p.put("threads", Parallel.threads());
        p.put("seed", seed);
        p.put("createdUtc", created.truncatedTo(ChronoUnit.SECONDS).toString());
        p.put("wallSeconds", Math.round(wallSeconds * 100) / 100.0);
        ArrayNode files = p.putArray("inputs");
        for (Path f : inputs) {
            files.addObject().put("path", f.toString()).put("sha256", sha256(f));
        }
        return p;
    }

    /** SHA-256 of a file, hex. */
    public static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /** SHA-256 of bytes, hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Properties buildInfo() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("/scorekit-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p;
    }
}
