import json, re, sys
ROOT = '/work/shared/corpus/'
sel = json.load(open('selection6.json'))
items = [('random', p) for p in sel['random']] + [(s, p) for s, p in sel['acute']]
PAT = re.compile(r"doctor|\bcall\b|911|emergenc|right away|immediately|urgent|seek|health care provider|get help|medical (care|help|attention)|warning sign|crisis|suicid|as soon as|promptly|report (it|them|to)|tell your|talk (to|with) your|check with", re.I)
def body(p):
    raw = open(ROOT + p, encoding='utf-8', errors='replace').read()
    m = re.match(r'---\n.*?\n---\n', raw, re.S)
    return raw[m.end():] if m else raw
for i, (s, p) in enumerate(items):
    if sys.argv[1:] and str(i) not in sys.argv[1:]: continue
    b = body(p)
    print('=' * 20, i, s, p, len(b))
    if len(b) < 2500: print(b)
    else:
        print(b[:500].replace('\n', ' '))
        for x in re.split(r'(?<=[.!?:])\s+|\n+', b):
            if PAT.search(x): print('  >>', x.strip()[:250])
