"""rel61: write excluded.json (URLs used anywhere in tests/eval, skipping the rel60-rel63 folders;
domains of rel, rel16-rel19, rel21-rel59); same output format as reltools.exclude."""

import glob
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import reltools  # noqa: E402

EARLIER = ("reliability", "reliability16", "reliability17", "reliability18", "reliability19") + tuple(
    f"reliability{n}" for n in range(21, 60))
SKIP = ("/reliability60/", "/reliability61/", "/reliability62/", "/reliability63/")

here = os.path.dirname(os.path.abspath(__file__))
evals = (os.path.abspath(os.path.join(here, "..", "..")), "/work/main/tests/eval")
files = []
for ev in evals:
    files += glob.glob(ev + "/**/*.jsonl", recursive=True)
    files += glob.glob(ev + "/**/*urls*.txt", recursive=True)
files = [f for f in files if not any(s in f for s in SKIP)]
urls = set()
for f in files:
    for m in reltools.URL.findall(reltools._read(f)):
        urls.add(m.rstrip(".,;"))
domains = set()
for name in EARLIER:
    for line in reltools._read(os.path.join(evals[0], name, "documents.jsonl")).splitlines():
        url = json.loads(line).get("url") or ""
        if url.startswith("http"):
            domains.add(reltools.dom(url))
out = {"urls": sorted({reltools.norm(u) for u in urls}), "domains": sorted(domains)}
reltools._write_json(os.path.join(here, "excluded.json"), out)
print("files", len(files), "urls", len(urls), "excluded domains", len(domains))
