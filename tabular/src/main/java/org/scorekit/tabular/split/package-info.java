/**
 * The TabSyn splits (spec/tabular-protocol.md §2): numpy's legacy MT19937 shuffle reproduced
 * bit for bit, the retry rule, and the SHA-256 check values of §2.3. Entry type:
 * {@link org.scorekit.tabular.split.TabSynSplit} ({@code ninetyTen}, {@code fiftyFifty}),
 * giving a {@link org.scorekit.tabular.split.Split}.
 */
package org.scorekit.tabular.split;
