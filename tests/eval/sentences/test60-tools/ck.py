# sent60 (round 35, helper prompt with brief LABEL35-SENT.md, NN=60, PP=61): copied from test59-tools with names changed mechanically (sent59->sent60, test59/dev59->test60/dev60, s59- -> s60-, fresh-web-59/web-dev-59 -> -60, rf59->rf60, /work/wt/s59 -> /work/wt/s60; and sent58->sent61, /work/wt/s58 -> /work/wt/s61, test58-tools -> test61-tools so the parallel set is now s61); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed.
# sent60 (round 35): URL check used before labelling: normalised URL in excl_norm.txt (EXCL), domain already taken by this round's batches (DOM-mine), domain seen in the exclusion lists (dom-used-before, allowed: URL-level exclusion), and the page split (sha256 of the URL, 0-4 dev, 5-f test).
import sys, re, hashlib, glob
D='/work/wt/s60/tests/eval/sentences/test60-tools/'
norm = lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
ex=set(open(D+'excl_norm.txt').read().split('\n'))
exd={x.split('/')[0] for x in ex}
mine=set()
for f in glob.glob(D+'batches/b*.py'):
    for u in re.findall(r'^P\("([^"]+)"', open(f).read(), re.M): mine.add(norm(u).split('/')[0])
for u in sys.argv[1:]:
    n=norm(u); d=n.split('/')[0]
    st='EXCL' if n in ex else ('DOM-mine' if d in mine else ('dom-used-before' if d in exd else 'ok'))
    sp='dev' if hashlib.sha256(u.encode()).hexdigest()[0] in '01234' else 'test'
    print(st, sp, u)
