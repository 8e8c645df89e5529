"""Train and measure the sentence classifiers used as a second signal (development only).

    python tools/sentence_model.py cv [--linted]     # 5-fold CV grouped by source page
    python tools/sentence_model.py train             # write rules/models/*.npz

Data: the shippable labelled sentences of tests/eval/sentences in the splits ``dev`` and
``dev2`` only (never test, test2 or anything else). Features: medlint.sentencemodel.features.
Needs scikit-learn and scipy (``pip install scikit-learn``), which medlint does not need
at run time.

``cv`` trains on four folds and scores the fifth, folds grouped by source page (a page's
sentences never straddle training and scoring; each written variant is its own group), and
prints per class: the rules alone, the classifier alone, rules OR classifier (unguarded,
on the items as scored by the rules), and with ``--linted`` rules OR classifier as the
shipped rule runs it: the fold's model written to a file and the held-out items linted with
the rule option that names it, so the classifier counts only where the rule's context
handling lets it (not negated, reported, debunking, a question, a heading ...).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from medlint.engine import Linter, Options
from medlint.evaluation import SentenceItem, evaluate_sentences, load_sentences
from medlint.sentencemodel import SentenceModel, features

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("dev", "dev2")
BITS = 18
C = 4.0
SEED = 13
WEIGHT: str | None = "balanced"
# class -> the rule code whose file names the model (rules/models/<code>.npz)
CLASSES = {
    "cure_or_safety_claim": "MED201",
    "medication_advice": "MED202",
    "discourages_care": "MED111",
    "dose_instruction": "MED301",
}
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def items() -> list[SentenceItem]:
    chosen = [i for i in load_sentences(ROOT / "tests/eval/sentences") if i.split in SPLITS]
    assert all(i.split in SPLITS for i in chosen)
    return chosen


def group_of(item: SentenceItem) -> str:
    return item.id if item.kind == "variant" or not item.source else item.source


def matrix(texts: Sequence[str]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        found = features(text, BITS)
        rows += [r] * len(found)
        cols += found
        vals += [1 / max(len(found), 1) ** 0.5] * len(found)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << BITS), dtype=np.float64)


def fit(x: csr_matrix, y: np.ndarray) -> SentenceModel:
    model = LogisticRegression(C=C, max_iter=2000, class_weight=WEIGHT)
    model.fit(x, y)
    return SentenceModel(model.coef_[0].astype(np.float32), float(model.intercept_[0]), BITS)


def folds(data: list[SentenceItem], cls: str) -> list[tuple[np.ndarray, np.ndarray]]:
    y = np.array([i.labels.get(cls, False) for i in data])
    groups = [group_of(i) for i in data]
    splitter = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED)
    return list(splitter.split(np.zeros(len(data)), y, groups))


def f1(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{tp:3}/{fp:3}/{fn:3}  P {p:.2f}  R {r:.2f}  F1 {f:.2f}"


def counts(labels: np.ndarray, found: np.ndarray) -> tuple[int, int, int]:
    return (
        int((labels & found).sum()),
        int((~labels & found).sum()),
        int((labels & ~found).sum()),
    )


def cross_validate(linted: bool, chosen: Sequence[str]) -> None:
    data = items()
    x = matrix([i.text for i in data])
    today = dt.date(2026, 12, 1)
    rules = {
        (o.item.id, o.cls): o.detected
        for o in evaluate_sentences(data, list(CLASSES), Linter(Options(today=today)))
    }
    by_id = {i.id: n for n, i in enumerate(data)}
    print(f"{len(data)} sentences (splits {', '.join(SPLITS)}), 5 folds grouped by page")
    for cls, code in CLASSES.items():
        if chosen and cls not in chosen:
            continue
        y = np.array([i.labels.get(cls, False) for i in data])
        rule = np.array([rules[(i.id, cls)] for i in data])
        prob = np.zeros(len(data))
        gated: dict[float, np.ndarray] = {t: np.zeros(len(data), bool) for t in THRESHOLDS}
        for train, test in folds(data, cls):
            model = fit(x[train], y[train])
            prob[test] = [model.probability(data[n].text) for n in test]
            if linted:
                with tempfile.TemporaryDirectory() as folder:
                    path = Path(folder) / f"{code}.npz"
                    model.save(path)
                    for t in THRESHOLDS:
                        opts = (
                            (code, "model", str(path)),
                            (code, "model_threshold", t),
                        )
                        linter = Linter(Options(today=today, rule_options=opts))
                        chosen = [data[n] for n in test]
                        for o in evaluate_sentences(chosen, [cls], linter):
                            gated[t][by_id[o.item.id]] = o.detected
        print(f"\n{cls} ({int(y.sum())} positive)")
        print(f"  rules alone                 {f1(*counts(y, rule))}")
        for t in THRESHOLDS:
            alone = prob >= t
            print(f"  classifier alone     >= {t}  {f1(*counts(y, alone))}")
            print(f"  rules OR classifier  >= {t}  {f1(*counts(y, rule | alone))}")
            if linted:
                print(f"  linted, guarded      >= {t}  {f1(*counts(y, gated[t]))}")


def train() -> None:
    data = items()
    x = matrix([i.text for i in data])
    folder = ROOT / "rules/models"
    folder.mkdir(exist_ok=True)
    for cls, code in CLASSES.items():
        y = np.array([i.labels.get(cls, False) for i in data])
        path = folder / f"{code}.npz"
        fit(x, y).save(path)
        print(f"{path.relative_to(ROOT)}: {cls}, {int(y.sum())} positive of {len(data)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("cv", "train"))
    parser.add_argument("--linted", action="store_true")
    parser.add_argument("--class", dest="classes", action="append", choices=list(CLASSES))
    args = parser.parse_args(argv)
    if args.command == "cv":
        cross_validate(args.linted, args.classes or [])
    else:
        train()
    return 0


if __name__ == "__main__":
    sys.exit(main())
