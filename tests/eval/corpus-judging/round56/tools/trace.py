"""trace.py PER.json : for dev web FN pages (warranted&missing, no MED109/112), the line where MED112's check returned."""
import json, sys, datetime as dt
from collections import Counter
import medlint.checks.safetynet as sn
from medlint.engine import Linter
from medlint.selection import Options
per = json.load(open(sys.argv[1])); part = sys.argv[2] if len(sys.argv) > 2 else "dev"
code = sn.SafetyNetCheck.check.__code__
last = {}
def tracer(frame, event, arg):
    if frame.f_code is code:
        def local(f, e, a):
            if e == "line": last["line"] = f.f_lineno
            if e == "return": last["ret"] = last.get("line")
            return local
        return local
    return None
linter = Linter(Options(today=dt.date(2026, 12, 4)))
src = open(sn.__file__).read().splitlines()
c = Counter(); ex = {}
for k, r in per.items():
    if r["part"] != part or not r["genre"].startswith("web"): continue
    lab = r["first"]["warning_signs_warranted"] and not r["first"]["warning_signs_present"]
    if not lab or set(r["codes"]) & {"MED109", "MED112"}: continue
    t = open(f"/work/restricted-eval/reliability{r['set']}/docs/{k}.md").read()
    last.clear(); sys.settrace(tracer)
    linter.lint_text(k + ".md", t)
    sys.settrace(None)
    ln = last.get("ret"); key = f"{ln}: {src[ln-1].strip()[:80]}" if ln else "not reached"
    c[key] += 1; ex.setdefault(key, []).append(k)
for k, v in c.most_common(): print(v, k, ex[k][:8])
