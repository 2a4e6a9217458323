package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The data section: a built-in named distribution, a mixture given inline, or a mixture read
 * from a JSON/YAML file.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DataSpec.Builtin.class, name = "builtin"),
    @JsonSubTypes.Type(value = DataSpec.Mixture.class, name = "mixture"),
    @JsonSubTypes.Type(value = DataSpec.MixtureFile.class, name = "mixture-file")
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
}
