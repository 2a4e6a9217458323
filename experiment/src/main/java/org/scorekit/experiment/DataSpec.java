package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.scorekit.checks.Checks;
import org.scorekit.tabular.encoding.EncodingSpec;

/**
 * The data section: a law with an exact oracle (a built-in named distribution, a mixture given
 * inline, or a mixture read from a JSON/YAML file), or a CSV table, encoded for the network
 * (docs/tables.md), which has no oracle.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DataSpec.Builtin.class, name = "builtin"),
    @JsonSubTypes.Type(value = DataSpec.Mixture.class, name = "mixture"),
    @JsonSubTypes.Type(value = DataSpec.MixtureFile.class, name = "mixture-file"),
    @JsonSubTypes.Type(value = DataSpec.Table.class, name = "table")
})
public sealed interface DataSpec {
    /** A short description for run records, e.g. {@code ring8}. */
    String label();

    /** A built-in distribution by name (see {@code org.scorekit.data.BuiltinDistributions}). */
    record Builtin(String name) implements DataSpec {
        public Builtin {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("data.name must name a built-in distribution");
            }
        }

        @Override
        public String label() {
            return name;
        }
    }

    /** A Gaussian mixture given inline: weights (K), means (K × d), covariances (K × d × d). */
    record Mixture(double[] weights, double[][] means, double[][][] covariances)
            implements DataSpec {
        public Mixture {
            if (weights == null || means == null || covariances == null) {
                throw new IllegalArgumentException(
                        "data must give weights, means and covariances of the mixture");
            }
        }

        @Override
        public String label() {
            return "inline mixture of " + weights.length + " components";
        }
    }

    /**
     * The content of a mixture file: the fields of {@link Mixture} (weights, means,
     * covariances), an optional {@code name} (a label for people; not used), and nothing else,
     * no {@code type}.
     */
    record MixtureContent(String name, double[] weights, double[][] means,
                          double[][][] covariances) {
    }

    /** A Gaussian mixture read from a JSON or YAML file with the fields of {@link Mixture}. */
    record MixtureFile(String path) implements DataSpec {
        public MixtureFile {
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("data.path must name a mixture file");
            }
        }

        @Override
        public String label() {
            return "mixture file " + java.nio.file.Path.of(path).getFileName();
        }
    }

    /**
     * A CSV table: {@code path}; the column types from a {@code schema} file (JSON/YAML, as
     * {@code scorekit split --schema}) and the {@code target} and {@code drop} options, else
     * inferred; the {@code encoding} of docs/encoding.md; a {@code validationFraction} of the
     * rows held out for the validation stopping rule (default {@link #DEFAULT_VALIDATION_FRACTION});
     * and {@code drawsPerRow} (t, noise) draws of each remaining row in the training problem,
     * N = K · rows (default {@link TableSource#drawsPerRow}). The resolved spec holds every field.
     */
    record Table(String path, String schema, String target, List<String> drop,
                 EncodingSpec encoding, Double validationFraction, Integer drawsPerRow)
            implements DataSpec {
        /** Default share of the rows held out for validation. */
        public static final double DEFAULT_VALIDATION_FRACTION = 0.1;

        public Table {
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("data.path must name a CSV table");
            }
            if (validationFraction != null) {
                Checks.require(validationFraction > 0 && validationFraction < 1,
                        "data.validationFraction must be in (0, 1): " + validationFraction);
            }
            if (drawsPerRow != null) {
                Checks.positive("data.drawsPerRow", drawsPerRow);
            }
            drop = drop == null ? List.of() : List.copyOf(drop);
        }

        @Override
        public String label() {
            return "table " + java.nio.file.Path.of(path).getFileName();
        }
    }
}
