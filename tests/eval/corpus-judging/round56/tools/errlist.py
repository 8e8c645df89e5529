"""errlist.py PER.json HEADER_FILE OUT.md : test-half errors per category, one line a page."""
import json, sys

from measure import flagged, labelled
per = json.load(open(sys.argv[1])); header = open(sys.argv[2]).read(); out = open(sys.argv[3], "w")
rows = [r for r in per.values() if r["part"] == "test"]
labels = {}
for s in {r["set"] for r in rows}:
    for l in open(f"/work/main/tests/eval/reliability{s}/documents.jsonl"):
        d = json.loads(l); labels[d["id"]] = d
out.write(header.rstrip() + "\n")
def cat(name, det, lab, quote=False):
    for kind, cond in (("FP", lambda r: det(r) and not lab(r)), ("FN", lambda r: lab(r) and not det(r))):
        sel = sorted((r for r in rows if cond(r)), key=lambda r: r["id"])
        out.write(f"\n## {name}: {kind} ({len(sel)})\n\n")
        for r in sel:
            extra = f" | quote: {labels[r['id']]['unsafe_quote']}" if quote and kind == "FN" else ""
            out.write(f"- {r['id']} ({r['genre']}): {', '.join(r['codes'])}{extra}\n")
cat("unsafe advice", lambda r: flagged(r, "unsafe"), lambda r: labelled(r["first"], "unsafe"), True)
cat("warning signs", lambda r: flagged(r, "warn"), lambda r: labelled(r["first"], "warn"))
web = [r for r in rows if r["genre"].startswith("web")]
rows = web
cat("MED110 on web pages", lambda r: flagged(r, "m110"), lambda r: labelled(r["first"], "m110"))
