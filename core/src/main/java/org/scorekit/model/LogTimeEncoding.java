package org.scorekit.model;

/** c(t) = log t (decision P1); negative for t &lt; 1, so inputs may become antiparallel. */
public record LogTimeEncoding() implements TimeEncoding {
    @Override
    public String name() {
        return "log";
    }

    @Override
    public double encode(double t) {
        return Math.log(t);
    }
}
