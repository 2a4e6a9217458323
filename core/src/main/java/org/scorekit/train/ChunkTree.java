package org.scorekit.train;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.scorekit.checks.Checks;

/**
 * The fixed order in which per-chunk partial sums (a gradient and a loss) are added: a pairwise
 * tree over chunk indices. Node (L, i) covers chunks [i·2^L, (i+1)·2^L) ∩ [0, n); its value is
 * its left child plus its right child, or the left child alone where the right one covers no
 * chunk. The root (the smallest L with 2^L ≥ n, index 0) is the total.
 *
 * <p>Because every node's value is a fixed function of its children, the root does not depend
 * on which process computed which chunks nor in which order partial trees were {@link #merge
 * merged}: {@link FusedGradient} sums its chunks in this order on one machine, and a
 * distributed step that merges trees of disjoint chunk sets (Spark's {@code treeAggregate})
 * gets the same bits. A tree holds only complete nodes; siblings are combined as soon as both
 * are present, so a contiguous range of chunks is held in O(log n) nodes.
 */
public final class ChunkTree implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int chunks;
    private final TreeMap<Long, Node> nodes = new TreeMap<>();

    /** A complete node: the sum over its chunks of the partial values and of the losses. */
    private record Node(int level, int index, double[] values, double loss) implements Serializable {
    }

    /** An empty tree over {@code chunks} chunks. */
    public ChunkTree(int chunks) {
        Checks.positive("chunks", chunks);
        this.chunks = chunks;
    }

    /** Adds the partial sums of one chunk (the array is kept, not copied). */
    public ChunkTree add(int chunk, double[] values, double loss) {
        Checks.require(chunk >= 0 && chunk < chunks, "chunk " + chunk + " outside [0, " + chunks + ")");
        insert(new Node(0, chunk, values, loss));
        return this;
    }

    /** Adds every node of {@code other} (chunks disjoint from this tree's) into this tree. */
    public ChunkTree merge(ChunkTree other) {
        Checks.sameSize("chunk count", chunks, other.chunks);
        for (Node n : other.nodes.values()) {
            insert(n);
        }
        return this;
    }

    /** Whether every chunk has been added. */
    public boolean complete() {
        return nodes.size() == 1 && nodes.firstEntry().getValue().level() == rootLevel(chunks);
    }

    /** The summed values (all chunks must have been added). */
    public double[] values() {
        return root().values();
    }

    /** The summed loss (all chunks must have been added). */
    public double loss() {
        return root().loss();
    }

    /**
     * Sums {@code partials[0..n)} in place in this tree's order, over entries [from, to), and
     * leaves the total in {@code partials[0]}: at level L, chunk c = k·2^(L+1) takes c + 2^L.
     */
    static void sumInPlace(double[][] partials, int n, int from, int to) {
        for (int s = 1; s < n; s *= 2) {
            for (int c = 0; c + s < n; c += 2 * s) {
                double[] left = partials[c];
                double[] right = partials[c + s];
                for (int i = from; i < to; i++) {
                    left[i] += right[i];
                }
            }
        }
    }

    /** {@link #sumInPlace} for one number per chunk; returns the total. */
    static double sumInPlace(double[] values, int n) {
        for (int s = 1; s < n; s *= 2) {
            for (int c = 0; c + s < n; c += 2 * s) {
                values[c] += values[c + s];
            }
        }
        return values[0];
    }

    private Node root() {
        Checks.require(complete(), "the chunk tree is missing chunks");
        return nodes.firstEntry().getValue();
    }

    private void insert(Node node) {
        Node n = node;
        while (true) {
            if (n.level() == rootLevel(chunks)) {
                put(n);
                return;
            }
            int sibling = n.index() ^ 1;
            long span = 1L << n.level();
            if (n.index() % 2 == 0 && (n.index() + 1L) * span >= chunks) {
                n = new Node(n.level() + 1, n.index() / 2, n.values(), n.loss()); // right is empty
                continue;
            }
            Node other = nodes.remove(key(n.level(), sibling));
            if (other == null) {
                put(n);
                return;
            }
            Node left = n.index() % 2 == 0 ? n : other;
            Node right = n.index() % 2 == 0 ? other : n;
            double[] sum = left.values().clone();
            double[] r = right.values();
            Checks.sameSize("partial length", sum.length, r.length);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += r[i];
            }
            n = new Node(n.level() + 1, n.index() / 2, sum, left.loss() + right.loss());
        }
    }

    private void put(Node n) {
        Node previous = nodes.put(key(n.level(), n.index()), n);
        Checks.require(previous == null, "chunk " + n.index() + " at level " + n.level()
                + " added twice");
    }

    private static long key(int level, int index) {
        return ((long) level << 32) | index;
    }

    /** The level of the root: the smallest L with 2^L ≥ chunks. */
    static int rootLevel(int chunks) {
        return chunks == 1 ? 0 : 32 - Integer.numberOfLeadingZeros(chunks - 1);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ChunkTree[" + chunks + " chunks;");
        for (Map.Entry<Long, Node> e : nodes.entrySet()) {
            s.append(" (").append(e.getValue().level()).append(',').append(e.getValue().index()).append(')');
        }
        return s.append(']').toString();
    }
}
