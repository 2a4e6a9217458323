package org.scorekit.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorekit.convex.Activation;
import org.scorekit.convex.GatedNetwork;
import org.scorekit.convex.LadderDenoiser;
import org.scorekit.diffusion.ForwardProcess;
import org.scorekit.linalg.Matrix;

/**
 * The convex ladder in {@code model.json} / {@code model.bin} ({@link ModelFiles}): the levels
 * σ_l and each level's unit count in the description; in the numbers, the levels and then, level
 * by level, the gates (m × (d + 1)), the weights (m × (d + 1)) and the outputs (m × d) of its
 * gated ReLU network. The process is the run's (spec.json), so it is not repeated.
 */
final class ConvexModelFile {
    /** The {@code type} of a convex ladder's model.json. */
    static final String TYPE = "convex-dsm-ladder";

    private ConvexModelFile() {
    }

    /** Fills the description of {@code ladder} into {@code d}; returns the numbers. */
    static byte[] describe(LadderDenoiser ladder, ObjectNode d) {
        int dim = ladder.dimension();
        d.put("type", TYPE);
        d.put("parametrisation", "per level sigma_l: s(x) = sum_j 1{g_j . [x;1] > 0} (u_j . [x;1])"
                + " alpha_j; the score of X_t at x is s_sigma(t)(x/alpha)/alpha, interpolated in"
                + " log sigma between levels");
        d.put("dimension", dim);
        ArrayNode units = d.putArray("units");
        List<double[]> arrays = new ArrayList<>();
        arrays.add(ladder.levels());
        for (GatedNetwork n : ladder.networks()) {
            units.add(n.width());
            arrays.add(n.gates().data());
            arrays.add(n.weights().data());
            arrays.add(n.outputs().data());
        }
        d.put("layout", "the levels (decreasing), then per level gates (units x (dimension + 1)),"
                + " weights (units x (dimension + 1)) and outputs (units x dimension), row-major,"
                + " big-endian float64");
        return ModelFiles.bytes(arrays.toArray(new double[0][]));
    }

    /** The number of doubles the description announces, with its fields checked. */
    static long doubles(Path json, JsonNode d, int dimension) {
        if (ModelFiles.positive(json, d, "dimension") != dimension) {
            throw new InvalidSpecException(json + ": model shapes do not match " + RunWriter.SPEC);
        }
        JsonNode units = d.path("units");
        if (!units.isArray() || units.size() < 2) {
            throw new InvalidSpecException(json + " (units): expected one count per level, at"
                    + " least 2 levels");
        }
        long count = units.size();
        for (JsonNode u : units) {
            if (!u.canConvertToInt() || u.asInt() < 0) {
                throw new InvalidSpecException(json + " (units): expected counts of 0 or more");
            }
            count += (long) u.asInt() * (3L * dimension + 2);
        }
        return count;
    }

    /** The ladder from verified numbers. */
    static LadderDenoiser read(JsonNode d, ByteBuffer numbers, int dimension,
                               ForwardProcess process) {
        JsonNode units = d.path("units");
        double[] levels = ModelFiles.doubles(numbers, units.size());
        List<GatedNetwork> networks = new ArrayList<>();
        for (JsonNode u : units) {
            int m = u.asInt();
            networks.add(new GatedNetwork(Activation.RELU,
                    Matrix.wrap(m, dimension + 1, ModelFiles.doubles(numbers, m * (dimension + 1))),
                    Matrix.wrap(m, dimension + 1, ModelFiles.doubles(numbers, m * (dimension + 1))),
                    Matrix.wrap(m, dimension, ModelFiles.doubles(numbers, m * dimension))));
        }
        return new LadderDenoiser(levels, networks, process, true);
    }
}
