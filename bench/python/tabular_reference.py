"""numpy references for the tabular figures of bench/compare: α-precision / β-recall (naive
variant, spec/tabular-protocol.md §3.3) and DCR (§3.6) on Credit Default, written
straightforwardly.

Inputs, the same on the Java side (org.scorekit.bench.TabularInputs):
- the shared file shared/datasets/credit-default/default_of_credit_card_clients.csv, found
  beside this checkout or any of its ancestors;
- the TabSyn splits of spec §2 (numpy's legacy global shuffle with the retry rule);
- a synthetic table with independent marginals: column j (file order, ID dropped, j = 0..23) of
  the train rows rolled by (j + 1) * 1009 rows, i.e. synthetic[i, j] = train[(i + shift_j) % n, j].

Usage: python3 tabular_reference.py   prints alpha, beta, the DCR score and the sums of the DCR
distances, for the cross-check against `java -cp scorekit-bench.jar org.scorekit.bench.TabularCheck`.
"""
import os

import numpy as np

NUMERICAL = [0, 4] + list(range(11, 23))
CATEGORICAL = [1, 2, 3] + list(range(5, 11)) + [23]
SHIFT = 1009
RELATIVE = os.path.join("shared", "datasets", "credit-default", "default_of_credit_card_clients.csv")


def data_file():
    """The shared Credit Default file, or None when it is not beside this checkout."""
    d = os.path.dirname(os.path.abspath(__file__))
    while True:
        candidate = os.path.join(d, RELATIVE)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load():
    """The 30,000 x 24 integer table (ID dropped), or None without the file."""
    path = data_file()
    if path is None:
        return None
    return np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.int64)[:, 1:]


def split(table, n_train, n_test):
    """Spec §2.1: cumulative legacy shuffles from seed 1234 until train has every feature level."""
    n = table.shape[0]
    idx = np.arange(n)
    seed = 1234
    while True:
        np.random.seed(seed)
        np.random.shuffle(idx)
        train, test = idx[:n_train], idx[n - n_test:]
        if all(set(np.unique(table[train, c])) == set(np.unique(table[:, c]))
               for c in CATEGORICAL[:-1]):
            return table[train], table[test]
        seed += 1


def independent(train):
    """Each column j rolled by (j + 1) * SHIFT rows: the marginals kept, the dependence lost."""
    n = train.shape[0]
    out = np.empty_like(train)
    for j in range(train.shape[1]):
        out[:, j] = np.roll(train[:, j], -((j + 1) * SHIFT % n))
    return out


def naive_features(real, syn):
    """§3.3 steps 1-5: numbers, one-hot of string levels in sorted order, last column dropped,
    min-max scaled on real."""
    blocks_r, blocks_s = [real[:, NUMERICAL].astype(np.float64)], [syn[:, NUMERICAL].astype(np.float64)]
    for c in CATEGORICAL:
        r, s = real[:, c].astype(str), syn[:, c].astype(str)
        levels = np.unique(r)
        blocks_r.append((r[:, None] == levels[None, :]).astype(np.float64))
        blocks_s.append((s[:, None] == levels[None, :]).astype(np.float64))
    xr, xs = np.hstack(blocks_r)[:, :-1], np.hstack(blocks_s)[:, :-1]
    lo, hi = xr.min(axis=0), xr.max(axis=0)
    rng = np.where(hi > lo, hi - lo, 1.0)
    return (xr - lo) / rng, (xs - lo) / rng


def nearest(queries, reference, skip_self, block=1024):
    """Index of each query's nearest reference row by blocked A @ B.T squared distances."""
    sq_q = np.einsum("ij,ij->i", queries, queries)
    sq_r = np.einsum("ij,ij->i", reference, reference)
    out = np.empty(queries.shape[0], dtype=np.int64)
    for start in range(0, queries.shape[0], block):
        stop = min(queries.shape[0], start + block)
        d2 = sq_q[start:stop, None] + sq_r[None, :] - 2.0 * (queries[start:stop] @ reference.T)
        if skip_self:
            d2[np.arange(stop - start), np.arange(start, stop)] = np.inf
        out[start:stop] = d2.argmin(axis=1)
    return out


def alpha_beta(xr, xs):
    """synthcity's naive AlphaPrecision with the nearest neighbours found by blocked GEMM."""
    alphas = np.linspace(0, 1, 30)
    c_real, c_syn = xr.mean(axis=0), xs.mean(axis=0)
    radii = np.quantile(np.sqrt(((xr - c_real) ** 2).sum(axis=1)), alphas)
    syn_to_centre = np.sqrt(((xs - c_real) ** 2).sum(axis=1))
    nn_real = nearest(xr, xr, True)
    nn_syn = nearest(xr, xs, False)
    real_to_real = np.sqrt(((xr - xr[nn_real]) ** 2).sum(axis=1))
    real_to_syn = np.sqrt(((xr - xs[nn_syn]) ** 2).sum(axis=1))
    closest_d = np.sqrt(((xs[nn_syn] - c_syn) ** 2).sum(axis=1))
    closest_radii = np.quantile(closest_d, alphas)
    precision = np.array([np.mean(syn_to_centre <= r) for r in radii])
    coverage = np.array([np.mean((real_to_syn <= real_to_real) * (closest_d <= q))
                         for q in closest_radii])
    return (1 - np.abs(alphas - precision).sum() / alphas.sum(),
            1 - np.abs(alphas - coverage).sum() / alphas.sum())


def dcr_features(train, holdout, syn):
    """§3.6: numbers / train range, and the categorical values themselves: two one-hot vectors
    of different categories are at L1 distance 2, so the categorical part of the distance is
    2 x the number of mismatched categorical columns."""
    lo, hi = train[:, NUMERICAL].min(axis=0), train[:, NUMERICAL].max(axis=0)
    rng = np.where(hi > lo, hi - lo, 1).astype(np.float64)
    return [(t[:, NUMERICAL] / rng, t[:, CATEGORICAL]) for t in (train, holdout, syn)]


def nearest_l1(queries, reference, block=256):
    """For each query, the smallest L1 distance to a reference row: blocks of queries against
    all reference rows, accumulated column by column (numbers, then category mismatches)."""
    (qn, qc), (rn, rc) = queries, reference
    out = np.empty(qn.shape[0])
    for start in range(0, qn.shape[0], block):
        rows = slice(start, min(qn.shape[0], start + block))
        d = np.zeros((rows.stop - rows.start, rn.shape[0]))
        for k in range(rn.shape[1]):
            d += np.abs(qn[rows, k, None] - rn[None, :, k])
        for k in range(rc.shape[1]):
            d += 2.0 * (qc[rows, k, None] != rc[None, :, k])
        out[rows] = d.min(axis=1)
    return out


def dcr(train, holdout, syn):
    """TabSyn's DCR score and both distance vectors."""
    to_train = nearest_l1(syn, train)
    to_hold = nearest_l1(syn, holdout)
    return np.mean(to_train < to_hold), to_train, to_hold


def inputs():
    """(α/β features real, synthetic; DCR features train, holdout, synthetic), or None."""
    table = load()
    if table is None:
        return None
    train, _ = split(table, 27000, 3000)
    xr, xs = naive_features(train, independent(train))
    half, hold = split(table, 15000, 15000)
    return (xr, xs), tuple(dcr_features(half, hold, independent(half)))


def main():
    made = inputs()
    if made is None:
        print("Credit Default data not found as ../" + RELATIVE)
        return
    (xr, xs), (ft, fh, fs) = made
    a, b = alpha_beta(xr, xs)
    score, to_train, to_hold = dcr(ft, fh, fs)
    # cumsum adds in row order, as the Java side does, so equal distances give equal sums.
    print(f"alpha\t{float(a)!r}\nbeta\t{float(b)!r}\ndcr\t{float(score)!r}\n"
          f"dTrainSum\t{float(np.cumsum(to_train)[-1])!r}\n"
          f"dHoldSum\t{float(np.cumsum(to_hold)[-1])!r}")


if __name__ == "__main__":
    main()
