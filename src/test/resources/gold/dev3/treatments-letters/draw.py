#!/usr/bin/env python3
"""Seeded draw of the dev3 treatments-letters gold (run from the project root /work/main).

Pool: IMR letters in ../shared/corpus/imr-letters/pdf whose stem has gold ONLY in
src/test/resources/gold/imaging-letters: not in ../shared/corpus/imr-letters/gold and not in
any other folder under src/test/resources/gold (searched recursively), excluding
imaging-letters itself and this dev3 folder. Pool sorted by file name;
random.Random(20251125).sample(pool, 10) (or all if fewer).
"""
import os, random

SEED = 20251125
N = 10
SHARED_GOLD = "../shared/corpus/imr-letters/gold"
PDF = "../shared/corpus/imr-letters/pdf"
GOLD = "src/test/resources/gold"
IMAGING = os.path.join(GOLD, "imaging-letters")
DEV3 = os.path.join(GOLD, "dev3")


def stems(d):
    out = set()
    for root, _, files in os.walk(d):
        out |= {f.rsplit(".", 1)[0] for f in files if f.endswith(".json")}
    return out


elsewhere = stems(SHARED_GOLD)
for root, dirs, files in os.walk(GOLD):
    ap = os.path.abspath(root)
    if ap.startswith(os.path.abspath(IMAGING)) or ap.startswith(os.path.abspath(DEV3)):
        continue
    elsewhere |= {f.rsplit(".", 1)[0] for f in files if f.endswith(".json")}
only_imaging = stems(IMAGING) - elsewhere
pool = sorted(f for f in os.listdir(PDF)
              if f.endswith(".pdf") and f.rsplit(".", 1)[0] in only_imaging)
print(f"pool: {len(pool)} letters")
rng = random.Random(SEED)
drawn = rng.sample(pool, N) if len(pool) > N else pool
for f in drawn:
    print(f)
