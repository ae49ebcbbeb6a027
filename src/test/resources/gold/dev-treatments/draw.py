#!/usr/bin/env python3
"""Seeded draw of the dev-treatments gold documents (run from the project root).

35 mtsamples pages and 15 IMR letters that have no gold in any folder (the shared gold and
every folder under src/test/resources/gold, searched recursively): 14 pages (40%) from the
orthopedic / pain management / work comp (IME-QME) / chiropractic / physical medicine notes
that are not Radiology or Surgery pages, 21 from all other remaining pages (any specialty,
operative and radiology reports included), as the held-out draw did.

Every one of the 144 letters has gold in some folder: the 72 without shared gold all have
priorImaging-only gold in imaging-letters/. So letters are drawn from those whose only gold is
that priorImaging list (no shared, held-out or treatment gold): 12 of them.
"""
import csv, os, random

SEED = 20250612
SHARED = "../shared/corpus"
GOLD = "src/test/resources/gold"
FOCUS = {"Orthopedic", "Pain Management", "IME-QME-Work Comp etc.", "Chiropractic",
         "Physical Medicine - Rehab"}


def stems(d):
    out = set()
    for root, _, files in os.walk(d):
        out |= {f.rsplit(".", 1)[0] for f in files if f.endswith(".json")}
    return out


taken = stems(f"{SHARED}/mtsamples/gold") | stems(f"{SHARED}/imr-letters/gold") | stems(GOLD)
rng = random.Random(SEED)
rows = [r for r in csv.DictReader(open(f"{SHARED}/mtsamples/index.tsv"), delimiter="\t")
        if r["file"].rsplit(".", 1)[0] not in taken]
rows.sort(key=lambda r: r["file"])
focus = [r for r in rows if FOCUS & set(r["specialties"].split("|"))
         and not {"Radiology", "Surgery"} & set(r["specialties"].split("|"))]
other = [r for r in rows if r not in focus]
for r in rng.sample(focus, 14) + rng.sample(other, 21):
    print("record", r["file"], r["specialties"], sep="\t")

elsewhere = stems(f"{SHARED}/imr-letters/gold")
for d in os.listdir(GOLD):
    if d != "imaging-letters" and os.path.isdir(f"{GOLD}/{d}"):
        elsewhere |= stems(f"{GOLD}/{d}")
only_imaging = stems(f"{GOLD}/imaging-letters") - elsewhere
letters = sorted(f for f in os.listdir(f"{SHARED}/imr-letters/pdf")
                 if f.rsplit(".", 1)[0] not in taken or f.rsplit(".", 1)[0] in only_imaging)
for f in rng.sample(letters, 12):
    print("letter", f, sep="\t")
