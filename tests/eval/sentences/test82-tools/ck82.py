import re,sys
norm=lambda u: re.sub(r'^https?://(www\.)?', '', u.strip()).split('#')[0].rstrip('/').lower()
ex=set(open('excl_norm.txt').read().split('\n'))
dom=lambda u: norm(u).split('/')[0]
exd={dom(u) for u in ex if u}
for u in sys.argv[1:]:
    print('EXCL' if norm(u) in ex else ('DOMUSED' if dom(u) in exd else 'ok'), u)
