"""Real web pages medlint was not written for: Mozilla Readability's 130 test pages.

    git clone --depth 1 https://github.com/mozilla/readability /tmp/readability
    python benchmarks/eval_web_pages.py /tmp/readability/test/test-pages

Each folder holds a real page as a site served it (``source.html``) and the article text
Readability extracts from it (``expected.html``). Two measures:

1. **Main content.** Word-multiset precision and recall of medlint's main region
   (``inspection.region_text``) against Readability's article, per page (CJK characters
   counted one by one); the whole page's text is the floor a tool that reads everything gets.
2. **False alarms on pages that are not about health.** 126 of the pages are not about health
   (labels in ``tests/eval/webpages/health.jsonl``, written by a helper who had not read the
   rules, from each page's title and article); the judgement rules (cure claims, medication
   advice, discouraging care, doses, red flags, the safety net) should find nothing there, so
   every finding of theirs on such a page is a false alarm. The metadata rules (disclaimer,
   review, dates, consult prompt, readability) are listed for information: a health
   publisher's pages are all health pages.

The pages are third-party copies (news, blogs, documentation) kept in Readability's
repository under its Apache-2.0 licence; they are not copied here.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import statistics
import sys
from pathlib import Path

import lxml.html

from medlint import reading
from medlint.engine import Linter, Options
from medlint.inspection import region_text

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests/eval/webpages/health.jsonl"
CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
WORD = re.compile(f"[{CJK}]|[^\\W{CJK}]+")  # CJK characters one by one
JUDGEMENT = ("MED109", "MED111", "MED112", "MED201", "MED202", "MED301")


def words(text: str) -> collections.Counter[str]:
    return collections.Counter(w.lower() for w in WORD.findall(text))


def overlap(
    found: collections.Counter[str], expected: collections.Counter[str]
) -> tuple[float, float]:
    shared = sum((found & expected).values())
    return shared / max(1, sum(found.values())), shared / max(1, sum(expected.values()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path, help="readability's test/test-pages folder")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--today", default="2026-12-02")
    parser.add_argument("--show", action="store_true", help="list the judgement findings")
    args = parser.parse_args()
    labels = {
        row["page"]: row
        for row in map(json.loads, args.labels.read_text(encoding="utf-8").splitlines())
    }
    linter = Linter(Options(today=dt.date.fromisoformat(args.today)))
    rows = []
    fired: dict[bool, collections.Counter[str]] = {
        True: collections.Counter(),
        False: collections.Counter(),
    }
    shown = []
    for folder in sorted(p for p in args.pages.iterdir() if (p / "source.html").is_file()):
        source = folder / "source.html"
        data, problem = reading.read_bytes(str(source))
        if data is None:
            print(f"{folder.name}: unreadable: {problem}", file=sys.stderr)
            continue
        document, decoded = reading.read_document(f"{folder.name}.html", data)
        if document is None:
            print(f"{folder.name}: {decoded.problem}", file=sys.stderr)
            continue
        regions = region_text(document)
        expected_file = folder / "expected.html"
        if expected_file.is_file():
            expected = words(lxml.html.fromstring(expected_file.read_text("utf-8")).text_content())
            main_p, main_r = overlap(words(regions["main"]), expected)
            whole_p, whole_r = overlap(words(" ".join(regions.values())), expected)
            rows.append((folder.name, main_p, main_r, whole_p, whole_r))
        health = bool(labels.get(folder.name, {}).get("health"))
        result, _crashes = linter.lint_text(
            f"{folder.name}.html", document.source, encoding=(decoded.encoding, decoded.how)
        )
        for code in sorted({v.code for v in result.violations}):
            fired[health][code] += 1
        shown += [
            f"{folder.name} ({'health' if health else 'not health'}) {v.code}: {v.message[:140]}"
            for v in result.violations
            if v.code in JUDGEMENT
        ]
    print(f"main content against Readability's article, {len(rows)} pages:")
    for index, name in (
        (1, "main precision"),
        (2, "main recall"),
        (3, "whole-page precision"),
        (4, "whole-page recall"),
    ):
        values = [row[index] for row in rows]
        mean, median = statistics.mean(values), statistics.median(values)
        print(f"  {name:22} mean {mean:.3f}  median {median:.3f}")
    print(
        f"  pages with main recall < 0.5: {sum(r[2] < 0.5 for r in rows)}; "
        f"main precision < 0.5: {sum(r[1] < 0.5 for r in rows)}"
    )
    for row in sorted(rows, key=lambda r: r[2])[:5]:
        name, main_p, main_r, whole_p, whole_r = row
        print(
            f"    {name:34} main P {main_p:.2f} R {main_r:.2f}"
            f" | whole P {whole_p:.2f} R {whole_r:.2f}"
        )
    counts = collections.Counter(bool(labels.get(p, {}).get("health")) for p in labels)
    print(
        f"\npages with a finding, per rule ({counts[False]} not about health"
        f" / {counts[True]} health):"
    )
    for code in sorted(fired[False] | fired[True]):
        mark = "  <- false alarms" if code in JUDGEMENT and fired[False][code] else ""
        print(f"  {code}  {fired[False][code]:4d} / {fired[True][code]:2d}{mark}")
    if args.show:
        print("\n" + "\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
