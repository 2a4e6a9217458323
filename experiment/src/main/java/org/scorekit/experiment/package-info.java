/**
 * Experiment specs (JSON/YAML, versioned, validated records), the runner that executes the
 * pipeline of DESIGN.md §5, run directories and run records with provenance (DESIGN.md §7).
 */
package org.scorekit.experiment;
