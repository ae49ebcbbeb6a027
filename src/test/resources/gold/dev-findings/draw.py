#!/usr/bin/env python3
"""Seeded draw of the examFindings development gold (run from the project root).

30 mtsamples pages without gold in any folder (shared gold or any folder under
src/test/resources/gold): 12 (40%) from the orthopedic / pain management / work comp (IME-QME) /
chiropractic / physical medicine pages that are not Radiology or Surgery pages, 18 from all
other remaining pages (any specialty). 10 IMR letters without shared gold and outside every
folder here except imaging-letters (which holds only priorImaging for all 72 letters without
shared gold, so excluding it would leave no letter; it says nothing about findings).
"""
import csv, os, random

SEED = 20250612
SHARED = "../shared/corpus"
GOLD = "src/test/resources/gold"
FOCUS = {"Orthopedic", "Pain Management", "IME-QME-Work Comp etc.", "Chiropractic",
         "Physical Medicine - Rehab"}

def stems(d, skip=()):
    out = set()
    for root, dirs, files in os.walk(d):
        if any(s in root for s in skip):
            continue
        out |= {f.rsplit(".", 1)[0] for f in files if f.endswith(".json")}
    return out

rng = random.Random(SEED)
taken = stems(f"{SHARED}/mtsamples/gold") | stems(GOLD)
rows = [r for r in csv.DictReader(open(f"{SHARED}/mtsamples/index.tsv"), delimiter="\t")
        if r["file"].rsplit(".", 1)[0] not in taken]
rows.sort(key=lambda r: r["file"])
focus = [r for r in rows if FOCUS & set(r["specialties"].split("|"))
         and not {"Radiology", "Surgery"} & set(r["specialties"].split("|"))]
other = [r for r in rows if r not in focus]
pick = rng.sample(focus, 12) + rng.sample(other, 18)
for r in pick:
    print("record", r["file"], r["specialties"], sep="\t")

taken_letters = stems(f"{SHARED}/imr-letters/gold") | stems(GOLD, skip=("imaging-letters",))
letters = sorted(f for f in os.listdir(f"{SHARED}/imr-letters/pdf")
                 if f.rsplit(".", 1)[0] not in taken_letters)
for f in rng.sample(letters, 10):
    print("letter", f, sep="\t")
