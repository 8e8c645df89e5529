"""Syllable counts for MED501: pronunciation dictionary (CMUdict via pysyllables) vs pyphen.

python benchmarks/bench_syllables.py [CORPUS] [--articles 300] [--seed 13]

On a random sample of articles (Markdown parsed by medlint, sentences split at . ! ? on
the masked text, scored with the rule's own ``score``), prints: how many word tokens the
dictionary knows, how often pyphen's hyphenation count differs from the dictionary's and
in which direction, and the mean Flesch-Kincaid grade and SMOG with each method. Load cost
of the dictionary is printed as a ratio to ``import spacy`` in the same run.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

_SPLIT = re.compile(r"(?<=[.!?])\s+")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/work/shared/corpus")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    started = time.perf_counter()
    import spacy  # noqa: F401

    spacy_import = time.perf_counter() - started

    from medlint.checks import readability
    from medlint.parsing import parse

    started = time.perf_counter()
    table = readability._pronunciations()
    load = time.perf_counter() - started

    files = sorted(Path(args.corpus).rglob("*.md"))
    sample = random.Random(args.seed).sample(files, min(args.articles, len(files)))
    tokens = known = differ = fewer = 0
    grades: dict[str, list[float]] = {"dictionary": [], "pyphen": []}
    smogs: dict[str, list[float]] = {"dictionary": [], "pyphen": []}
    for path in sample:
        document = parse(str(path), path.read_text(encoding="utf-8"))
        sentences = [" ".join(s.split()) for s in _SPLIT.split(document.masked)]
        for word in (w.lower() for s in sentences for w in readability._WORD.findall(s)):
            tokens += 1
            if word in table:
                known += 1
                hyphen = readability.hyphenation_syllables(word)
                if hyphen != readability.syllables(word):
                    differ += 1
                    fewer += hyphen < readability.syllables(word)
        with_dictionary = readability.score(sentences)
        with mock.patch.object(readability, "syllables", readability.hyphenation_syllables):
            with_pyphen = readability.score(sentences)
        if with_dictionary is None or with_pyphen is None or with_dictionary.words < 100:
            continue
        grades["dictionary"].append(with_dictionary.flesch_kincaid)
        grades["pyphen"].append(with_pyphen.flesch_kincaid)
        smogs["dictionary"].append(with_dictionary.smog)
        smogs["pyphen"].append(with_pyphen.smog)

    n = len(grades["dictionary"])
    diff = [d - p for d, p in zip(grades["dictionary"], grades["pyphen"], strict=True)]
    print(f"articles scored (>= 100 words): {n} of {len(sample)}")
    print(f"word tokens: {tokens}; in the dictionary: {known} ({known / tokens:.1%})")
    print(
        f"dictionary words where pyphen differs: {differ} ({differ / known:.1%}); "
        f"pyphen fewer: {fewer} ({fewer / max(differ, 1):.0%} of those)"
    )
    for method in ("pyphen", "dictionary"):
        print(
            f"{method:<10} mean FK grade {statistics.mean(grades[method]):.2f}  "
            f"mean SMOG {statistics.mean(smogs[method]):.2f}"
        )
    print(
        f"FK grade, dictionary minus pyphen: mean {statistics.mean(diff):+.2f}, "
        f"median {statistics.median(diff):+.2f}, min {min(diff):+.2f}, max {max(diff):+.2f}"
    )
    print(
        f"dictionary load {load:.3f} s = {load / spacy_import:.2f}x import spacy "
        f"({spacy_import:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
