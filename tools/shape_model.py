"""Issue 13's experiment: a small linear sentence model (not part of medlint).

A logistic regression over a sentence's lowercased words, crude stems, stem bigrams and a
few shape features (negation, question, hedge, second person, first person, reporting verb,
imperative opening, hits of the rule lexicons and their pairs). Pure Python, no dependency:
weights in a JSON file with their provenance, trained by ``tools/train_shape_model.py``
(deterministic: full-batch AdaGrad from zero weights, no randomness).

It was measured against the rules (docs/learned-model.md) and not adopted, so it lives
here, beside the scripts that train and score it, and medlint does not import it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[?!%]")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
NEGATIONS = frozenset({"not", "no", "never", "without", "nothing", "none", "nor", "cannot"})
HEDGES = frozenset(
    {"may", "might", "can", "could", "some", "often", "usually", "sometimes", "likely"}
    | {"possible", "possibly", "suggest", "suggests", "studies", "research", "evidence"}
)
SECOND = frozenset({"you", "your", "yours", "yourself", "u"})
FIRST = frozenset({"i", "my", "me", "we", "our", "us"})
OPENERS = frozenset({"just", "simply", "please", "so", "then", "now", "instead", "and"})
REPORTING = frozenset({"say", "says", "said", "claim", "claims", "claimed", "told", "report"})


def tokens(text: str) -> list[str]:
    """Lowercased word tokens ("don't" stays one token), "?", "!" and "%"."""
    return WORD.findall(text.lower().translate(APOSTROPHES))


def stem(word: str) -> str:
    """A crude English stem, the same at training and at inference ("cures", "cured",
    "curing" -> "cur"; "tablets" -> "tablet"); short words are kept."""
    if word.endswith("n't"):
        return "not"
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + keep
    return word


@dataclass(frozen=True)
class Vocabulary:
    """Named word sets (from the rule lexicons) whose hits are features."""

    sets: Mapping[str, frozenset[str]]
    imperative: frozenset[str] = frozenset()


def features(text: str, vocabulary: Vocabulary) -> dict[str, int]:
    """The binary features of one sentence, each mapped to the index of the first word
    it was seen at (the evidence a finding can quote; -1 for a whole-sentence feature)."""
    words = tokens(text)
    stems = [stem(w) for w in words]
    found: dict[str, int] = {}

    def add(name: str, at: int) -> None:
        found.setdefault(name, at)

    add("bias", -1)
    for i, (word, s) in enumerate(zip(words, stems, strict=True)):
        add("w:" + word, i)
        add("s:" + s, i)
        if i:
            add(f"b:{stems[i - 1]}_{s}", i - 1)
        for name, members in vocabulary.sets.items():
            if word in members:
                add("lex:" + name, i)
    if words and words[-1] == "?":
        add("shape:question", -1)
    for i, word in enumerate(words):
        if word in NEGATIONS or word.endswith("n't"):
            add("shape:negation", i)
        if word in HEDGES:
            add("shape:hedge", i)
        if word in SECOND:
            add("shape:second-person", i)
        if word in FIRST:
            add("shape:first-person", i)
        if word in REPORTING:
            add("shape:reporting", i)
    first = next((i for i, w in enumerate(words) if w not in OPENERS), None)
    if first is not None and words[first] in vocabulary.imperative:
        add("shape:imperative", first)
    hits = sorted(name for name in found if name.startswith("lex:"))
    for i, a in enumerate(hits):
        for b in hits[i + 1 :]:
            add(f"pair:{a[4:]}+{b[4:]}", min(found[a], found[b]))
        if "shape:second-person" in found:
            add(f"pair:{a[4:]}+you", found[a])
        if "shape:negation" in found:
            add(f"pair:{a[4:]}+not", found[a])
        if "shape:imperative" in found:
            add(f"pair:{a[4:]}+imperative", found[a])
    return found


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


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


def lexicon_words(patterns: Iterable[str]) -> frozenset[str]:
    """The words of a lexicon's one-token patterns ("{cure|cures|cured}", "insulin"):
    alternatives of a single token; longer patterns are phrases, left out."""
    out: set[str] = set()
    for pattern in patterns:
        parts = pattern.split()
        if len(parts) != 1:
            continue
        token = parts[0].rstrip("?")
        alternatives = token[1:-1].split("|") if token.startswith("{") else [token]
        out.update(a.lower() for a in alternatives if a.isalpha())
    return frozenset(out)


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
