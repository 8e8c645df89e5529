"""usage: add.py ID URL SOURCE TITLE < excerpt  -> writes /work/restricted-eval/reliability33/docs/ID.md with front matter."""
import os, sys
i, url, source, title = sys.argv[1:5]
text = sys.stdin.read()
p = os.path.join('/work/restricted-eval/reliability33/docs', i + '.md')
assert not os.path.exists(p), p
def q(s): return '"' + s.replace('"', "'") + '"'
with open(p, 'w', encoding='utf-8') as f:
    f.write('---\ntitle: %s\nurl: %s\nsource: %s\n---\n%s' % (q(title), url, q(source), text.rstrip('\n') + '\n'))
print('wrote', p, len(text))
