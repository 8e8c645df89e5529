"""Issue 13, round 14: does a trained sentence classifier generalise where the rules did not?

python benchmarks/loso_sentence_model.py [--arch bow|ensemble] [--epochs 10] [--corpus 300]
    [--rules-cache FILE] [--splits dev7,dev9]

Round 10's spaCy ``textcat_multilabel`` (``benchmarks/train_sentence_model.py``: blank
English pipeline, ``spacy.TextCatBOW.v3`` over lowercased word 1-2-grams, no vectors, no
download, seed 13) against the shape rules, with round 14's protocol:

- Training data: the labelled sentence rows of the readable development splits only
  (dev, dev2, dev4, dev5, dev6, dev7, dev9, dev10, dev11). Held-out dev8 rows are never
  trained on; only its aggregates are printed. Files holding frozen test rows only
  (``fresh-web*.jsonl``) are never opened, and test rows of mixed files are dropped on
  reading (``train_sentence_model.load_dev_rows``).
- Leave-one-split-out over the readable splits: train on the other eight, score the left-out
  one. Then train on all nine and score dev8 (aggregates).
- Detectors per class, each threshold chosen on the training rows only (5-fold
  cross-validation grouped by source page, best out-of-fold F1; "P-bar": the lowest
  threshold whose combination keeps the rules' out-of-fold precision minus 0.05):
  the rules (medlint as ``benchmarks/eval_sentences.py`` scores them), the model alone,
  the model gated by the rules' context guards, rules OR model, rules OR gated model.
- The gate: the sentence is a question, or a cue of ``rules/context/cues.yaml`` in one of
  the class's guard categories matches anywhere in it (cure claims: negated, hypothetical,
  reported, debunking; medication advice: negated, reported, debunking - a conditional
  instruction is still an instruction; discouraging care: reported, debunking - its
  positives are negations). Sentence-level, so coarser than the rules' target-relative
  reading ("no side effects" is gated as negated).
- ``--corpus N``: the model trained on all readable rows, at the thresholds chosen on them,
  run over the main-text sentences of N corpus files (``random.Random(300)``, the sample
  round 10 used), firings counted per class and detector.

Fixed seeds throughout; the same data give the same tables.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tools"))

import train_sentence_model as tsm  # noqa: E402

CLASSES = tsm.CLASSES
READABLE = ("dev", "dev2", "dev4", "dev5", "dev6", "dev7", "dev9", "dev10", "dev11")
HELDOUT = "dev8"
GUARDS: dict[str, frozenset[str]] = {
    "cure_or_safety_claim": frozenset({"negated", "hypothetical", "reported", "debunking"}),
    "medication_advice": frozenset({"negated", "reported", "debunking"}),
    "discourages_care": frozenset({"reported", "debunking"}),
}
DETECTORS = (
    "rules",
    "model",
    "gated model",
    "rules OR model",
    "rules OR gated",
    "OR gated, P-bar",
    "OR gated, add-P",
)
ADDED_PRECISION = 0.8  # "add-P": the gated model's additions to the rules must be this precise


# --- the context gate -----------------------------------------------------------------


class Gate:
    """Sentence-level context guards from the rules' own cue bank."""

    def __init__(self) -> None:
        from medlint.engine import load_cues
        from medlint.nlp import PatternBank

        self.bank = PatternBank()
        self.bank.set_cues(load_cues())
        self._seen: dict[str, frozenset[str]] = {}

    def categories(self, text: str) -> frozenset[str]:
        found = self._seen.get(text)
        if found is None:
            from medlint.context import sentence_categories
            from medlint.nlp import Analysis
            from medlint.parsing import parse

            analysis = Analysis(parse("sentence.md", text + "\n"), self.bank)
            hits = analysis._state.cues_by_sentence.values()
            found = frozenset(h.cue.category for hs in hits for h in hs)
            found |= sentence_categories(text)
            self._seen[text] = found
        return found

    def guarded(self, text: str, cls: str) -> bool:
        found = self.categories(text)
        return "question" in found or bool(found & GUARDS[cls])


# --- detectors ------------------------------------------------------------------------


@dataclass(frozen=True)
class Thresholds:
    model: float
    gated: float
    either: float
    either_gated: float
    pbar_gated: float
    addp_gated: float


def best(labels: Sequence[bool], detect: Callable[[float], list[bool]]) -> float:
    scored = [(tsm.counts(labels, detect(t)).f1, -i, t) for i, t in enumerate(tsm.GRID)]
    return max(scored)[2]


def choose(
    labels: Sequence[bool], rules: Sequence[bool], guard: Sequence[bool], probs: Sequence[float]
) -> Thresholds:
    """Every threshold from the training rows' out-of-fold scores."""
    rows = list(zip(rules, guard, probs, strict=True))

    def alone(t: float) -> list[bool]:
        return [p >= t for _, _, p in rows]

    def gated(t: float) -> list[bool]:
        return [p >= t and not g for _, g, p in rows]

    def either(t: float) -> list[bool]:
        return [r or p >= t for r, _, p in rows]

    def either_gated(t: float) -> list[bool]:
        return [r or (p >= t and not g) for r, g, p in rows]

    floor = (tsm.counts(labels, list(rules)).p or 0.0) - 0.05
    pbar = 1.0
    for t in tsm.GRID:
        c = tsm.counts(labels, either_gated(t))
        if c.p is not None and c.p >= floor:
            pbar = t
            break
    # The lowest threshold at which what the gated model adds to the rules (its firings on
    # rows the rules miss) is ADDED_PRECISION precise out of fold, with at least 3 additions.
    addp = 1.0
    for t in tsm.GRID:
        added = [y for y, (r, g, p) in zip(labels, rows, strict=True) if not r and p >= t and not g]
        if len(added) >= 3 and sum(added) / len(added) >= ADDED_PRECISION:
            addp = t
            break
    return Thresholds(
        best(labels, alone),
        best(labels, gated),
        best(labels, either),
        best(labels, either_gated),
        pbar,
        addp,
    )


def detect(
    th: Thresholds, rules: Sequence[bool], guard: Sequence[bool], probs: Sequence[float]
) -> dict[str, tuple[float | None, list[bool]]]:
    rows = list(zip(rules, guard, probs, strict=True))
    return {
        "rules": (None, list(rules)),
        "model": (th.model, [p >= th.model for _, _, p in rows]),
        "gated model": (th.gated, [p >= th.gated and not g for _, g, p in rows]),
        "rules OR model": (th.either, [r or p >= th.either for r, _, p in rows]),
        "rules OR gated": (
            th.either_gated,
            [r or (p >= th.either_gated and not g) for r, g, p in rows],
        ),
        "OR gated, P-bar": (
            th.pbar_gated,
            [r or (p >= th.pbar_gated and not g) for r, g, p in rows],
        ),
        "OR gated, add-P": (
            th.addp_gated,
            [r or (p >= th.addp_gated and not g) for r, g, p in rows],
        ),
    }


# --- runs -----------------------------------------------------------------------------


def fit_model(
    texts: Sequence[str], labels: Sequence[dict[str, bool]], args: argparse.Namespace
) -> object:
    """A trained model: spaCy's textcat_multilabel, or round 7's linear model (--learner)."""
    if args.learner == "spacy":
        return tsm.train(texts, labels, args.epochs, args.length, args.ngram)
    import shape_model
    import train_shape_model

    vocab = train_shape_model.vocabulary()
    rows = [shape_model.features(t, vocab) for t in texts]
    return {
        c: shape_model.train(rows, [y[c] for y in labels], c, **train_shape_model.HYPER)  # type: ignore[arg-type]
        for c in CLASSES
    }


def score_model(
    model: object, texts: Sequence[str], args: argparse.Namespace
) -> list[dict[str, float]]:
    if args.learner == "spacy":
        return tsm.score(model, texts)
    import shape_model
    import train_shape_model

    vocab = train_shape_model.vocabulary()
    models = model if isinstance(model, dict) else {}
    found = []
    for t in texts:
        f = shape_model.features(t, vocab)
        found.append({c: models[c].score(f).probability for c in CLASSES})
    return found


def fitted(
    rows: Sequence[tsm.Row], args: argparse.Namespace
) -> tuple[object, dict[str, list[float]]]:
    """The model trained on ``rows`` and the rows' out-of-fold scores per class (folds
    grouped by source page, as round 10's)."""
    texts = [r.text for r in rows]
    fold = tsm.folds(rows, args.folds)
    oof: list[dict[str, float]] = [{} for _ in rows]
    for f in range(args.folds):
        inside = [i for i in range(len(rows)) if fold[i] != f]
        outside = [i for i in range(len(rows)) if fold[i] == f]
        model = fit_model([texts[i] for i in inside], [rows[i].labels for i in inside], args)
        for i, p in zip(
            outside, score_model(model, [texts[i] for i in outside], args), strict=True
        ):
            oof[i] = p
    model = fit_model(texts, [r.labels for r in rows], args)
    return model, {c: [p[c] for p in oof] for c in CLASSES}


def fmt(c: tsm.Counts) -> str:
    p = "-" if c.p is None else f"{c.p:.2f}"
    r = "-" if c.r is None else f"{c.r:.2f}"
    return f"{c.tp}/{c.fp}/{c.fn} {p} {r}"


def add(a: tsm.Counts, b: tsm.Counts) -> tsm.Counts:
    return tsm.Counts(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)


def evaluate(
    train_rows: Sequence[tsm.Row],
    test_rows: Sequence[tsm.Row],
    rules: dict[str, dict[str, bool]],
    gate: Gate,
    args: argparse.Namespace,
) -> tuple[object, dict[str, Thresholds], dict[str, dict[str, tuple[float | None, tsm.Counts]]]]:
    nlp, oof = fitted(train_rows, args)
    probs = score_model(nlp, [r.text for r in test_rows], args)
    chosen: dict[str, Thresholds] = {}
    table: dict[str, dict[str, tuple[float | None, tsm.Counts]]] = {}
    for c in CLASSES:
        chosen[c] = choose(
            [r.labels[c] for r in train_rows],
            [rules[r.id][c] for r in train_rows],
            [gate.guarded(r.text, c) for r in train_rows],
            oof[c],
        )
        labels = [r.labels[c] for r in test_rows]
        found = detect(
            chosen[c],
            [rules[r.id][c] for r in test_rows],
            [gate.guarded(r.text, c) for r in test_rows],
            [p[c] for p in probs],
        )
        table[c] = {k: (t, tsm.counts(labels, d)) for k, (t, d) in found.items()}
        SCORED.setdefault(c, []).extend(
            (y, rules[r.id][c], gate.guarded(r.text, c), p[c])
            for y, r, p in zip(labels, test_rows, probs, strict=True)
        )
    return nlp, chosen, table


# Every left-out row's (label, rule detection, guarded, model score) per class, for the
# diagnostic sweep (nothing is chosen from it).
SCORED: dict[str, list[tuple[bool, bool, bool, float]]] = {}


def print_sweep() -> None:
    """Pooled over the left-out splits, at fixed thresholds: the model alone, the gated
    model alone, and what the gated model adds to the rules (its firings on rows the rules
    miss). Diagnostic only: it shows the best any threshold could do."""
    print(
        "\n#### diagnostic sweep, pooled over the left-out splits (TP/FP P R;"
        " 'adds' = gated firings on rows the rules miss, TP/FP)"
    )
    print("| class | threshold | model | gated model | adds to the rules |")
    print("|---|---:|---|---|---|")
    for c, rows in SCORED.items():
        labels = [y for y, _, _, _ in rows]
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            alone = tsm.counts(labels, [p >= t for _, _, _, p in rows])
            gated = tsm.counts(labels, [p >= t and not g for _, _, g, p in rows])
            added = [y for y, r, g, p in rows if not r and not g and p >= t]
            print(
                f"| {c} | {t:.1f} | {fmt(alone)} | {fmt(gated)} |"
                f" {sum(added)}/{len(added) - sum(added)} |"
            )


def print_table(
    title: str, results: dict[str, dict[str, dict[str, tuple[float | None, tsm.Counts]]]]
) -> None:
    """One table per class: a row per split (TP/FP/FN P R, threshold), and the pool."""
    for c in CLASSES:
        print(f"\n#### {title}: {c} (TP/FP/FN P R; threshold chosen on the training rows)")
        print("| split | " + " | ".join(DETECTORS) + " |")
        print("|---|" + "---|" * len(DETECTORS))
        pooled = dict.fromkeys(DETECTORS, tsm.Counts(0, 0, 0))
        for split, table in results.items():
            cells = []
            for d in DETECTORS:
                t, v = table[c][d]
                pooled[d] = add(pooled[d], v)
                cells.append(fmt(v) + ("" if t is None else f" ({t:.2f})"))
            print(f"| {split} | " + " | ".join(cells) + " |")
        if len(results) > 1:
            print("| pooled | " + " | ".join(fmt(pooled[d]) for d in DETECTORS) + " |")


def corpus_firings(
    nlp: object, chosen: dict[str, Thresholds], gate: Gate, args: argparse.Namespace
) -> dict[str, dict[str, int]]:
    firing, _ = tsm.file_samples(args.corpus)
    sents: list[tuple[str, str]] = []
    for path in firing:
        sents.extend((str(path.relative_to(tsm.CORPUS)), s) for s in tsm.sentences_of(path))
    probs = score_model(nlp, [s for _, s in sents], args)
    print(
        f"\n### corpus: {len(firing)} files (seed 300), {len(sents)} main-text sentences;"
        " model-only firings (a rule finding is not counted) as sentences (files)"
    )
    print(
        "| class | model (thr) | gated model (thr) | OR gated (thr) | OR gated, P-bar (thr)"
        " | OR gated, add-P (thr) |"
    )
    print("|---|---|---|---|---|---|")
    report: dict[str, dict[str, int]] = {}
    shown: dict[str, list[tuple[float, str, str]]] = {}
    for c in CLASSES:
        th = chosen[c]
        cells = []
        report[c] = {}
        for name, t, gated in (
            ("model", th.model, False),
            ("gated model", th.gated, True),
            ("OR gated", th.either_gated, True),
            ("OR gated, P-bar", th.pbar_gated, True),
            ("OR gated, add-P", th.addp_gated, True),
        ):
            hit = [
                (p[c], f, s)
                for (f, s), p in zip(sents, probs, strict=True)
                if p[c] >= t and not (gated and gate.guarded(s, c))
            ]
            report[c][name] = len(hit)
            cells.append(f"{len(hit)} ({len({f for _, f, _ in hit})}) ({t:.2f})")
            if name == "OR gated":
                shown[c] = sorted(hit, reverse=True)[:6]
        print(f"| {c} | " + " | ".join(cells) + " |")
    for c, found in shown.items():
        print(f"\n{c}: highest-scoring corpus firings at the OR-gated threshold")
        for p_, f, s in found:
            print(f"- {p_:.2f} {f}: {s[:150]}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learner", choices=("spacy", "linear"), default="spacy")
    parser.add_argument("--arch", choices=("bow", "ensemble"), default="bow")
    parser.add_argument("--folds", type=int, default=5, help="inner folds for thresholds")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--length", type=int, default=2**16)
    parser.add_argument("--ngram", type=int, default=2)
    parser.add_argument("--splits", help="comma-separated left-out splits (default: all nine)")
    parser.add_argument("--no-dev8", action="store_true", help="skip the held-out dev8 run")
    parser.add_argument("--corpus", type=int, default=0, help="corpus files to fire on")
    parser.add_argument("--rules-cache", type=Path, default=Path("/tmp/s14-rules-cache.json"))
    parser.add_argument("--out", type=Path, help="write the figures as JSON")
    args = parser.parse_args(argv)
    args.corpus_negatives = 0  # train_sentence_model.out_of_fold reads it
    args.sample = max(args.corpus, 300)
    tsm.ARCH[0] = args.arch
    start = time.time()
    every = tsm.load_dev_rows()
    rules = tsm.rules_detections(every, args.rules_cache)
    readable = [r for r in every if r.split in READABLE]
    heldout = [r for r in every if r.split == HELDOUT]
    del every  # nothing below reads a dev8 row but to score it
    data_hash = hashlib.sha256(
        json.dumps([[r.id, r.text, [r.labels[c] for c in CLASSES]] for r in readable]).encode()
    ).hexdigest()[:16]
    print(
        f"readable dev rows {len(readable)} (sha256 {data_hash}); positives: "
        + ", ".join(f"{c} {sum(r.labels[c] for r in readable)}" for c in CLASSES)
        + f"; learner {args.learner}; arch {args.arch}; folds {args.folds}"
        + f"; epochs {args.epochs}; ngram 1-{args.ngram}; seed {tsm.SEED}"
    )
    gate = Gate()
    left_out = args.splits.split(",") if args.splits else list(READABLE)
    loso: dict[str, dict[str, dict[str, tuple[float | None, tsm.Counts]]]] = {}
    for split in left_out:
        train_rows = [r for r in readable if r.split != split]
        test_rows = [r for r in readable if r.split == split]
        _, _, loso[split] = evaluate(train_rows, test_rows, rules, gate, args)
        print(f"(left out {split}: {len(test_rows)} rows, {time.time() - start:.0f}s)", flush=True)
    print_table("leave-one-split-out", loso)
    print_sweep()
    report: dict[str, object] = {
        "data_sha256": data_hash,
        "args": {k: str(v) for k, v in vars(args).items()},
        "loso": {
            s: {c: {d: [t, v.tp, v.fp, v.fn] for d, (t, v) in tab.items()} for c, tab in t_.items()}
            for s, t_ in loso.items()
        },
    }
    if not args.no_dev8:
        nlp, chosen, table = evaluate(readable, heldout, rules, gate, args)
        print_table(
            f"held out {HELDOUT} (aggregates; trained on all readable rows)", {HELDOUT: table}
        )
        report[HELDOUT] = {
            c: {d: [t, v.tp, v.fp, v.fn] for d, (t, v) in tab.items()} for c, tab in table.items()
        }
        if args.corpus:
            report["corpus"] = corpus_firings(nlp, chosen, gate, args)
    if args.out:
        args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"\n({time.time() - start:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
