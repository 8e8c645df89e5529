import sys, glob
from medlint.checks.safetynet import SafetyNetCheck, condition_name, _WORDS
from medlint.checks.knowledge import load_guidance
from medlint.checks.aboutness import titles
from medlint import document as d
from medlint.checks.genre import address
from medlint.engine import Linter
from medlint.selection import Options
import datetime as dt
g = load_guidance(); spec = g.condition_title
import medlint.checks.safetynet as sn
cap = {}
orig = sn.SafetyNetCheck._condition_title
def wrap(self, document):
    cap['doc'] = document; return orig(self, document)
sn.SafetyNetCheck._condition_title = wrap
L = Linter(Options(today=dt.date(2026, 12, 4)))
for i in sys.argv[1:]:
    s = int(i[1:4]); p = f"/work/restricted-eval/reliability{s}/docs/{i}.md"
    cap.clear(); L.lint_text(i + ".md", open(p).read())
    doc = cap.get('doc')
    if doc is None: print(i, "never reached _condition_title"); continue
    for where, title, _ in titles(doc):
        name = condition_name(title, spec)
        text = doc.masked; opening = text.lstrip()[:spec.reach]
        on = [p.search(opening).group() for p in spec.opening_not if p.search(opening)]
        kinds = []
        for k in spec.page_kinds:
            for pat in k.patterns:
                m = pat.search(text)
                if m: kinds.append((k.kind, m.group()))
            for pat in k.address:
                a = address(doc) or ""
                m = pat.search(a)
                if m: kinds.append((k.kind, 'ADDR ' + m.group()))
        print(i, repr(title), '->', name, '| words', len(_WORDS.findall(text)), '| not', on, '| kinds', kinds[:3])
