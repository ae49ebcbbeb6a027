#!/usr/bin/env python3
"""Seeded draw of the dev3 diagnosis gold for medical records (run from the project root).

12 mtsamples pages without gold anywhere (not in the shared gold, and not in any folder under
src/test/resources/gold, searched recursively, dev3 included except this folder itself, whose
files are the draw's own output), and not among the
pages drawn by the concurrent dev3 treatments-records draw
(the stems printed by src/test/resources/gold/dev3/treatments-records/draw.py at draw time,
frozen below in TREATMENTS_RECORDS_DRAW):
5 from the orthopedic / pain management / work comp (IME-QME) / chiropractic / physical
medicine pages that are not Radiology or Surgery pages, 7 from all other remaining pages.
Modelled on src/test/resources/gold/dev-diagnoses/draw.py.
"""
import csv, os, random

SEED = 20251127
SHARED = "../shared/corpus"
GOLD = "src/test/resources/gold"
OWN = f"{GOLD}/dev3/diagnoses-records"
FOCUS = {"Orthopedic", "Pain Management", "IME-QME-Work Comp etc.", "Chiropractic",
         "Physical Medicine - Rehab"}

def stems(d):
    return {f.rsplit(".", 1)[0] for f in os.listdir(d)} if os.path.isdir(d) else set()

def gold_stems():
    out = stems(f"{SHARED}/mtsamples/gold")
    for root, dirs, files in os.walk(GOLD):
        if os.path.normpath(root) == os.path.normpath(OWN):
            continue  # this draw's own gold, written after the draw
        out |= {f.rsplit(".", 1)[0] for f in files if f.endswith(".json")}
    return out

# The stems printed by `python3 src/test/resources/gold/dev3/treatments-records/draw.py` when this
# draw was made (2025-11, its 12 gold files already written). Frozen here because that script's
# output depends on which gold files exist, so re-running it later could print other pages.
TREATMENTS_RECORDS_DRAW = {
    "62-Pain-Management-Progress-Note", "208-Osteoarthritis-Progress-Note", "915-RICE-Therapy",
    "1904-Epidural-Blood-Patch", "433-Orthopedic-Consult-1", "1325-ORIF-Left-Tibia",
    "369-Hypertension-Progress-Note", "2505-Total-Hip-Replacement-1",
    "38-Gastroenterology-Letter", "2608-Cataract-Extraction-Followup",
    "526-MRI-T-L-Spine-Schistosomiasis", "790-Rheumatoid-Arthritis-H",
}

rng = random.Random(SEED)
taken = gold_stems() | TREATMENTS_RECORDS_DRAW
rows = [r for r in csv.DictReader(open(f"{SHARED}/mtsamples/index.tsv"), delimiter="\t")
        if r["file"].rsplit(".", 1)[0] not in taken]
rows.sort(key=lambda r: r["file"])
focus = [r for r in rows if FOCUS & set(r["specialties"].split("|"))
         and not {"Radiology", "Surgery"} & set(r["specialties"].split("|"))]
other = [r for r in rows if r not in focus]
pick = rng.sample(focus, 5) + rng.sample(other, 7)
for r in pick:
    print("record", r["file"], r["specialties"], sep="\t")
