package org.scorekit.tabular.evaluation;

/** Progress of an evaluation: one stage per metric, counted units in the long ones. */
public interface EvaluationListener {
    /** Nothing reported. */
    EvaluationListener SILENT = new EvaluationListener() {
        @Override
        public void stage(String description, int units) {
        }

        @Override
        public void advanced() {
        }
    };

    /** A metric starts; it reports {@code units} steps by {@link #advanced()} (0: none). */
    void stage(String description, int units);

    /** One unit of the current stage is done (called from any thread). */
    void advanced();
}
