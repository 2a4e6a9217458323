/**
 * Encoders that turn a typed {@link org.scorekit.tabular.Table} into the dense real matrix a
 * diffusion model learns (rows = samples) and back (DESIGN.md §9, docs/encoding.md): quantile-normal
 * (scikit-learn's QuantileTransformer as TabSyn and TabDDPM configure it), min-max or standardised
 * numericals, one-hot categoricals decoded by argmax, and decoding that restores each numerical
 * column's observed grid. Entry type: {@link org.scorekit.tabular.encoding.TableEncoder}; its
 * choices are an {@link org.scorekit.tabular.encoding.EncodingSpec}; {@link
 * org.scorekit.tabular.encoding.EncoderFile} saves and reads a fitted encoder as JSON.
 */
package org.scorekit.tabular.encoding;
