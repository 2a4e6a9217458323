package org.scorekit.model;

/**
 * The time coordinate c(t) appended to x to form the network input z = (x, c(t))
 * (spec/score-estimation.md §4, decision P1; default c(t) = t).
 */
public interface TimeEncoding {
    /** A stable name used in specs and model files. */
    String name();

    /** c(t). */
    double encode(double t);
}
