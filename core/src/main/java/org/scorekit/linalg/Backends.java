package org.scorekit.linalg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Chooses the process-wide {@link Backend}: the one named by {@code -Dscorekit.backend=NAME},
 * else the highest-priority provider that loads (OpenBLAS before the pure-Java reference).
 * A provider that fails to load leaves a one-line warning in {@link Selection#warnings()};
 * the library never prints it, the command line does.
 */
public final class Backends {
    /** The system property naming a backend. */
    public static final String PROPERTY = "scorekit.backend";

    private static volatile Selection selection;

    private Backends() {
    }

    /** The chosen backend together with the warnings from providers that did not load. */
    public record Selection(Backend backend, List<String> warnings) {
        public Selection {
            warnings = List.copyOf(warnings);
        }
    }

    /** The process-wide backend (chosen once, on first use). */
    public static Backend current() {
        return selection().backend();
    }

    /** The process-wide selection (chosen once, on first use). */
    public static Selection selection() {
        Selection s = selection;
        if (s == null) {
            synchronized (Backends.class) {
                s = selection;
                if (s == null) {
                    s = select(System.getProperty(PROPERTY));
                    selection = s;
                }
            }
        }
        return s;
    }

    /** All registered providers, highest priority first. */
    public static List<BackendProvider> providers() {
        List<BackendProvider> list = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader()).forEach(list::add);
        list.sort(Comparator.comparingInt(BackendProvider::priority).reversed());
        return list;
    }

    /** Creates the backend of the given name, or empty if no provider has that name. */
    public static Optional<Backend> byName(String name) throws BackendUnavailableException {
        for (BackendProvider p : providers()) {
            if (p.name().equals(name)) {
                return Optional.of(p.create());
            }
        }
        return Optional.empty();
    }

    static Selection select(String requested) {
        return select(requested, providers());
    }

    /** Selection among the given providers, highest priority first (a test hook). */
    static Selection select(String requested, List<BackendProvider> providers) {
        if (requested != null && !requested.isBlank()) {
            List<String> names = new ArrayList<>();
            for (BackendProvider p : providers) {
                names.add(p.name());
                if (p.name().equals(requested)) {
                    try {
                        return new Selection(p.create(), List.of());
                    } catch (BackendUnavailableException e) {
                        throw new IllegalStateException(PROPERTY + "=" + requested
                                + " could not be loaded: " + e.getMessage(), e);
                    }
                }
            }
            throw new IllegalArgumentException(
                    PROPERTY + " must be one of " + names + ": " + requested);
        }
        List<String> warnings = new ArrayList<>();
        for (BackendProvider p : providers) {
            try {
                return new Selection(p.create(), warnings);
            } catch (BackendUnavailableException | LinkageError e) {
                warnings.add("warning: backend '" + p.name() + "' unavailable ("
                        + e.getMessage() + "); falling back");
            }
        }
        throw new IllegalStateException("no linear-algebra backend could be loaded: " + warnings);
    }
}
