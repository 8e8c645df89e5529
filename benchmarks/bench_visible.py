"""Time the visible-metadata recogniser against bare spaCy tokenization of the same texts.

    python benchmarks/bench_visible.py [CORPUS_DIR] [--limit N]

Prints the reference (spaCy blank("en") tokenization), the parsers alone (structured
metadata, no recogniser), the recogniser alone (medlint.visible.recognise on the parsed
documents) and their ratios to the reference, measured back to back in one run; then how
many articles got an update date, a reviewer and a review status from their visible text.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = parser.parse_args()

    from medlint import document as d
    from medlint.discovery import discover
    from medlint.parsing import parser_for
    from medlint.reading import read_text
    from medlint.visible import recognise

    paths = list(discover([args.corpus]))[: args.limit or None]
    texts = [(p, t) for p in paths if (t := read_text(p)[0]) is not None]
    if not texts:
        print(f"no articles found under {args.corpus}", file=sys.stderr)
        return 2

    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    start = time.perf_counter()
    for _path, text in texts:
        nlp.make_doc(text)
    reference = time.perf_counter() - start

    start = time.perf_counter()
    documents = [parser_for(path)(path, text) for path, text in texts]
    parsing = time.perf_counter() - start

    start = time.perf_counter()
    found = [recognise(document) for document in documents]
    recognising = time.perf_counter() - start

    def having(*keys: str) -> int:
        return sum(1 for facts in found if any(f.key in keys for f in facts))

    size = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    print(f"{len(texts)} files, {size:.1f} MB")
    print(f"spaCy tokenization (reference): {reference:7.2f} s  1.00")
    print(f"parsers alone:                  {parsing:7.2f} s  {parsing / reference:.2f}")
    print(f"visible-metadata recogniser:    {recognising:7.2f} s  {recognising / reference:.2f}")
    print(
        f"articles with a visible update date: "
        f"{having(d.DATE_MODIFIED, d.LAST_REVIEWED, d.DATE_PUBLISHED)}, "
        f"reviewer: {having(d.REVIEWED_BY)}, review status: {having(d.REVIEW_STATUS)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
