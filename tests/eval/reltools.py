"""The shared tools of the blind page sets (rel23 onward): exclude, check, add and build.

Each set's ``tools/`` keeps thin scripts that name the set and the earlier sets whose domains
it excludes (its record of how it was built); the logic lives here once. The labelling briefs
(tests/eval/reliabilityNN/LABELLING.md) say how a labeller runs them:

- ``exclude.py``: collect the URLs already used anywhere in tests/eval and the domains of the
  earlier sets; write ``excluded.json`` beside the script (git-ignored); print counts only;
- ``check.py URL...``: USED-URL / USED-DOMAIN / ok per URL;
- ``add.py ID URL SOURCE TITLE < excerpt``: store a page text, with front matter, outside the
  repository (``/work/restricted-eval/<set>/docs/ID.md``);
- ``build.py ROOT OUT_RESTRICTED [OUT_REPO]``: build ``documents.jsonl`` from the stored front
  matter and ``tools/labels.py`` and check it (paths exist, hashes match, ids unique, one page
  per domain, no used URL or earlier set's domain, ``unsafe_quote`` an exact substring of the
  text exactly when ``unsafe_advice``).
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

EVAL = os.path.dirname(os.path.abspath(__file__))
RESTRICTED = "/work/restricted-eval"
URL = re.compile(r'https?://[^\s"\'<>)\]\\]+')
CRITERIA = ["accuracy_balance", "claims", "care_prompt", "sources", "authorship_review", "date",
            "risks_uncertainty", "advertising"]  # fmt: skip
LICENCE = (
    "third-party copyrighted web page; excerpt as returned by the stored 'pages' search corpus; "
    "kept only as evaluation input outside the repository, do not redistribute"
)


def dom(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def norm(url: str) -> str:
    return dom(url) + urlparse(url).path.rstrip("/")


def _read(path: str, mode: str = "r") -> Any:
    with open(
        path, mode, **({} if "b" in mode else {"encoding": "utf-8", "errors": "replace"})
    ) as f:
        return f.read()


def _write_json(path: str, value: Any) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f)


def _excluded_path(script: str) -> str:
    return os.path.join(os.path.dirname(os.path.abspath(script)), "excluded.json")


def exclude(script: str, set_dir: str, earlier: Sequence[str]) -> None:
    """Write excluded.json beside ``script``: every URL in tests/eval (this checkout's and
    /work/main's) outside ``set_dir``, and the domains of the ``earlier`` sets' rows."""
    evals = (os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(script)), "..", "..")),
             "/work/main/tests/eval")  # fmt: skip
    files: list[str] = []
    for ev in evals:
        files += glob.glob(ev + "/**/*.jsonl", recursive=True)
        files += glob.glob(ev + "/**/*urls*.txt", recursive=True)
    files = [f for f in files if f"/{set_dir}/" not in f]
    urls = set()
    for f in files:
        for m in URL.findall(_read(f)):
            urls.add(m.rstrip(".,;"))
    domains = set()
    for name in earlier:
        for line in _read(os.path.join(evals[0], name, "documents.jsonl")).splitlines():
            url = json.loads(line).get("url") or ""
            if url.startswith("http"):
                domains.add(dom(url))
    out = {"urls": sorted({norm(u) for u in urls}), "domains": sorted(domains)}
    _write_json(_excluded_path(script), out)
    print("files", len(files), "urls", len(urls), "excluded domains", len(domains))


def check(script: str, urls: Sequence[str]) -> None:
    ex = json.loads(_read(_excluded_path(script)))
    used_urls, used_domains = set(ex["urls"]), set(ex["domains"])
    for u in urls:
        used = "USED-DOMAIN" if dom(u) in used_domains else "ok"
        print("USED-URL" if norm(u) in used_urls else used, u)


def page_file(
    title: str, url: str, source: str, text: str, extra: Sequence[tuple[str, str]] = ()
) -> str:
    """A stored page: front matter (title, url, source, then ``extra`` fields), then the
    excerpt. Every set's recorded ``sha256`` is of this text, so a page rebuilt from its row
    and its excerpt (round 55's recovery) must come from here too."""

    def quoted(s: str) -> str:
        return '"' + s.replace('"', "'") + '"'

    fields = "".join(f"{key}: {value}\n" for key, value in extra)
    front = f"---\ntitle: {quoted(title)}\nurl: {url}\nsource: {quoted(source)}\n{fields}---\n"
    return front + text.rstrip("\n") + "\n"


def add(set_dir: str, argv: Sequence[str], text: str) -> None:
    i, url, source, title = argv[:4]
    path = os.path.join(RESTRICTED, set_dir, "docs", i + ".md")
    assert not os.path.exists(path), path
    with open(path, "w", encoding="utf-8") as f:
        f.write(page_file(title, url, source, text))
    print("wrote", path, len(text))


def front(path: str) -> dict[str, str]:
    m = re.match(r"---\n(.*?)\n---\n", _read(path), re.S)
    assert m, path
    found = {}
    for line in m.group(1).splitlines():
        key, value = line.split(":", 1)
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1]
        found[key.strip()] = value
    return found


def build(script: str, argv: Sequence[str]) -> list[dict[str, Any]]:
    """Rows from ``tools/labels.py`` (ROWS, Q) beside ``script`` and the stored front matter,
    checked, written to OUT_RESTRICTED (and OUT_REPO when given), with counts printed."""
    here = os.path.dirname(os.path.abspath(script))
    sys.path.insert(0, here)
    from labels import ROWS, Q  # type: ignore[import-not-found]

    root, out_restricted = argv[:2]
    out_repo = argv[2] if len(argv) > 2 else None
    rows = []
    for row in ROWS:
        i, genre, rel, sc, partial, dtype, lean, why, note, q, picked, unsafe, uquote, wsw, wsp = (
            row
        )
        path = os.path.join(root, "docs", i + ".md")
        assert os.path.exists(path), path
        fm = front(path)
        rows.append({
            "id": i, "title": fm["title"], "url": fm["url"], "location": "restricted",
            "path": f"docs/{i}.md", "reliable": rel,
            "scores": {c: int(s) for c, s in zip(CRITERIA, sc, strict=True)},
            "why": why, "partial": partial, "licence": LICENCE, "doc_type": dtype,
            "source_leaning": lean, "note": note, "genre": genre,
            "sha256": hashlib.sha256(_read(path, "rb")).hexdigest(),
            "source": fm.get("source", ""), "search_query": Q[q], "picked_because": picked,
            "unsafe_advice": unsafe, "unsafe_quote": uquote,
            "warning_signs_warranted": wsw, "warning_signs_present": wsp,
        })  # fmt: skip
        body = _read(path).split("\n---\n", 1)[1]
        if unsafe:
            assert uquote and uquote in body, ("unsafe_quote not in text", i)
        else:
            assert uquote == "", i
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    stored = sorted(f[:-3] for f in os.listdir(os.path.join(root, "docs")))
    assert sorted(ids) == stored, "docs/ and rows differ"
    domains = Counter(dom(r["url"]) for r in rows)
    assert all(v == 1 for v in domains.values()), [d for d, v in domains.items() if v > 1]
    ex = json.loads(_read(_excluded_path(script)))
    used_urls, used_domains = set(ex["urls"]), set(ex["domains"])
    clash = [r["id"] for r in rows if norm(r["url"]) in used_urls]
    assert not clash, ("URL already used", clash)
    clash = [r["id"] for r in rows if dom(r["url"]) in used_domains]
    assert not clash, ("domain of an earlier set", clash)
    for out in filter(None, (out_restricted, out_repo)):
        with open(out, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    _counts(rows, len(domains))
    return rows


def _counts(rows: list[dict[str, Any]], domains: int) -> None:
    print("rows", len(rows), "domains", domains)
    for key, n in sorted(Counter((r["genre"], r["reliable"]) for r in rows).items()):
        print(key, n)
    leaning = Counter((r["genre"], r["source_leaning"], r["reliable"]) for r in rows)
    print("genre x leaning x label", sorted(leaning.items()))
    hard = sum(r["note"].startswith("HARD") for r in rows)
    print("partial", sum(r["partial"] for r in rows), "hard calls", hard)
    warranted = sum(r["warning_signs_warranted"] for r in rows)
    present = sum(r["warning_signs_present"] for r in rows)
    both = sum(r["warning_signs_present"] and r["warning_signs_warranted"] for r in rows)
    print("unsafe_advice true", sum(r["unsafe_advice"] for r in rows), "warning_signs warranted",
          warranted, "present", present, "present&warranted", both)  # fmt: skip
    by_label = Counter((r["reliable"], r["unsafe_advice"]) for r in rows)
    print("unsafe by label", sorted(by_label.items()))
    spread = {
        label: [sum(r["scores"]["risks_uncertainty"] == k for r in rows if r["reliable"] == label)
                for k in (0, 1, 2)]
        for label in (True, False)
    }  # fmt: skip
    print("risks_uncertainty 0/1/2 by label", spread)
    for label in (True, False):
        chosen = [r for r in rows if r["reliable"] == label]
        if not chosen:
            continue
        means = {c: round(sum(r["scores"][c] for r in chosen) / len(chosen), 2) for c in CRITERIA}
        print("mean", label, means)
