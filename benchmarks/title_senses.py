"""Pages whose title or H1 names a topic trigger only as part of another established term.

python benchmarks/title_senses.py [CORPUS] [--list]

Reads every Markdown file under CORPUS (default /work/shared/corpus), reads its title and
first main H1 as the topic finder does (aboutness.titles), and counts the pages where a
trigger hit of the finder without ``OtherTerms`` is not a hit with them (round 16b): the
trigger is part of a longer WordNet term ("Hay Fever") or a lower-case acronym word.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from medlint.checks.aboutness import TopicFinder, titles
from medlint.checks.knowledge import load_guidance, load_other_terms, load_topics
from medlint.reading import read_document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/work/shared/corpus")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    guidance = load_guidance()
    topics = load_topics()
    plain = TopicFinder(topics, guidance.title_senses, guidance.title_reading)
    sensed = TopicFinder(topics, guidance.title_senses, guidance.title_reading, load_other_terms())
    pages, with_hits, words = 0, 0, Counter[str]()
    for path in sorted(Path(args.corpus).rglob("*.md")):
        document, _ = read_document(str(path), path.read_bytes())
        if document is None:
            continue
        pages += 1
        for where, text, _at in titles(document):
            before = {(h.topic.id, h.start, h.text) for h in plain._hits(text)}
            after = {(h.topic.id, h.start, h.text) for h in sensed._hits(text)}
            lost = sorted(before - after)
            if lost:
                with_hits += 1
                words.update(f"{t}:{w.lower()}" for t, _s, w in lost)
                if args.list:
                    print(
                        f"{path}\t{where}\t{text!r}\t{', '.join(f'{t}:{w}' for t, _s, w in lost)}"
                    )
                break
    print(f"{pages} pages; {with_hits} whose title/H1 names a trigger only inside another term")
    for word, n in words.most_common():
        print(f"  {n:4d} {word}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
