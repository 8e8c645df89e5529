# sent100: check candidate URLs against the exclusion lists and print the page split (dev100/test100) before labelling.
import hashlib, re, sys, glob
D = '/work/wt/s100/tests/eval/sentences/test100-tools/'
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
ex = set(open(D + 'excl_norm.txt').read().split('\n'))
hosts = {}
for u in ex:
    hosts[u.split('/')[0]] = hosts.get(u.split('/')[0], 0) + 1
mine = set()
for f in glob.glob(D + 'batches/b*.py'):
    mine |= {norm(u).split('/')[0] for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M)}
for u in sys.argv[1:]:
    h = norm(u).split('/')[0]
    sp = 'dev100' if hashlib.sha256(u.encode()).hexdigest()[0] in '01234' else 'test100'
    print('EXCL' if norm(u) in ex else 'ok  ', sp, 'host-prior=%d' % hosts.get(h, 0), 'MINE' if h in mine else '', u)
