package org.scorekit.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.scorekit.cli.Main;

/** Runs the Spark command line (or, for comparison, the local one) in-process. */
record SparkHarness(int exitCode, String out, String err) {
    static SparkHarness spark(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new SparkHarness(code, out.toString(), err.toString());
    }

    static SparkHarness local(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new SparkHarness(code, out.toString(), err.toString());
    }

    /** A file of the test resources. */
    static Path resource(String name) {
        try {
            return Path.of(SparkHarness.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
