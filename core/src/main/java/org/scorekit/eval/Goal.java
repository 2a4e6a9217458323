package org.scorekit.eval;

/** Whether a smaller or a larger value of a {@link Metric} means a better sample. */
public enum Goal {
    MINIMIZE,
    MAXIMIZE
}
