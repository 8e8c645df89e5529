# sent97: quick label tally over batches (written anew)
import sys, os, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'batches')); sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import genres, lib
c = collections.Counter(l for it in lib.ITEMS for l in it['letters'])
hard = sum(1 for it in lib.ITEMS if 'C' not in it['letters'] and 'hard negative' in it['notes'])
print(dict(c), 'items', len(lib.ITEMS), 'pages', len(lib.GEN), 'hard negatives (any class, non-C items)', hard)
