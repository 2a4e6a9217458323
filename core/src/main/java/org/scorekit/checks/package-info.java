/**
 * Argument validation shared by every package: {@link org.scorekit.checks.Checks} throws
 * {@link java.lang.IllegalArgumentException} with a message naming the parameter, the
 * expectation and the offending value (STYLE.md, "Errors").
 */
package org.scorekit.checks;
