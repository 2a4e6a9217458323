/** The {@code scorekit} command line (picocli). */
package org.scorekit.cli;
