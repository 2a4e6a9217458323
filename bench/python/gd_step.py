"""One full-batch GD step of the two-layer ReLU network written straightforwardly in numpy.

Usage: python3 gd_step.py N D m d repeats [float64|float32]
Prints the median seconds per step over `repeats` timed steps after 3 warm-up steps.
"""
import sys
import time

import numpy as np


def main():
    n, dim, m, d, repeats = (int(a) for a in sys.argv[1:6])
    dtype = np.float32 if len(sys.argv) > 6 and sys.argv[6] == "float32" else np.float64
    rng = np.random.default_rng(1)
    z = rng.standard_normal((n, dim)).astype(dtype)
    y = rng.standard_normal((n, d)).astype(dtype)
    w = rng.standard_normal((m, dim)).astype(dtype)
    a = rng.choice([-1.0, 1.0], size=(m, d)).astype(dtype)
    eta = dtype(1e-7)
    scale = dtype(1.0 / np.sqrt(m))

    def step(w):
        p = z @ w.T
        u = np.maximum(p, 0) @ a * scale
        r = u - y
        g = (r @ a.T * scale) * (p >= 0)
        grad = g.T @ z
        return w - eta * grad

    for _ in range(3):
        w = step(w)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        w = step(w)
        times.append(time.perf_counter() - t0)
    times.sort()
    median = times[len(times) // 2]
    flops = 4.0 * n * m * (dim + d)
    print(f"numpy gd-step N={n} D={dim} m={m} d={d} dtype={np.dtype(dtype).name}: "
          f"median {median:.4f} s (min {times[0]:.4f} s), {flops / median / 1e9:.1f} GFLOP/s")


if __name__ == "__main__":
    main()
