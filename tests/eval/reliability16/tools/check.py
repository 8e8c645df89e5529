"""usage: check.py URL... -> prints USED/ok per URL (by normalised URL)."""
import json, sys
from urllib.parse import urlparse
ex=json.load(open('/work/restricted-eval/reliability16/tools/excluded.json'))
U=set(ex['urls'])
def norm(u):
    p=urlparse(u); h=p.netloc.lower()
    if h.startswith('www.'): h=h[4:]
    return h+p.path.rstrip('/')
for u in sys.argv[1:]:
    print('USED' if norm(u) in U else 'ok', u)
