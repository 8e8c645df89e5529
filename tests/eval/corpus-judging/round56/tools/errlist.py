"""errlist.py PER.json HEADER_FILE OUT.md : test-half errors per category, one line a page."""
import json, sys
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
cat("unsafe advice", lambda r: bool(set(r["codes"]) & {"MED201", "MED202", "MED111"}), lambda r: r["first"]["unsafe_advice"], True)
cat("warning signs", lambda r: bool(set(r["codes"]) & {"MED109", "MED112"}), lambda r: r["first"]["warning_signs_warranted"] and not r["first"]["warning_signs_present"])
web = [r for r in rows if r["genre"].startswith("web")]
rows_all = rows; rows = web
cat("MED110 on web pages", lambda r: "MED110" in r["codes"], lambda r: r["first"]["care_prompt"] == 0)
