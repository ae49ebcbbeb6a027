#!/usr/bin/env python3
"""Seeded draw of the held-out gold documents (run from the project root).

40 mtsamples pages without shared gold and outside the project's imaging-records set:
16 (40%) from the orthopedic / pain management / work comp (IME-QME) / chiropractic /
physical medicine notes (a specialty among those; not a Radiology or Surgery page, as none of
the shared gold's 50 pages is tagged Surgery), 24 from all other remaining pages (any
specialty, operative and radiology reports included). 24 IMR letters without shared gold.
"""
import csv, os, random

SEED = 20250611
SHARED = "../shared/corpus"
FOCUS = {"Orthopedic", "Pain Management", "IME-QME-Work Comp etc.", "Chiropractic",
         "Physical Medicine - Rehab"}

def stems(d):
    return {f.rsplit(".", 1)[0] for f in os.listdir(d)} if os.path.isdir(d) else set()

rng = random.Random(SEED)
taken = stems(f"{SHARED}/mtsamples/gold") | stems("src/test/resources/gold/imaging-records")
rows = [r for r in csv.DictReader(open(f"{SHARED}/mtsamples/index.tsv"), delimiter="\t")
        if r["file"].rsplit(".", 1)[0] not in taken]
rows.sort(key=lambda r: r["file"])
focus = [r for r in rows if FOCUS & set(r["specialties"].split("|"))
         and not {"Radiology", "Surgery"} & set(r["specialties"].split("|"))]
other = [r for r in rows if r not in focus]
pick = rng.sample(focus, 16) + rng.sample(other, 24)
for r in pick:
    print("record", r["file"], r["specialties"], sep="\t")

letters = sorted(f for f in os.listdir(f"{SHARED}/imr-letters/pdf")
                 if f.rsplit(".", 1)[0] not in stems(f"{SHARED}/imr-letters/gold"))
for f in rng.sample(letters, 24):
    print("letter", f, sep="\t")
