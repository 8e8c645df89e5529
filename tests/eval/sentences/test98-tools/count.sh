cd "$(dirname "$0")" && python3 -c "
import sys,glob; sys.path.insert(0,'batches'); import lib
for f in sorted(glob.glob('batches/b*.py')): exec(open(f).read())
from collections import Counter; c=Counter(l for i in lib.ITEMS for l in i['letters']); print(len(lib.ITEMS), dict(c), 'pages', len(lib.GEN), 'C-neg-hard', sum(1 for i in lib.ITEMS if 'C' not in i['letters'] and 'hard negative' in i['notes']))"
