package org.scorekit.report;

/** Switches AWT to headless mode unless the caller chose a mode, before AWT first loads. */
final class Headless {
    private static final String PROPERTY = "java.awt.headless";

    private Headless() {
    }

    /** Sets {@code java.awt.headless=true} if the property is unset; plots need no display. */
    static void ensure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
