"""The false-alarm cost of issue 13's sentence model on real text: fire it on a corpus.

python benchmarks/scan_shape_model.py MODEL.json [--corpus /work/shared/corpus]
    [--threshold 0.9] [--sample 20] [--seed 20261202]

Every file is parsed as medlint parses it (masked text: code, links and markup blanked);
the main region's text is cut into sentences at ., ! or ? before a space and at line
breaks, and each sentence is scored by every class of the model. It prints, per class,
the sentences and files at or above the threshold and a seeded random sample of them to
read. No context guard is applied: the counts bound from above what a rule built on the
model would add.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from shape_model import Vocabulary, features, lexicon_words, load_models

from medlint.document import RegionKind
from medlint.parsing import parse
from medlint.ruleset import load_lexicon

SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+(?=\s|$)|\n|$)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    parser.add_argument("--threshold", type=float, action="append")
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20261202)
    args = parser.parse_args(argv)
    thresholds = args.threshold or [0.9]
    text = args.model.read_text(encoding="utf-8")
    models, _ = load_models(text)
    names = json.loads(text)["lexicons"]
    vocab = Vocabulary(
        {n: lexicon_words(load_lexicon(n)) for n in names[:-1]},
        lexicon_words(load_lexicon(names[-1])),
    )
    hits: dict[tuple[str, float], list[tuple[str, str, float]]] = {}
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file())
    sentences = 0
    for path in files:
        doc = parse(str(path), path.read_text(encoding="utf-8", errors="replace"))
        for m in SENTENCE.finditer(doc.masked):
            sentence = " ".join(m.group().split())
            if len(sentence) < 12 or doc.region_at(m.start()) != RegionKind.MAIN:
                continue
            sentences += 1
            found = features(sentence, vocab)
            for cls, model in models.items():
                p = model.score(found).probability
                for t in thresholds:
                    if p >= t:
                        hits.setdefault((cls, t), []).append((str(path), sentence, p))
    print(f"{len(files)} files, {sentences} main-text sentences")
    print(f"{'class':22} {'threshold':>9} {'sentences':>9} {'files':>6}")
    for cls in models:
        for t in thresholds:
            found_at = hits.get((cls, t), [])
            print(f"{cls:22} {t:9.2f} {len(found_at):9} {len({f for f, _, _ in found_at}):6}")
    for (cls, t), found_at in sorted(hits.items()):
        rng = random.Random(args.seed)
        chosen = rng.sample(found_at, min(args.sample, len(found_at)))
        print(f"\n## {cls} >= {t}: sample of {len(chosen)} of {len(found_at)}")
        for path, sentence, p in chosen:
            print(f"- {p:.2f} {Path(path).relative_to(args.corpus)}: {sentence[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
