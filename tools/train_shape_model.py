"""Train the linear sentence model of issue 13 (tools/shape_model.py) and write its data file.

python tools/train_shape_model.py --out FILE.json [--date YYYY-MM-DD]

Reads only the development sentence splits (tests/eval/sentences: dev, test of the first
set, dev2, dev4, dev5; never test2-test6) and the rule lexicons named in LEXICONS.
Deterministic: the same data and lexicons give the same file (no randomness at all).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

from shape_model import LinearModel, Vocabulary, dumps_models, features, lexicon_words, train

from medlint.evaluation import SentenceItem, load_sentences
from medlint.ruleset import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests/eval/sentences"
DEV_SPLITS = ("dev", "test", "dev2", "dev4", "dev5")
CLASSES = ("cure_or_safety_claim", "medication_advice", "discourages_care")
LEXICONS = (
    "cure-claim",
    "change-verbs",
    "medicine",
    "medicine-names",
    "medication-stop",
    "care-professionals",
    "care-target",
    "care-treatment",
)
IMPERATIVE_LEXICON = "imperative-verbs"
HYPER = {"l2": 1e-3, "epochs": 300, "rate": 0.5, "min_count": 2}


def development_items(splits: Sequence[str] = DEV_SPLITS) -> list[SentenceItem]:
    return [i for i in load_sentences(SENTENCES) if i.split in splits]


def vocabulary() -> Vocabulary:
    return Vocabulary(
        {name: lexicon_words(load_lexicon(name)) for name in LEXICONS},
        lexicon_words(load_lexicon(IMPERATIVE_LEXICON)),
    )


def featurize(items: Sequence[SentenceItem]) -> list[dict[str, int]]:
    vocab = vocabulary()
    return [features(i.text, vocab) for i in items]


def fit(
    rows: Sequence[dict[str, int]], items: Sequence[SentenceItem], classes: Sequence[str] = CLASSES
) -> dict[str, LinearModel]:
    return {
        cls: train(rows, [i.labels.get(cls, False) for i in items], cls, **HYPER)  # type: ignore[arg-type]
        for cls in classes
    }


def data_digest(items: Sequence[SentenceItem]) -> str:
    h = hashlib.sha256()
    for i in sorted(items, key=lambda i: i.id):
        h.update(f"{i.id}\t{i.text}\t{sorted(i.labels.items())}\n".encode())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--date", default=dt.date.today().isoformat())
    parser.add_argument(
        "--splits",
        help="comma-separated development splits to train on (default: round 7's "
        f"{','.join(DEV_SPLITS)}; round 10 trains on dev splits only, never 'test')",
    )
    args = parser.parse_args(argv)
    splits = tuple(args.splits.split(",")) if args.splits else DEV_SPLITS
    if any(not s.startswith("dev") for s in splits) and args.splits:
        parser.error("--splits takes development splits only (dev, dev2, dev4, ...)")
    items = development_items(splits)
    models = fit(featurize(items), items)
    provenance = {
        "trained_by": "tools/train_shape_model.py",
        "date": args.date,
        "training_data": f"tests/eval/sentences, splits {', '.join(splits)}",
        "items": len(items),
        "positives": {c: sum(i.labels.get(c, False) for i in items) for c in CLASSES},
        "data_sha256_16": data_digest(items),
        "hyperparameters": HYPER,
        "figures": "docs/learned-model.md",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        dumps_models([models[c] for c in CLASSES], provenance, [*LEXICONS, IMPERATIVE_LEXICON]),
        encoding="utf-8",
    )
    weights = sum(len(m.weights) for m in models.values())
    print(f"wrote {args.out}: {len(items)} items, {weights} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
