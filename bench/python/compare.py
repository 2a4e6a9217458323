"""numpy reference implementations of the bench/compare figures, written straightforwardly.

Usage: python3 compare.py [PATTERN]
Runs the figures whose key matches the regular expression PATTERN (all without one) and prints
one line per figure: key <TAB> median seconds <TAB> flops (0 where none is defined).
The thread count and the OpenBLAS kernel choice come from the environment (see bench/compare).
"""
import re
import statistics
import sys
import time

import numpy as np

import gated_reference as gated
import tabular_reference as tabular


def median_time(fn, warmup, repeats):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2]


def emit(key, seconds, flops=0.0):
    print(f"{key}\t{seconds:.6f}\t{flops:.6e}", flush=True)


def dgemm(n=2048):
    rng = np.random.default_rng(5)
    a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
    emit(f"dgemm-{n}", median_time(lambda: a @ b, 3, 7), 2.0 * n ** 3)
    a32, b32 = a.astype(np.float32), b.astype(np.float32)
    emit(f"sgemm-{n}", median_time(lambda: a32 @ b32, 3, 7), 2.0 * n ** 3)


def gd_step(n, dim, m, d, dtype, key):
    rng = np.random.default_rng(1)
    z = rng.standard_normal((n, dim)).astype(dtype)
    y = rng.standard_normal((n, d)).astype(dtype)
    state = {"w": rng.standard_normal((m, dim)).astype(dtype)}
    a = rng.choice([-1.0, 1.0], size=(m, d)).astype(dtype)
    eta, scale = dtype(1e-7), dtype(1.0 / np.sqrt(m))

    def step():
        w = state["w"]
        p = z @ w.T
        r = np.maximum(p, 0) @ a * scale - y
        g = (r @ a.T * scale) * (p >= 0)
        state["w"] = w - eta * (g.T @ z)

    emit(key, median_time(step, 3, 9), 4.0 * n * m * (dim + d))


def gram(n, dim=25):
    z = np.random.default_rng(2).standard_normal((n, dim))

    def build():
        g = z @ z.T
        norms = np.sqrt(np.einsum("ij,ij->i", z, z))
        c = np.clip(g / np.outer(norms, norms), -1.0, 1.0)
        k = g * (np.pi - np.arccos(c)) / (2 * np.pi)
        np.fill_diagonal(k, 0.5 * norms ** 2)
        return k

    emit(f"gram-{n}-{dim}", median_time(build, 2, 5))


def eigh(n):
    b = np.random.default_rng(3).standard_normal((n, n))
    a = b + b.T
    emit(f"eigh-{n}", median_time(lambda: np.linalg.eigh(a), 1, 3))


def sampler_step(n=27000, m=2048, d=24):
    rng = np.random.default_rng(4)
    w = rng.standard_normal((m, d + 1))
    a = rng.choice([-1.0, 1.0], size=(m, d))
    y0 = rng.standard_normal((n, d))
    beta_min, beta_max, t, dt = 0.1, 20.0, 0.5, 0.01
    integrated = beta_min * t + 0.5 * (beta_max - beta_min) * t * t
    alpha, h = np.exp(-0.5 * integrated), -np.expm1(-integrated)
    g = beta_min + (beta_max - beta_min) * t

    def step():
        z = np.hstack([y0, np.full((n, 1), t)])
        f = np.maximum(z @ w.T, 0) @ a / np.sqrt(m)
        score = (alpha / h) * f - y0 / h
        drift = 0.5 * g * y0 + g * score
        return y0 + dt * drift + np.sqrt(g * dt) * rng.standard_normal((n, d))

    emit(f"em-{n}-{m}-{d}", median_time(step, 3, 9), 2.0 * n * m * (2 * d + 1))


def nearest_neighbour(n=27000, p=100, block=1024):
    x = np.random.default_rng(6).standard_normal((n, p))

    def distances():
        sq = np.einsum("ij,ij->i", x, x)
        out = np.empty(n)
        for start in range(0, n, block):
            stop = min(n, start + block)
            d2 = sq[start:stop, None] + sq[None, :] - 2.0 * (x[start:stop] @ x.T)
            d2[np.arange(stop - start), np.arange(start, stop)] = np.inf
            out[start:stop] = np.sqrt(np.maximum(d2.min(axis=1), 0.0))
        return out

    emit(f"nn-{n}-{p}", median_time(distances, 1, 3), 2.0 * n * n * p)


def univariate_program(x, beta):
    """The (P-ReLU) program of spec/convex-score.md §2.3 without skip, as explicit matrices:
    columns (x - x_(k))_+, (x_(k) - x)_+ and the free bias; derivative counts y; costs."""
    t = np.sort(x)
    n = len(t)
    d = t[:, None] - t[None, :]
    a = np.hstack([np.maximum(d, 0.0), np.maximum(-d, 0.0), np.ones((n, 1))])
    k = np.arange(n, dtype=float)
    y = np.concatenate([n - 1.0 - k, -k, [0.0]])
    cpos = np.concatenate([np.full(n, beta), np.full(n, beta - 1.0), [0.0]])
    cneg = np.concatenate([np.full(n, beta - 1.0), np.full(n, beta), [0.0]])
    return t, a, y, cpos, cneg


def univariate_active_set(x, beta, tol=1e-9):
    """The same Lawson-Hanson active-set method as scorekit's ActiveSetLasso, restricted
    problems solved by a QR factor of the active columns; returns (primal, gap, solves)."""
    t, a, y, cpos, cneg = univariate_program(x, beta)
    n, bias = len(t), a.shape[1] - 1
    usable = np.ones(bias + 1, bool)
    usable[[n - 1, n, bias]] = False            # columns that vanish on the data; the bias
    active, signs, blocked = [bias], [0.0], set()

    def restricted():
        cost = np.where(np.array(signs) > 0, cpos[active], -cneg[active])
        r = np.linalg.qr(a[:, active], mode="r")
        if np.abs(np.diag(r)).min() <= 1e-13 * np.abs(np.diag(r)).max():
            return None                         # a dependent column
        return np.linalg.solve(r, np.linalg.solve(r.T, -(y[active] + cost)))

    def objective(u):
        z = np.zeros(bias + 1)
        z[active] = u
        r = a @ z
        return 0.5 * r @ r + y @ z + np.where(z > 0, cpos * z, -cneg * z).sum(), r

    u, solves = restricted(), 1
    value, r = objective(u)
    while True:
        g = a.T @ r + y
        violation = np.maximum(-cpos - g, g - cneg)
        violation[~usable | np.isin(np.arange(bias + 1), active + list(blocked))] = -np.inf
        j = int(np.argmax(violation))
        if violation[j] <= max(tol, 1e3 * np.finfo(float).eps * (t[-1] - t[0]) * np.abs(r).sum()):
            break
        active.append(j)
        signs.append(1.0 if g[j] < -cpos[j] else -1.0)
        u, first = np.append(u, 0.0), True
        while True:
            target, solves = restricted(), solves + 1
            sign = np.array(signs)
            if target is None or (first and sign[-1] * target[-1] <= 0):
                active.pop(), signs.pop(), blocked.add(j)
                u = u[:-1]
                break
            first, wrong = False, (sign != 0) & (sign * target <= 0)
            if not wrong.any():
                u = target
                break
            step = np.where(wrong, u / np.where(wrong, u - target, 1.0), np.inf)
            h = int(np.argmin(step))
            u = u + step[h] * (target - u)
            u[h] = 0.0
            keep = [i for i in range(len(active)) if sign[i] == 0 or sign[i] * u[i] > 0]
            active, signs, u = [active[i] for i in keep], [signs[i] for i in keep], u[keep]
        following, r = objective(u)
        if following < value - 1e-12 * abs(value):
            blocked.clear()
        else:
            blocked.add(j)
        value = following
    dual = r - r.mean()
    return value, value + 0.5 * dual @ dual, solves


def univariate_draws(n):
    """Standard normal draws from the generator UnivariateSolve.java writes out too."""
    state, x = 8, []
    for _ in range(n):
        state = (1664525 * state + 1013904223) % 2 ** 32
        x.append(statistics.NormalDist().inv_cdf((state + 0.5) / 2 ** 32))
    return np.array(x)


def univariate(n, beta):
    x = univariate_draws(n)
    primal, gap, _ = univariate_active_set(x, beta)
    if abs(gap) > 1e-8 * abs(primal):
        raise RuntimeError(f"numpy active set ended with gap {gap} at objective {primal}")
    emit(f"convex1d-{n}-{beta:g}", median_time(lambda: univariate_active_set(x, beta), 1, 3))


def gated_solve(n, count):
    """The gated 2-D program of MultivariateSolve.java; one timed solve (about a minute and a
    half), checked to end at the same relative gap."""
    data = gated.program(n, count)
    result = []
    seconds = median_time(lambda: result.append(gated.solve(*data)), 0, 1)
    primal, gap, _ = result[0]
    if gap > 1e-6 * abs(primal):
        raise RuntimeError(f"numpy gated FISTA ended with gap {gap} at objective {primal}")
    emit(f"convex2d-{n}-{count}", seconds)


def alpha_beta():
    """α/β of the Credit Default 90/10 train split against its independent marginals, features
    included; nothing without the data file."""
    table = tabular.load()
    if table is not None:
        train, _ = tabular.split(table, 27000, 3000)
        synthetic = tabular.independent(train)
        emit("alphabeta-27000", median_time(
            lambda: tabular.alpha_beta(*tabular.naive_features(train, synthetic)), 1, 3))


def dcr():
    """DCR of the independent marginals of the 50/50 train half against both halves, features
    included; one timed call (about half a minute); nothing without the data file."""
    table = tabular.load()
    if table is not None:
        train, holdout = tabular.split(table, 15000, 15000)
        synthetic = tabular.independent(train)
        emit("dcr-15000", median_time(
            lambda: tabular.dcr(*tabular.dcr_features(train, holdout, synthetic)), 0, 1))


FIGURES = [
    ("dgemm-2048|sgemm-2048", dgemm),
    ("gd-30000-25-2048-24", lambda: gd_step(30000, 25, 2048, 24, np.float64, "gd-30000-25-2048-24")),
    ("gd32-30000-25-2048-24",
     lambda: gd_step(30000, 25, 2048, 24, np.float32, "gd32-30000-25-2048-24")),
    ("gd-27000-94-2048-93", lambda: gd_step(27000, 94, 2048, 93, np.float64, "gd-27000-94-2048-93")),
    ("gd32-27000-94-2048-93",
     lambda: gd_step(27000, 94, 2048, 93, np.float32, "gd32-27000-94-2048-93")),
    ("gd-8000-25-2048-24", lambda: gd_step(8000, 25, 2048, 24, np.float64, "gd-8000-25-2048-24")),
    ("gd-30000-9-512-8", lambda: gd_step(30000, 9, 512, 8, np.float64, "gd-30000-9-512-8")),
    ("gram-4000-25", lambda: gram(4000)),
    ("gram-8000-25", lambda: gram(8000)),
    ("eigh-2000", lambda: eigh(2000)),
    ("eigh-4000", lambda: eigh(4000)),
    ("em-27000-2048-24", sampler_step),
    ("em-27000-2048-93", lambda: sampler_step(d=93)),
    ("nn-27000-100", nearest_neighbour),
    ("alphabeta-27000", alpha_beta),
    ("dcr-15000", dcr),
    # beta = 1 (convex1d-2000-1) is left out: this straightforward version did not finish in
    # 5 minutes there (bench/README.md).
    ("convex1d-2000-10", lambda: univariate(2000, 10)),
    ("convex2d-10000-500", lambda: gated_solve(10000, 500)),
]


def main():
    pattern = re.compile(sys.argv[1] if len(sys.argv) > 1 else "")
    for keys, run in FIGURES:
        if any(pattern.search(k) for k in keys.split("|")):
            run()


if __name__ == "__main__":
    main()
