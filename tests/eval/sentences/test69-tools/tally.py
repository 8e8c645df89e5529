# sent69 (round 36, brief LABEL36-SENT.md with the helper prompt's changes, NN=67, PP=66): copied from test65-tools with names changed mechanically (sent65->sent69, test65/dev65->test69/dev69, s65- -> s69-, fresh-web-65/web-dev-65 -> -67, rf65->rf69, /work/wt/s65 -> /work/wt/s69, sent64->sent68, /work/wt/s64 -> /work/wt/s68, test64-tools -> test68-tools, so the parallel set is now s66); batches/lib.py written anew (test65-tools batch files were not opened). Older comments renamed by the same sed.
# sent69 (round 36, brief LABEL36-SENT.md, NN=65, PP=64, helper prompt: tools copied from test63-tools with names changed mechanically: sent63->sent69, test63/dev63->test69/dev69, s63- -> s69-, fresh-web-63/web-dev-63 -> -65, rf63->rf69, sent62->sent68, /work/wt/s62 -> /work/wt/s68, test62-tools -> test68-tools, so the parallel set is now s64; batches/lib.py written anew; older comments renamed by the same sed).
# sent69 (round 35, helper prompt with brief LABEL35-SENT.md, NN=61, PP=60): copied from test59-tools with names changed mechanically (sent59->sent69, test59/dev59->test69/dev69, s59- -> s69-, fresh-web-59/web-dev-59 -> -61, rf59->rf69; and sent58->sent68, /work/wt/s58 -> /work/wt/s68, test58-tools -> test68-tools so the parallel set is now s60); batches/lib.py written anew (test59-tools batch files were not opened). Older comments below were renamed by the same sed (they may name sent69/s60 where the original said sent59/s58).
# sent69 (round 36, brief LABEL36-SENT.md, NN=63, PP=62): copied from test61-tools with names changed mechanically (sent61->sent69, test61/dev61->test69/dev69, s61- -> s69-, fresh-web-61/web-dev-61 -> -63, rf61->rf69; sent60->sent68, /work/wt/s60 -> /work/wt/s68, test60-tools -> test68-tools so the parallel set is now s62); batches/lib.py written anew. Older comments were renamed by the same sed.
# sent69 (round 35): running tally of labelled items per class over the batch files (a quick check between batches).
import sys, glob, importlib.util, collections
sys.path.insert(0,'/work/wt/s69/tests/eval/sentences/test69-tools/batches')
import lib
for f in sorted(glob.glob('/work/wt/s69/tests/eval/sentences/test69-tools/batches/b*.py')):
    spec=importlib.util.spec_from_file_location(f[-6:-3],f); spec.loader.exec_module(importlib.util.module_from_spec(spec))
c=collections.Counter(l for it in lib.ITEMS for l in it['letters'])
rare=sum(any(l in 'CMDO' for l in it['letters']) for it in lib.ITEMS)
print('items',len(lib.ITEMS),'pages',len(lib.GEN),dict(c),'rare',rare, round(rare/len(lib.ITEMS),3))
