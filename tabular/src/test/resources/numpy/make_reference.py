"""Writes the numpy reference values used by the split tests (run once; tests never need Python).

    python3 make_reference.py      # numpy 2.4.6 was used; the legacy RandomState stream is frozen

mt19937.csv: seed, then the first 1300 raw 32-bit outputs after np.random.seed(seed) (crosses two
regenerations of the 624-word state).
shuffle.csv: seed, n, then np.arange(n) after np.random.seed(seed); np.random.shuffle(...).
retry.csv / retry-expected.csv: a 40-row table with one categorical column holding a level that occurs once,
and the TabSyn train_val_test_split result (accepted seed, train positions,
test positions); the level lands in the test rows twice, so seeds 1234 and 1235 are rejected.
"""
import numpy as np

with open("mt19937.csv", "w") as f:
    for seed in (0, 1, 1234, 5489, 4294967295):
        rs = np.random.RandomState(seed)
        raw = rs._bit_generator.random_raw(1300)
        f.write(",".join([str(seed)] + [str(int(v)) for v in raw]) + "\n")

with open("shuffle.csv", "w") as f:
    for seed, n in ((1234, 10), (7, 2), (7, 1), (99, 257), (2**31, 1000), (0, 4097)):
        np.random.seed(seed)
        a = np.arange(n)
        np.random.shuffle(a)
        f.write(",".join([str(seed), str(n)] + [str(int(v)) for v in a]) + "\n")

levels = ["a"] * 21 + ["b"] * 18 + ["rare"]
rows = list(range(40))
np.random.seed(7)
np.random.shuffle(rows)
column = [levels[r] for r in rows]
with open("retry.csv", "w") as f:
    f.write("\n".join(column) + "\n")
idx = np.arange(40)
seed = 1234
while True:
    np.random.seed(seed)
    np.random.shuffle(idx)
    train, test = idx[:34], idx[-6:]
    if len(set(column[i] for i in train)) == len(set(column)):
        break
    seed += 1
with open("retry-expected.csv", "w") as f:
    f.write(str(seed) + "\n")
    f.write(",".join(str(int(v)) for v in train) + "\n")
    f.write(",".join(str(int(v)) for v in test) + "\n")
