# sent68 (round 37, brief LABEL37-SENT.md with the helper prompt's changes, NN=68, PP=69): copied from test67-tools with names changed mechanically (sent67->sent68, test67/dev67->test68/dev68, s67- -> s68-, fresh-web-67/web-dev-67 -> -68, rf67->rf68, /work/wt/s67 -> /work/wt/s68; sent66->sent69, /work/wt/s66 -> /work/wt/s69, test66-tools -> test69-tools, so the parallel set is now s69); batches/lib.py written anew (test67-tools batch files were not opened). Older comments renamed by the same sed.
# sent68 (round 36, brief LABEL36-SENT.md with the helper prompt's changes, NN=67, PP=66): copied from test65-tools with names changed mechanically (sent65->sent68, test65/dev65->test68/dev68, s65- -> s68-, fresh-web-65/web-dev-65 -> -67, rf65->rf68, /work/wt/s65 -> /work/wt/s68, sent64->sent69, /work/wt/s64 -> /work/wt/s69, test64-tools -> test69-tools, so the parallel set is now s66); batches/lib.py written anew (test65-tools batch files were not opened). Older comments renamed by the same sed.
# sent68 (round 36, brief LABEL36-SENT.md, NN=65, PP=64, helper prompt: tools copied from test63-tools with names changed mechanically: sent63->sent68, test63/dev63->test68/dev68, s63- -> s68-, fresh-web-63/web-dev-63 -> -65, rf63->rf68, sent62->sent69, /work/wt/s62 -> /work/wt/s69, test62-tools -> test69-tools, so the parallel set is now s64; batches/lib.py written anew; older comments renamed by the same sed).
# sent68 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent68, test59/dev59->test68/dev68, s59- -> s68-, fresh-web-59/web-dev-59 -> -61, rf59->rf68; and sent58->sent69, /work/wt/s58 -> /work/wt/s69, test58-tools -> test69-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent68/s60 where the original said sent59/s58).
# sent68 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent68, test61/dev61->test68/dev68, s61- -> s68-, fresh-web-61/web-dev-61 -> -63, rf61->rf68; sent60->sent69, /work/wt/s60 -> /work/wt/s69, test60-tools -> test69-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent68 (round 35): URL check used before labelling: normalised URL in excl_norm.txt (EXCL), domain already taken by this round's batches (DOM-mine), domain seen in the exclusion lists (dom-used-before, allowed: URL-level exclusion), and the page split (sha256 of the URL, 0-4 dev, 5-f test).
import sys, re, hashlib, glob
D='/work/wt/s68/tests/eval/sentences/test68-tools/'
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
