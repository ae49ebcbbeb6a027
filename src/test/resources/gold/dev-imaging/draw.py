#!/usr/bin/env python3
"""Seeded draw of the priorImaging development gold (run from the project root).

36 mtsamples pages that have no gold in any folder (shared gold, and every folder under
src/test/resources/gold, held-out ones included: only their file names are listed, to exclude
them): 14 (about 40%) from the orthopedic / pain management / work comp (IME-QME) /
chiropractic / physical medicine pages that are not Radiology or Surgery pages, 22 from all
other remaining pages (any specialty; operative and radiology reports included).
"""
import csv, os, random

SEED = 20250702
SHARED = "../shared/corpus"
GOLD = "src/test/resources/gold"
FOCUS = {"Orthopedic", "Pain Management", "IME-QME-Work Comp etc.", "Chiropractic",
         "Physical Medicine - Rehab"}

def stems(d):
    out = set()
    for root, _, files in os.walk(d):
        out |= {f.rsplit(".", 1)[0] for f in files if f.endswith(".json")}
    return out

taken = stems(f"{SHARED}/mtsamples/gold") | stems(GOLD)
rng = random.Random(SEED)
rows = [r for r in csv.DictReader(open(f"{SHARED}/mtsamples/index.tsv"), delimiter="\t")
        if r["file"].rsplit(".", 1)[0] not in taken]
rows.sort(key=lambda r: r["file"])
focus = [r for r in rows if FOCUS & set(r["specialties"].split("|"))
         and not {"Radiology", "Surgery"} & set(r["specialties"].split("|"))]
other = [r for r in rows if r not in focus]
for r in rng.sample(focus, 14) + rng.sample(other, 22):
    print(r["file"], r["specialties"], sep="\t")
