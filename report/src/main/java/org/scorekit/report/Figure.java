package org.scorekit.report;

/**
 * A rendered plot: {@code name} is its file stem ({@code plots/NAME.png} in the Markdown
 * report), {@code caption} is plain text and {@code png} holds the encoded image of
 * {@code width × height} pixels.
 */
record Figure(String name, String caption, byte[] png, int width, int height) {
    Figure {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException(
                    "figure name must be lower-case letters, digits and '-': " + name);
        }
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
