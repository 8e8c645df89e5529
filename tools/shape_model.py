"""Issue 13's experiment: a small linear sentence model (not part of medlint).

A logistic regression over a sentence's lowercased words, crude stems, stem bigrams and a
few shape features (negation, question, hedge, second person, first person, reporting verb,
imperative opening, hits of the rule lexicons and their pairs). Pure Python, no dependency:
weights in a JSON file with their provenance, trained by ``tools/train_shape_model.py``
(deterministic: full-batch AdaGrad from zero weights, no randomness).

It was measured against the rules (docs/learned-model.md) and not adopted; round 31 moved its
features into medlint (medlint/sentencemodel.py, MED201's off-by-default sentence model), and
this module keeps the trainer and the model file format of rounds 7-14.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# The features, and what they read, are medlint's own since round 31 (MED201's sentence
# model, medlint/sentencemodel.py): one copy, so a model trained here scores the same there.
from medlint.sentencemodel import (
    APOSTROPHES,
    FIRST,
    HEDGES,
    NEGATIONS,
    OPENERS,
    REPORTING,
    SECOND,
    WORD,
    Vocabulary,
    features,
    lexicon_words,
    sigmoid,
    stem,
    tokens,
)

__all__ = [
    "APOSTROPHES",
    "FIRST",
    "HEDGES",
    "NEGATIONS",
    "OPENERS",
    "REPORTING",
    "SECOND",
    "WORD",
    "LinearModel",
    "Scored",
    "Vocabulary",
    "dumps_models",
    "features",
    "lexicon_words",
    "load_models",
    "sigmoid",
    "stem",
    "tokens",
    "train",
]


@dataclass(frozen=True)
class Scored:
    probability: float
    evidence: int  # index (in tokens()) of the word with the largest positive weight; -1: none
    feature: str  # that feature's name


@dataclass(frozen=True)
class LinearModel:
    """One class's weights (feature name -> weight; absent features weigh 0)."""

    label: str
    weights: Mapping[str, float]

    def score(self, found: Mapping[str, int]) -> Scored:
        z = 0.0
        best, best_at, best_name = 0.0, -1, ""
        for name, at in found.items():
            w = self.weights.get(name, 0.0)
            z += w
            if at >= 0 and w > best:
                best, best_at, best_name = w, at, name
        return Scored(sigmoid(z), best_at, best_name)


def load_models(text: str) -> tuple[dict[str, LinearModel], dict[str, object]]:
    """A model file's classes and its provenance block."""
    data = json.loads(text)
    models = {
        label: LinearModel(label, {k: float(v) for k, v in entry["weights"].items()})
        for label, entry in data["classes"].items()
    }
    return models, dict(data.get("provenance", {}))


def dumps_models(
    models: Sequence[LinearModel], provenance: Mapping[str, object], lexicons: Sequence[str]
) -> str:
    """The model file's text: stable key order, weights rounded to 4 decimals, features
    with a zero weight left out, so a retraining diff is readable."""
    data = {
        "provenance": dict(provenance),
        "lexicons": list(lexicons),
        "classes": {
            m.label: {
                "weights": {
                    k: round(v, 4) for k, v in sorted(m.weights.items()) if round(v, 4) != 0.0
                }
            }
            for m in models
        },
    }
    return json.dumps(data, indent=1, sort_keys=False, ensure_ascii=False) + "\n"


def train(
    rows: Sequence[Mapping[str, int]],
    labels: Sequence[bool],
    label: str,
    l2: float = 1e-3,
    epochs: int = 300,
    rate: float = 0.5,
    min_count: int = 2,
) -> LinearModel:
    """L2-regularised logistic regression by full-batch AdaGrad from zero weights: the same
    data gives the same weights (no shuffling, no seed). Features seen in fewer than
    ``min_count`` sentences are dropped; positives are weighted to balance the classes."""
    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count or n == "bias")
    index = {n: i for i, n in enumerate(names)}
    xs = [[index[n] for n in row if n in index] for row in rows]
    ys = [1.0 if y else 0.0 for y in labels]
    positives = sum(ys) or 1.0
    negatives = (len(ys) - sum(ys)) or 1.0
    weight_of = [len(ys) / (2 * positives) if y else len(ys) / (2 * negatives) for y in ys]
    w = [0.0] * len(names)
    g2 = [1e-8] * len(names)
    n = len(xs)
    for _ in range(epochs):
        grad = [l2 * wi for wi in w]
        for x, y, sw in zip(xs, ys, weight_of, strict=True):
            p = sigmoid(sum(w[j] for j in x))
            d = sw * (p - y) / n
            for j in x:
                grad[j] += d
        for j, gj in enumerate(grad):
            g2[j] += gj * gj
            w[j] -= rate * gj / math.sqrt(g2[j])
    return LinearModel(label, dict(zip(names, w, strict=True)))
