#!/usr/bin/env python3
"""Seeded draw of the diagnosis development gold (run from the project root).

30 mtsamples pages without gold in any folder (shared gold, and every folder under
src/test/resources/gold): 12 (40%) from the orthopedic / pain management / work comp (IME-QME) /
chiropractic / physical medicine pages that are not Radiology or Surgery pages (as
the held-out draw, heldout-draw.py, cuts that stratum), 18 from all other remaining pages (any specialty).
12 IMR letters without shared gold and outside heldout-letters and treatments/*letters (every
letter without shared gold has priorImaging-only gold in imaging-letters, so that folder cannot
be excluded).
"""
import csv, os, random

SEED = 20250702
SHARED = "../shared/corpus"
GOLD = "src/test/resources/gold"
FOCUS = {"Orthopedic", "Pain Management", "IME-QME-Work Comp etc.", "Chiropractic",
         "Physical Medicine - Rehab"}

def stems(d):
    return {f.rsplit(".", 1)[0] for f in os.listdir(d)} if os.path.isdir(d) else set()

def gold_stems():
    out = stems(f"{SHARED}/mtsamples/gold") | stems(f"{SHARED}/imr-letters/gold")
    for root, dirs, files in os.walk(GOLD):
        if os.path.basename(root) in ("dev-diagnoses", "imaging-letters"):
            continue
        out |= {f.rsplit(".", 1)[0] for f in files if f.endswith(".json")}
    return out

rng = random.Random(SEED)
taken = gold_stems()
rows = [r for r in csv.DictReader(open(f"{SHARED}/mtsamples/index.tsv"), delimiter="\t")
        if r["file"].rsplit(".", 1)[0] not in taken]
rows.sort(key=lambda r: r["file"])
focus = [r for r in rows if FOCUS & set(r["specialties"].split("|"))
         and not {"Radiology", "Surgery"} & set(r["specialties"].split("|"))]
other = [r for r in rows if r not in focus]
pick = rng.sample(focus, 12) + rng.sample(other, 18)
for r in pick:
    print("record", r["file"], r["specialties"], sep="\t")

letters = sorted(f for f in os.listdir(f"{SHARED}/imr-letters/pdf") if f.rsplit(".", 1)[0] not in taken)
for f in rng.sample(letters, 12):
    print("letter", f, sep="\t")
