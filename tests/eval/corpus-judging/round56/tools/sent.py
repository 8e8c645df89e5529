"""sent.py REGEX [--class C ...] --out F : score sentence items whose split fullmatches REGEX."""
import argparse, json, re, sys
from pathlib import Path
from medlint.evaluation import load_sentences, evaluate_sentences, Score, SENTENCE_CLASSES
ap = argparse.ArgumentParser(); ap.add_argument("regex"); ap.add_argument("--class", dest="cls", action="append")
ap.add_argument("--out", required=True); a = ap.parse_args()
items = [i for i in load_sentences(Path("/work/main/tests/eval/sentences")) if re.fullmatch(a.regex, i.split)]
outs = evaluate_sentences(items, a.cls)
with open(a.out, "w") as f:
    for o in outs:
        f.write(json.dumps({"id": o.item.id, "split": o.item.split, "cls": o.cls, "label": o.label, "detected": o.detected, "text": o.item.text, "msg": list(o.messages)}) + "\n")
for c in SENTENCE_CLASSES:
    sc = Score.of(o for o in outs if o.cls == c)
    if sc.tp + sc.fp + sc.fn: print(c, f"{sc.tp}/{sc.fp}/{sc.fn}", len(items))
