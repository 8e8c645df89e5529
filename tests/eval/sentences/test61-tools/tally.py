# sent61 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent61, test59/dev59->test61/dev61, s59- -> s61-, fresh-web-59/web-dev-59 -> -61, rf59->rf61; and sent58->sent60, /work/wt/s58 -> /work/wt/s60, test58-tools -> test60-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent61/s60 where the original said sent59/s58).
# sent61 (round 35): running tally of labelled items per class over the batch files (a quick check between batches).
import sys, glob, importlib.util, collections
sys.path.insert(0,'/work/wt/s61/tests/eval/sentences/test61-tools/batches')
import lib
for f in sorted(glob.glob('/work/wt/s61/tests/eval/sentences/test61-tools/batches/b*.py')):
    spec=importlib.util.spec_from_file_location(f[-6:-3],f); spec.loader.exec_module(importlib.util.module_from_spec(spec))
c=collections.Counter(l for it in lib.ITEMS for l in it['letters'])
rare=sum(any(l in 'CMDO' for l in it['letters']) for it in lib.ITEMS)
print('items',len(lib.ITEMS),'pages',len(lib.GEN),dict(c),'rare',rare, round(rare/len(lib.ITEMS),3))
