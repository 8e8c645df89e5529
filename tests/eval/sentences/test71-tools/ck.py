# sent71 (round 38, brief LABEL38-SENT.md with the helper prompt's changes, NN=71, no parallel set): copied from test70-tools with names changed mechanically (sent70->sent71, test70/dev70->test71/dev71, s70- -> s71-, fresh-web-70/web-dev-70 -> -71, rf70->rf71, /work/wt/s70 -> /work/wt/s71); make_excl.sh still reads the old parallel set's folders (sent68/s68), left in (they only exclude more); batches/lib.py written anew (test70-tools batch files were not opened). Older comments renamed by the same sed.
# sent71 (round 37, brief LABEL37-SENT.md with the helper prompt's changes, NN=70, no parallel set): copied from test69-tools with names changed mechanically (sent69->sent71, test69/dev69->test71/dev71, s69- -> s71-, fresh-web-69/web-dev-69 -> -70, rf69->rf71, /work/wt/s69 -> /work/wt/s71); make_excl.sh still reads the old parallel set's folders (sent68/s68), left in (they only exclude more); batches/lib.py written anew (test69-tools batch files were not opened). Older comments renamed by the same sed.
# sent71 (round 36, brief LABEL36-SENT.md with the helper prompt's changes, NN=67, PP=66): copied from test65-tools with names changed mechanically (sent65->sent71, test65/dev65->test71/dev71, s65- -> s71-, fresh-web-65/web-dev-65 -> -67, rf65->rf71, /work/wt/s65 -> /work/wt/s71, sent64->sent68, /work/wt/s64 -> /work/wt/s68, test64-tools -> test68-tools, so the parallel set is now s66); batches/lib.py written anew (test65-tools batch files were not opened). Older comments renamed by the same sed.
# sent71 (round 36, brief LABEL36-SENT.md, NN=65, PP=64, helper prompt: tools copied from test63-tools with names changed mechanically: sent63->sent71, test63/dev63->test71/dev71, s63- -> s71-, fresh-web-63/web-dev-63 -> -65, rf63->rf71, sent62->sent68, /work/wt/s62 -> /work/wt/s68, test62-tools -> test68-tools, so the parallel set is now s64; batches/lib.py written anew; older comments renamed by the same sed).
# sent71 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent71, test59/dev59->test71/dev71, s59- -> s71-, fresh-web-59/web-dev-59 -> -61, rf59->rf71; and sent58->sent68, /work/wt/s58 -> /work/wt/s68, test58-tools -> test68-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent71/s60 where the original said sent59/s58).
# sent71 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent71, test61/dev61->test71/dev71, s61- -> s71-, fresh-web-61/web-dev-61 -> -63, rf61->rf71; sent60->sent68, /work/wt/s60 -> /work/wt/s68, test60-tools -> test68-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent71 (round 35): URL check used before labelling: normalised URL in excl_norm.txt (EXCL), domain already taken by this round's batches (DOM-mine), domain seen in the exclusion lists (dom-used-before, allowed: URL-level exclusion), and the page split (sha256 of the URL, 0-4 dev, 5-f test).
import sys, re, hashlib, glob
D="/work/wt/s71/tests/eval/sentences/test71-tools/"
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
