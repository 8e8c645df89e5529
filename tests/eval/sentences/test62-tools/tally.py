# sent62 (round 36, helper prompt with brief LABEL36-SENT.md, NN=62, PP=63): copied from test61-tools with names changed mechanically (sent61->sent62, test61/dev61->test62/dev62, s61- -> s62-, fresh-web-61/web-dev-61 -> -62, rf61->rf62, /work/wt/s61 -> /work/wt/s62; and sent60->sent63, /work/wt/s60 -> /work/wt/s63, test60-tools -> test63-tools so the parallel set is now s63); batches/lib.py written anew (test61-tools batch files were not opened).
# sent62 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent62, test59/dev59->test62/dev62, s59- -> s62-, fresh-web-59/web-dev-59 -> -61, rf59->rf62; and sent58->sent60, /work/wt/s58 -> /work/wt/s60, test58-tools -> test60-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent62/s60 where the original said sent59/s58).
# sent62 (round 35): running tally of labelled items per class over the batch files (a quick check between batches).
import sys, glob, importlib.util, collections
sys.path.insert(0,'/work/wt/s62/tests/eval/sentences/test62-tools/batches')
import lib
for f in sorted(glob.glob('/work/wt/s62/tests/eval/sentences/test62-tools/batches/b*.py')):
    spec=importlib.util.spec_from_file_location(f[-6:-3],f); spec.loader.exec_module(importlib.util.module_from_spec(spec))
c=collections.Counter(l for it in lib.ITEMS for l in it['letters'])
rare=sum(any(l in 'CMDO' for l in it['letters']) for it in lib.ITEMS)
print('items',len(lib.ITEMS),'pages',len(lib.GEN),dict(c),'rare',rare, round(rare/len(lib.ITEMS),3))
