"""Issue 13, round 10: does a trained spaCy sentence classifier beat the shape rules on fresh text?

python benchmarks/train_sentence_model.py [--heldout dev8 --heldout dev7 --heldout dev6]
    [--corpus-negatives 0|N] [--rules-cache FILE] [--sample 300] [--out FILE.json]

A ``spacy.blank("en")`` pipeline with one ``textcat_multilabel`` component
(``spacy.TextCatBOW.v3``, word unigrams and bigrams of the lowercased sentence, a small
hashed table) is trained on the development sentence rows only (split starting "dev"; the
files that hold frozen test rows only, ``fresh-web*.jsonl``, are never opened) for the
classes cure_or_safety_claim, medication_advice and discourages_care.

Leave-one-split-out: for each held-out split (dev8, dev7, dev6) the model is trained on
every other dev row and scored on the held-out split. Its thresholds are chosen on the
training rows only, by 5-fold cross-validation grouped by source page (a page's sentences,
or a block of ten consecutive written variants, never on both sides): the model alone at
the threshold of best out-of-fold F1; "rules OR model" at the threshold of best
out-of-fold F1 of the combination; "rules AND NOT veto" (a rule finding dropped when the
model scores it below a veto threshold) at the veto threshold of best out-of-fold F1. The
rules' detections are medlint's own (medlint.evaluation.evaluate_sentences, cached).

``--corpus-negatives N`` adds N main-text sentences of NIH/NCI corpus files as negatives
of every class (files drawn with a fixed seed, disjoint from the firing sample below and
from every file a dev sentence row was taken from).

Finally the model trained on every dev row is run over the main-text sentences of a fixed
random sample of ``--sample`` corpus files (seed 300) and the firings per class at its
chosen thresholds are counted: honest NIH text, so nearly every firing is a false alarm.
Fixed seeds throughout; the same data give the same figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "eval" / "sentences"
CORPUS = Path("/work/shared/corpus")
CLASSES = ("cure_or_safety_claim", "medication_advice", "discourages_care")
SEED = 13
SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+(?=\s|$)|\n|$)")
GRID = tuple(round(0.05 * i, 2) for i in range(1, 20))
VETO_GRID = (0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    split: str
    group: str
    labels: dict[str, bool]
    source: str


def load_dev_rows(paths: Sequence[Path] | None = None) -> list[Row]:
    """Every dev row of the sentence set (or of ``paths``); files that hold only frozen test
    rows are skipped unread, and test rows of mixed files are dropped before anything looks
    at them."""
    rows = []
    every = sorted(SENTENCES.glob("*.jsonl")) if paths is None else list(paths)
    for path in every:
        if path.name.startswith("fresh-web"):
            continue
        variant_number = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            data = json.loads(line)
            if data.get("kind") == "variant":
                variant_number += 1
            if not str(data["split"]).startswith("dev"):
                continue
            if data.get("kind") == "variant":
                group = f"{path.stem}:variants:{(variant_number - 1) // 10}"
            else:
                group = data.get("source") or data["id"]
            rows.append(
                Row(
                    data["id"],
                    " ".join(data["text"].split()),
                    data["split"],
                    group,
                    {c: bool(data["labels"].get(c, False)) for c in CLASSES},
                    data.get("source") or "",
                )
            )
    return rows


def rules_detections(rows: list[Row], cache: Path) -> dict[str, dict[str, bool]]:
    """The rules' detection of each class on each row, linted as eval_sentences.py does."""
    key = hashlib.sha256("\n".join(r.id for r in rows).encode()).hexdigest()[:16]
    if cache.exists():
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("key") == key:
            return {k: dict(v) for k, v in data["detected"].items()}
    from medlint.evaluation import evaluate_sentences, load_sentences

    wanted = {r.id for r in rows}
    # load_sentences reads every file; keep only the dev rows chosen above, by id.
    items = [i for i in load_sentences(SENTENCES) if i.id in wanted and i.split.startswith("dev")]
    detected: dict[str, dict[str, bool]] = {}
    for o in evaluate_sentences(items, classes=CLASSES):
        detected.setdefault(o.item.id, {})[o.cls] = o.detected
    cache.write_text(json.dumps({"key": key, "detected": detected}), encoding="utf-8")
    return detected


# --- the model ------------------------------------------------------------------------


def build(length: int, ngram: int, arch: str = "bow"):  # type: ignore[no-untyped-def]
    import spacy

    bow = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "ngram_size": ngram,
        "no_output_layer": False,
        "length": length,
    }
    tok2vec = {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 64,
        "depth": 2,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    }
    model: dict[str, object] = bow
    if arch == "ensemble":
        model = {
            "@architectures": "spacy.TextCatEnsemble.v2",
            "linear_model": bow | {"no_output_layer": False},
            "tok2vec": tok2vec,
        }
    elif arch == "cnn":
        model = {
            "@architectures": "spacy.TextCatCNN.v2",
            "exclusive_classes": False,
            "tok2vec": tok2vec,
        }
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat_multilabel", config={"threshold": 0.5, "model": model})
    return nlp


def prepare(text: str) -> str:
    return text.lower()


def train(
    texts: Sequence[str],
    labels: Sequence[dict[str, bool]],
    epochs: int,
    length: int,
    ngram: int,
):  # type: ignore[no-untyped-def]
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(SEED)
    nlp = build(length, ngram, ARCH[0])
    examples = [
        Example.from_dict(nlp.make_doc(prepare(t)), {"cats": {c: float(y[c]) for c in CLASSES}})
        for t, y in zip(texts, labels, strict=True)
    ]
    nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch([examples[i] for i in order], size=32):
            nlp.update(batch, drop=0.0, losses=losses)
    return nlp


def score(nlp, texts: Sequence[str]) -> list[dict[str, float]]:  # type: ignore[no-untyped-def]
    return [dict(d.cats) for d in nlp.pipe((prepare(t) for t in texts), batch_size=256)]


# --- scoring --------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    tp: int
    fp: int
    fn: int

    @property
    def p(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def r(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def counts(labels: Sequence[bool], detected: Sequence[bool]) -> Counts:
    pairs = list(zip(labels, detected, strict=True))
    return Counts(pairs.count((True, True)), pairs.count((False, True)), pairs.count((True, False)))


def folds(rows: Sequence[Row], k: int = 5) -> list[int]:
    """A fold per row, by a hash of its group: a group is never split."""
    return [int(hashlib.sha256(f"{SEED}:{r.group}".encode()).hexdigest(), 16) % k for r in rows]


def out_of_fold(rows: Sequence[Row], texts: Sequence[str], args) -> list[dict[str, float]]:  # type: ignore[no-untyped-def]
    fold = folds(rows)
    probs: list[dict[str, float]] = [{} for _ in rows]
    negatives = corpus_negatives(args)
    for f in range(5):
        train_idx = [i for i in range(len(rows)) if fold[i] != f]
        test_idx = [i for i in range(len(rows)) if fold[i] == f]
        nlp = train(
            [texts[i] for i in train_idx] + negatives,
            [rows[i].labels for i in train_idx] + [dict.fromkeys(CLASSES, False)] * len(negatives),
            args.epochs,
            args.length,
            args.ngram,
        )
        for i, p in zip(test_idx, score(nlp, [texts[i] for i in test_idx]), strict=True):
            probs[i] = p
    return probs


def choose(
    labels: Sequence[bool], rules: Sequence[bool], probs: Sequence[float]
) -> tuple[float, float, float]:
    """Thresholds of best out-of-fold F1: model alone, rules OR model, rules AND NOT veto."""

    def best(grid: Sequence[float], detect) -> float:  # type: ignore[no-untyped-def]
        scored = [
            (counts(labels, [detect(t, r, p) for r, p in zip(rules, probs, strict=True)]).f1, -i, t)
            for i, t in enumerate(grid)
        ]
        return max(scored)[2]

    alone = best(GRID, lambda t, r, p: p >= t)
    either = best(GRID, lambda t, r, p: r or p >= t)
    veto = best(VETO_GRID, lambda t, r, p: r and p >= t)
    return alone, either, veto


def constrained(labels: Sequence[bool], rules: Sequence[bool], probs: Sequence[float]) -> float:
    """The lowest threshold at which rules OR model keeps the rules' out-of-fold precision
    minus 0.05 (the adoption bar) on the training rows."""
    floor = (counts(labels, rules).p or 0.0) - 0.05
    for t in GRID:
        c = counts(labels, [r or p >= t for r, p in zip(rules, probs, strict=True)])
        if c.p is not None and c.p >= floor:
            return t
    return 1.0


# --- corpus ---------------------------------------------------------------------------


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*.md") if p.is_file())


def used_sources() -> set[str]:
    return {
        r.source.removeprefix("corpus:") for r in load_dev_rows() if r.source.startswith("corpus:")
    }


def file_samples(sample: int) -> tuple[list[Path], list[Path]]:
    """The firing sample (seed 300) and the pool corpus negatives are drawn from (the rest,
    shuffled with seed SEED); files a dev row was taken from are in neither."""
    used = used_sources()
    files = [p for p in corpus_files() if str(p.relative_to(CORPUS)) not in used]
    firing = random.Random(300).sample(files, sample)
    chosen = set(firing)
    pool = [p for p in files if p not in chosen]
    random.Random(SEED).shuffle(pool)
    return firing, pool


def sentences_of(path: Path) -> list[str]:
    from medlint.document import RegionKind
    from medlint.parsing import parse

    doc = parse(str(path), path.read_text(encoding="utf-8", errors="replace"))
    found = []
    for m in SENTENCE.finditer(doc.masked):
        sentence = " ".join(m.group().split())
        if len(sentence) >= 12 and doc.region_at(m.start()) == RegionKind.MAIN:
            found.append(sentence)
    return found


_NEGATIVES: dict[int, list[str]] = {}
ARCH = ["bow"]  # set once from --arch


def corpus_negatives(args) -> list[str]:  # type: ignore[no-untyped-def]
    n = args.corpus_negatives
    if n <= 0:
        return []
    if n not in _NEGATIVES:
        _, pool = file_samples(args.sample)
        found: list[str] = []
        for path in pool:
            found.extend(sentences_of(path)[:20])
            if len(found) >= n:
                break
        _NEGATIVES[n] = found[:n]
    return _NEGATIVES[n]


# --- main -----------------------------------------------------------------------------


def fmt(c: Counts) -> str:
    p = "-" if c.p is None else f"{c.p:.2f}"
    r = "-" if c.r is None else f"{c.r:.2f}"
    return f"{c.tp}/{c.fp}/{c.fn} | {p} | {r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="append")
    parser.add_argument("--corpus-negatives", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--length", type=int, default=2**16)
    parser.add_argument("--ngram", type=int, default=2)
    parser.add_argument("--arch", choices=("bow", "ensemble", "cnn"), default="bow")
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--rules-cache", type=Path, default=Path("/tmp/s10-rules-cache.json"))
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus firing count")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    ARCH[0] = args.arch
    heldouts = args.heldout or ["dev8", "dev7", "dev6"]
    start = time.time()
    rows = load_dev_rows()
    texts = [r.text for r in rows]
    rules = rules_detections(rows, args.rules_cache)
    data_hash = hashlib.sha256(
        json.dumps([[r.id, r.text, [r.labels[c] for c in CLASSES]] for r in rows]).encode()
    ).hexdigest()[:16]
    print(
        f"dev rows {len(rows)} (data sha256 {data_hash}); positives: "
        + ", ".join(f"{c} {sum(r.labels[c] for r in rows)}" for c in CLASSES)
        + f"; corpus negatives {args.corpus_negatives}; epochs {args.epochs}; "
        f"length {args.length}; ngram 1-{args.ngram}; arch {args.arch}; seed {SEED}"
    )
    report: dict[str, object] = {
        "data_sha256": data_hash,
        "args": vars(args) | {"rules_cache": str(args.rules_cache), "out": str(args.out)},
    }
    results: dict[str, dict[str, dict[str, object]]] = {}
    for held in heldouts:
        train_rows = [r for r in rows if r.split != held]
        test_rows = [r for r in rows if r.split == held]
        train_texts = [r.text for r in train_rows]
        oof = out_of_fold(train_rows, train_texts, args)
        negatives = corpus_negatives(args)
        nlp = train(
            train_texts + negatives,
            [r.labels for r in train_rows] + [dict.fromkeys(CLASSES, False)] * len(negatives),
            args.epochs,
            args.length,
            args.ngram,
        )
        probs = score(nlp, [r.text for r in test_rows])
        print(
            f"\n### held out {held}: {len(test_rows)} rows, trained on {len(train_rows)}"
            f" ({time.time() - start:.0f}s)"
        )
        print("| class | detector | threshold | TP/FP/FN | P | R |")
        print("|---|---|---:|---|---:|---:|")
        results[held] = {}
        diagnostics: list[str] = []
        for c in CLASSES:
            t_labels = [r.labels[c] for r in train_rows]
            t_rules = [rules[r.id][c] for r in train_rows]
            alone, either, veto = choose(t_labels, t_rules, [p[c] for p in oof])
            labels = [r.labels[c] for r in test_rows]
            ruled = [rules[r.id][c] for r in test_rows]
            p = [x[c] for x in probs]
            either_p = constrained(t_labels, t_rules, [p[c] for p in oof])
            oof_c = [p[c] for p in oof]
            in_fold = counts(t_labels, [x >= alone for x in oof_c])
            in_or = counts(
                t_labels, [r or x >= either for r, x in zip(t_rules, oof_c, strict=True)]
            )
            diagnostics.append(
                f"{held} {c} training out-of-fold: model alone {fmt(in_fold)} F1 {in_fold.f1:.2f}; "
                f"rules {fmt(counts(t_labels, t_rules))}; rules OR model {fmt(in_or)}"
            )
            rows_out = {
                "rules": (None, counts(labels, ruled)),
                "model": (alone, counts(labels, [x >= alone for x in p])),
                "rules OR model": (
                    either,
                    counts(labels, [r or x >= either for r, x in zip(ruled, p, strict=True)]),
                ),
                "rules OR model, P-bar threshold": (
                    either_p,
                    counts(labels, [r or x >= either_p for r, x in zip(ruled, p, strict=True)]),
                ),
                "rules AND NOT veto": (
                    veto,
                    counts(labels, [r and x >= veto for r, x in zip(ruled, p, strict=True)]),
                ),
            }
            results[held][c] = {
                k: {"threshold": t, "tp": v.tp, "fp": v.fp, "fn": v.fn}
                for k, (t, v) in rows_out.items()
            }
            for name, (t, v) in rows_out.items():
                shown = "" if t is None else f"{t:.2f}"
                print(f"| {c if name == 'rules' else ''} | {name} | {shown} | {fmt(v)} |")
            sweep = []
            for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
                v = counts(labels, [r or x >= t for r, x in zip(ruled, p, strict=True)])
                sweep.append(f"{t:.1f}: {v.tp}/{v.fp}/{v.fn}")
            diagnostics.append(f"{held} {c}: " + "; ".join(sweep))
        print(
            "\nDiagnostic only (not used to choose anything): "
            "rules OR model at fixed thresholds, TP/FP/FN"
        )
        for line in diagnostics:
            print(f"- {line}")
    report["heldout"] = results
    if not args.no_corpus:
        oof = out_of_fold(rows, texts, args)
        thresholds = {}
        for c in CLASSES:
            thresholds[c] = choose(
                [r.labels[c] for r in rows], [rules[r.id][c] for r in rows], [p[c] for p in oof]
            )
        negatives = corpus_negatives(args)
        nlp = train(
            texts + negatives,
            [r.labels for r in rows] + [dict.fromkeys(CLASSES, False)] * len(negatives),
            args.epochs,
            args.length,
            args.ngram,
        )
        firing, _ = file_samples(args.sample)
        sents: list[tuple[str, str]] = []
        for path in firing:
            sents.extend((str(path.relative_to(CORPUS)), s) for s in sentences_of(path))
        probs = score(nlp, [s for _, s in sents])
        print(
            f"\n### corpus firing: {len(firing)} files (seed 300), {len(sents)} main-text"
            f" sentences, model trained on all {len(rows)} dev rows"
        )
        print(
            "| class | threshold (model alone / OR) | sentences >= alone | files"
            " | sentences >= OR threshold | files |"
        )
        print("|---|---|---:|---:|---:|---:|")
        corpus_report = {}
        examples: dict[str, list[tuple[float, str, str]]] = {}
        for c in CLASSES:
            alone, either, _ = thresholds[c]
            a = [(p[c], f, s) for (f, s), p in zip(sents, probs, strict=True) if p[c] >= alone]
            e = [(p[c], f, s) for (f, s), p in zip(sents, probs, strict=True) if p[c] >= either]
            corpus_report[c] = {
                "alone": alone,
                "either": either,
                "alone_sentences": len(a),
                "either_sentences": len(e),
                "alone_files": len({f for _, f, _ in a}),
                "either_files": len({f for _, f, _ in e}),
            }
            files_a, files_e = len({f for _, f, _ in a}), len({f for _, f, _ in e})
            print(
                f"| {c} | {alone:.2f} / {either:.2f} | {len(a)} | {files_a}"
                f" | {len(e)} | {files_e} |"
            )
            examples[c] = random.Random(SEED).sample(e, min(8, len(e)))
        print("\nSentences (files) at or above fixed thresholds:")
        for c in CLASSES:
            at = []
            for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
                hit = [f for (f, _), p in zip(sents, probs, strict=True) if p[c] >= t]
                at.append(f"{t:.1f}: {len(hit)} ({len(set(hit))})")
            print(f"- {c}: " + "; ".join(at))
        for c, found in examples.items():
            print(f"\n{c}: sample of firings at the OR threshold")
            for p_, f, s in found:
                print(f"- {p_:.2f} {f}: {s[:160]}")
        report["corpus"] = {"files": len(firing), "sentences": len(sents), "classes": corpus_report}
        if args.out:
            model_dir = args.out.with_suffix(".model")
            nlp.to_disk(model_dir)
            report["model_dir"] = str(model_dir)
            report["thresholds"] = thresholds
    if args.out:
        args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"\n({time.time() - start:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
