package org.scorekit.cli;

import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version line: library version and build commit. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/scorekit-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"scorekit " + p.getProperty("version", "unknown") + " ("
                + p.getProperty("commit", "unknown") + ")"};
    }
}
