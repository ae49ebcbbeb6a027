#!/usr/bin/env python3
"""Seeded draw of the dev3 treatments-records gold documents (run from the project root).

12 mtsamples pages that have no gold in any folder (the shared gold and every folder under
src/test/resources/gold, searched recursively, dev3 included): 5 from the orthopedic / pain
management / work comp (IME-QME) / chiropractic / physical medicine notes that are not
Radiology or Surgery pages, 7 from all other remaining pages (any specialty, operative and
radiology reports included). Modelled on ../../dev-treatments/draw.py.
The folder holding this script is skipped so that re-running reproduces the draw once its
own gold files exist; gold written later in other folders would still change the pool.
"""
import csv, os, random

SEED = 20251126
SHARED = "../shared/corpus"
GOLD = "src/test/resources/gold"
FOCUS = {"Orthopedic", "Pain Management", "IME-QME-Work Comp etc.", "Chiropractic",
         "Physical Medicine - Rehab"}


HERE = os.path.dirname(os.path.abspath(__file__))


def stems(d):
    out = set()
    for root, _, files in os.walk(d):
        if os.path.abspath(root) == HERE:
            continue  # this draw's own gold files: the folder was empty when the draw was made
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
for r in rng.sample(focus, 5) + rng.sample(other, 7):
    print("record", r["file"], r["specialties"], sep="\t")
