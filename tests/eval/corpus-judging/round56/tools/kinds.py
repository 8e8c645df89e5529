import datetime as dt, glob, sys
from medlint.engine import Linter
from medlint.selection import Options
paths = sorted(glob.glob('/work/restricted-eval/kinds55/docs/*.md'))
res = Linter(Options(today=dt.date(2026, 12, 4))).run(paths)
for f in res.files:
    codes = sorted({v.code for v in f.violations} & {"MED109", "MED112"})
    t = open(f.path).read().split("\n")
    title = next((l for l in t[:6] if l.startswith("title:")), "")[6:70]
    kind = next((l for l in t[:8] if l.startswith("kind:")), "")
    print(f.path.split("/")[-1], codes, title, kind)
