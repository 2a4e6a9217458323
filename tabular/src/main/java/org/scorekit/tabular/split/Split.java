package org.scorekit.tabular.split;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * An accepted {@link TabSynSplit}: row positions (0-based, in shuffled order, as TabSyn writes
 * them) of the train and test parts, the accepted seed and the number of seeds tried.
 *
 * @param seed     the accepted seed
 * @param attempts seeds tried, the accepted one included
 * @param train    train row positions in shuffled order
 * @param test     test (holdout) row positions in shuffled order
 */
public record Split(long seed, int attempts, int[] train, int[] test) {
    static Split of(long seed, int attempts, int[] positions, int trainSize, int testSize) {
        return new Split(seed, attempts, Arrays.copyOfRange(positions, 0, trainSize),
                Arrays.copyOfRange(positions, positions.length - testSize, positions.length));
    }

    /** The check value of spec §2.3 for the train rows. */
    public String trainIdHash() {
        return idHash(train);
    }

    /** The check value of spec §2.3 for the test (holdout) rows. */
    public String testIdHash() {
        return idHash(test);
    }

    /**
     * Spec §2.3: the 1-based IDs (position + 1) sorted ascending, written in decimal and joined
     * by "," (ASCII, no spaces, no trailing newline), as lowercase SHA-256 hex.
     */
    public static String idHash(int[] positions) {
        String ids = Arrays.stream(positions).sorted().mapToObj(p -> Integer.toString(p + 1))
                .collect(Collectors.joining(","));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ids.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
