# sent59 (round 35): running tally of labelled items per class over the batch files (a quick check between batches).
import sys, glob, importlib.util, collections
sys.path.insert(0,'/work/wt/s59/tests/eval/sentences/test59-tools/batches')
import lib
for f in sorted(glob.glob('/work/wt/s59/tests/eval/sentences/test59-tools/batches/b*.py')):
    spec=importlib.util.spec_from_file_location(f[-6:-3],f); spec.loader.exec_module(importlib.util.module_from_spec(spec))
c=collections.Counter(l for it in lib.ITEMS for l in it['letters'])
rare=sum(any(l in 'CMDO' for l in it['letters']) for it in lib.ITEMS)
print('items',len(lib.ITEMS),'pages',len(lib.GEN),dict(c),'rare',rare, round(rare/len(lib.ITEMS),3))
