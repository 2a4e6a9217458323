"""The gated ReLU score-matching program (spec/convex-score.md §6.2) solved as GatedFista does,
written straightforwardly in numpy for bench/compare: Gram matrix H = BᵀB of the lifted rows
B_k = D[k, ·] ⊗ x̃_k, step 1/L from power iteration, the dual-feasibility penalty search for the
anchor (§6.5), FISTA with restarts and singular-value thresholding, and the segment certificate
every 50 iterations. Data and gates come from the generator MultivariateSolve.java writes out.
"""
import statistics

import numpy as np

LEVEL, STALL, PATIENCE, SEARCH_EVERY, CHECK_EVERY, BISECTIONS = 0.9, 1e-4, 500, 25, 50, 60


def program(n, count):
    state = [8]

    def uniform():
        state[0] = (1664525 * state[0] + 1013904223) % 2 ** 32
        return (state[0] + 0.5) / 2 ** 32

    normal = statistics.NormalDist()
    x = np.empty((n, 2))
    for i in range(n):
        angle = 2 * np.pi * uniform()
        x[i, 0] = np.cos(angle) + 0.05 * normal.inv_cdf(uniform())
        x[i, 1] = np.sin(angle) + 0.05 * normal.inv_cdf(uniform())
    gates = np.empty((count, 3))
    for p in range(count):
        angle = 2 * np.pi * uniform()
        gates[p] = np.cos(angle), np.sin(angle), -(2 * uniform() - 1)
    lifted = np.hstack([x, np.ones((n, 1))])
    mask = (lifted @ gates.T > 0).astype(float)
    return lifted, mask, n / 2.0


class Gated:
    def __init__(self, lifted, mask):
        self.x, self.m = lifted, mask
        n, self.p = mask.shape
        self.q, self.d = lifted.shape[1], lifted.shape[1] - 1
        b = (mask[:, :, None] * lifted[:, None, :]).reshape(n, self.p * self.q)
        self.h = b.T @ b
        self.trace = mask.sum(axis=0)
        self.e = np.vstack([np.eye(self.d), np.zeros((1, self.d))])

    def predict(self, w):  # w: P × q × d -> n × d
        t = (self.m @ w.reshape(self.p, -1)).reshape(-1, self.q, self.d)
        return np.einsum("kj,kjc->kc", self.x, t)

    def blocks(self, lam):  # X̃ᵀ D_i Λ + n_i E
        z = (self.x[:, :, None] * lam[:, None, :]).reshape(len(lam), -1)
        return (self.m.T @ z).reshape(self.p, self.q, self.d) + self.trace[:, None, None] * self.e

    def normal(self, w):
        return (self.h @ w.reshape(self.p * self.q, self.d)).reshape(w.shape)

    def lipschitz(self):
        w = np.random.default_rng(self.p).standard_normal((self.p, self.q, self.d))
        estimate = 0.0
        for _ in range(100):
            w /= np.linalg.norm(w)
            image = self.normal(w)
            value = float(np.sum(w * image))
            settled = abs(value - estimate) <= 1e-6 * value
            w, estimate = image, value
            if settled:
                break
        return 1.02 * estimate


def fista(gradient, prox, start, lipschitz, iterations, every, check):
    u, v, t = start.copy(), start.copy(), 1.0
    for k in range(1, iterations + 1):
        nxt = prox(v - gradient(v) / lipschitz)
        restart = np.sum((nxt - u) * (v - nxt)) > 0
        t_next = 1.0 if restart else (1 + np.sqrt(1 + 4 * t * t)) / 2
        v = nxt + (0.0 if restart else (t - 1) / t_next) * (nxt - u)
        u, t = nxt, t_next
        if k % every == 0 and check(u, k):
            return u, k, True
    return u, iterations, False


def spectral(blocks):
    return np.linalg.svd(blocks, compute_uv=False)[:, 0]


def search(g, beta, lipschitz):
    zero = np.zeros((g.x.shape[0], g.d))
    if beta >= spectral(g.blocks(zero)).max():
        return zero
    level = LEVEL * beta

    def direction(z):
        m = g.normal(z) + g.trace[:, None, None] * g.e
        u, s, vt = np.linalg.svd(m, full_matrices=False)
        excess = np.maximum(s[:, 0] - level, 0)
        return excess[:, None, None] * u[:, :, :1] @ vt[:, :1, :]

    state = {"best": zero, "value": np.inf, "improved": 0}
    z0 = np.zeros((g.p, g.q, g.d))

    def check(z, k):
        value = spectral(g.normal(z) + g.trace[:, None, None] * g.e).max()
        if value < state["value"] * (1 - STALL):
            state["improved"] = k
        if value < state["value"]:
            state["value"], state["best"] = value, z.copy()
        return value <= level or k - state["improved"] >= PATIENCE

    fista(direction, lambda z: z, z0, lipschitz, 5000, SEARCH_EVERY, check)
    anchor = g.predict(state["best"])
    if spectral(g.blocks(anchor)).max() > beta:
        raise RuntimeError("beta below the anchor's threshold")
    return anchor


def certify(g, beta, w, anchor, anchor_blocks):
    s = g.predict(w)
    primal = 0.5 * np.sum(s * s) + np.sum(g.trace * np.trace(w[:, :g.d, :], axis1=1, axis2=2)) \
        + beta * np.linalg.svd(w, compute_uv=False).sum()
    target = g.blocks(s)
    low, high = np.zeros(g.p), np.ones(g.p)
    bad = spectral(target) > beta
    for _ in range(BISECTIONS):
        mid = 0.5 * (low + high)
        ok = spectral(mid[:, None, None] * target + (1 - mid[:, None, None]) * anchor_blocks) <= beta
        low, high = np.where(ok, mid, low), np.where(ok, high, mid)
    theta = low[bad].min() if bad.any() else 1.0
    step = s - anchor
    span = np.sum(step * step)
    best = min(theta, max(0.0, -np.sum(anchor * step) / span)) if span > 0 else theta
    lam = anchor + best * step
    dual = -0.5 * np.sum(lam * lam)
    return primal, primal - dual


def solve(lifted, mask, beta, gap=1e-6):
    g = Gated(lifted, mask)
    lipschitz = g.lipschitz()
    anchor = search(g, beta, lipschitz)
    anchor_blocks = g.blocks(anchor)
    last = {}

    def gradient(w):
        return g.normal(w) + g.trace[:, None, None] * g.e

    def prox(z):
        u, s, vt = np.linalg.svd(z, full_matrices=False)
        return u @ (np.maximum(s - beta / lipschitz, 0)[:, :, None] * vt)

    def check(w, k):
        last["primal"], last["gap"] = certify(g, beta, w, anchor, anchor_blocks)
        return last["gap"] <= gap * max(1.0, abs(last["primal"]))

    _, iterations, _ = fista(gradient, prox, np.zeros((g.p, g.q, g.d)), lipschitz, 100000,
                             CHECK_EVERY, check)
    return last["primal"], last["gap"], iterations


if __name__ == "__main__":
    import time
    data = program(10000, 500)
    t0 = time.perf_counter()
    print(solve(*data), time.perf_counter() - t0)
