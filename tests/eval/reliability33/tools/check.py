"""usage: check.py URL... -> prints USED-URL / USED-DOMAIN / ok per URL."""
import json, os, sys
from urllib.parse import urlparse
ex = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'excluded.json')))
U, D = set(ex['urls']), set(ex['domains'])
def norm(u):
    p = urlparse(u); h = p.netloc.lower()
    h = h[4:] if h.startswith('www.') else h
    return h + p.path.rstrip('/')
def dom(u):
    h = urlparse(u).netloc.lower()
    return h[4:] if h.startswith('www.') else h
for u in sys.argv[1:]:
    print('USED-URL' if norm(u) in U else 'USED-DOMAIN' if dom(u) in D else 'ok', u)
