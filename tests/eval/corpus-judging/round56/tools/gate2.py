"""gate2.py PER.json part OUT.json : every web page that reaches MED112's acute gate: label class, clin, acute, least, title, first 400 chars of body."""
import json, sys, datetime as dt
import medlint.checks.safetynet as sn
from medlint.engine import Linter
from medlint.selection import Options
per = json.load(open(sys.argv[1])); part = sys.argv[2]
orig_min = sn.SafetyNetCheck._min_acute; orig_acute = sn.SafetyNetCheck._acute; orig_clin = sn.SafetyNetCheck._clinical
cur = {}
def m(self, *a, **k):
    v = orig_min(self, *a, **k); cur["least"] = v; return v
def ac(self, ctx):
    v = orig_acute(self, ctx); cur["acute"] = len(v); return v
def cl(self, ctx):
    v = orig_clin(self, ctx); cur["clin"] = v; return v
sn.SafetyNetCheck._min_acute = m; sn.SafetyNetCheck._acute = ac; sn.SafetyNetCheck._clinical = cl
linter = Linter(Options(today=dt.date(2026, 12, 4)))
out = {}
for k, r in per.items():
    if part != "all" and r["part"] != part: continue
    if not r["genre"].startswith("web"): continue
    L = r["first"]; cls = "WM" if L["warning_signs_warranted"] and not L["warning_signs_present"] else ("WP" if L["warning_signs_warranted"] else "NW")
    t = open(f"/work/restricted-eval/reliability{r['set']}/docs/{k}.md").read()
    cur.clear(); linter.lint_text(k + ".md", t)
    if "least" in cur:
        title = [l for l in t.split("\n")[:8] if l.startswith("title:")][0][7:120]
        out[k] = {"cls": cls, "clin": cur.get("clin"), "acute": cur.get("acute"), "least": cur["least"], "title": title, "fired": bool(set(r["codes"]) & {"MED109", "MED112"}), "part": r["part"], "set": r["set"]}
json.dump(out, open(sys.argv[3], "w"), indent=0)
from collections import Counter
c = Counter((v["cls"], v["fired"], "clin" if v["clin"] else "noclin", min(v["acute"], 2)) for v in out.values())
for key, n in sorted(c.items()): print(key, n)
