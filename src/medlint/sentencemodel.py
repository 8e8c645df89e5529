"""A linear sentence model beside a rule's shapes (issue 13, round 31: candidate BOW31).

A logistic regression over a sentence's lowercased words, crude stems, stem bigrams, hits of
named rule lexicons and their pairs, and a few sentence shapes (negation, question, hedge,
second and first person, a reporting verb, an imperative opening). The features are round 7's
(``tools/shape_model.py``, where the experiments train and score them), ported here unchanged so
that a model file trained there scores the same here; the weights live in a data file under
``rules/models/`` with their provenance (docs/learned-model.md "Round 31").

A model only scores a sentence; the rule that holds it decides what to do with the score (its
threshold, the context that stops it) and owns the message.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from medlint.ruleset import RuleFileError, load_lexicon, model_text

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
# Words a model remembers (``SentenceModel._word``) before it starts again.
MEMO_LIMIT = 200_000
# How far under a threshold's log-odds ``SentenceModel.reaches`` asks its bound for.
SLACK = 1e-9
# A model's lexicon names: no "+" (pair features join two with it) and none of the words a
# lexicon is paired with ("pair:cure+you"), so that no two features share a name.
LEXICON_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")
PAIRED = frozenset({"you", "not", "imperative"})
# The shapes whose word a lexicon hit is paired with ("pair:cure+you"), in ``features``' order.
PAIR_SHAPES = (("second-person", "you"), ("negation", "not"), ("imperative", "imperative"))


# The shapes a single word marks, as ``features`` tests them (bit i of a word's marks: shape i).
_SHAPES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("negation", lambda w: w in NEGATIONS or w.endswith("n't")),
    ("hedge", lambda w: w in HEDGES),
    ("second-person", lambda w: w in SECOND),
    ("first-person", lambda w: w in FIRST),
    ("reporting", lambda w: w in REPORTING),
)


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


@dataclass(frozen=True)
class Vocabulary:
    """Named word sets (from the rule lexicons) whose hits are features."""

    sets: Mapping[str, frozenset[str]]
    imperative: frozenset[str] = frozenset()


def features(text: str, vocabulary: Vocabulary) -> dict[str, int]:
    """The binary features of one sentence, each mapped to the index (in ``tokens``) of the
    first word it was seen at (the evidence a finding can quote; -1 for a whole-sentence
    feature)."""
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
        for shape, test in _SHAPES:
            if test(word):
                add("shape:" + shape, i)
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
class Score:
    """A sentence's probability and its evidence: the word (of ``tokens``) whose feature
    weighs most for the class, or "" when no word does."""

    probability: float
    evidence: str


@dataclass(frozen=True)
class SentenceModel:
    """One class's logistic regression: an intercept and a weight per feature name (a
    feature the training data never showed weighs 0)."""

    name: str
    label: str
    intercept: float
    weights: Mapping[str, float]
    vocabulary: Vocabulary
    # What ``logit`` and ``may_reach`` read, from the weights once (``SentenceModel.of``),
    # and what each word seen so far gives (``_word``).
    _bigrams: Mapping[tuple[str, ...], float] = field(default_factory=dict)
    _upper: Mapping[str, float] = field(default_factory=dict)  # first stem -> best bigram
    _ceiling: float = 0.0  # the intercept, "bias" and every shape's positive weight
    # Per-process and bounded (``MEMO_LIMIT``): a forked worker fills its own copy; in a
    # thread, two computing one word store the same entry.
    _memo: dict[str, tuple[str, float, frozenset[str], int, float, float]] = field(
        default_factory=dict, compare=False
    )

    @classmethod
    def of(
        cls,
        name: str,
        label: str,
        intercept: float,
        weights: Mapping[str, float],
        vocabulary: Vocabulary,
    ) -> SentenceModel:
        bigrams = {
            tuple(k[2:].split("_", 1)): w
            for k, w in weights.items()
            if k.startswith("b:") and "_" in k[2:]
        }
        upper: dict[str, float] = {}  # first stem -> its best bigram's positive weight
        for (first, _second), weight in bigrams.items():
            upper[first] = max(upper.get(first, 0.0), weight)
        ceiling = intercept + weights.get("bias", 0.0)
        ceiling += sum(max(0.0, w) for k, w in weights.items() if k.startswith("shape:"))
        return cls(name, label, intercept, weights, vocabulary, bigrams, upper, ceiling)

    def _word(self, word: str) -> tuple[str, float, frozenset[str], int, float, float]:
        """A word's stem, the weight of its word feature, the lexicons it is in, the shapes
        it marks (``_SHAPES`` bits), the most its word, stem and lexicon features can add to
        a sentence, and the most a bigram it opens can add (``_upper``); remembered per word
        (at most ``MEMO_LIMIT`` words)."""
        found = self._memo.get(word)
        if found is None:
            w, s = self.weights, stem(word)
            names = frozenset(n for n, members in self.vocabulary.sets.items() if word in members)
            marks = 0
            for bit, (_shape, test) in enumerate(_SHAPES):
                if test(word):
                    marks |= 1 << bit
            most = max(0.0, w.get("w:" + word, 0.0)) + max(0.0, w.get("s:" + s, 0.0))
            most += sum(max(0.0, w.get("lex:" + n, 0.0)) for n in names)
            found = (s, w.get("w:" + word, 0.0), names, marks, most, self._upper.get(s, 0.0))
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = found
        return found

    def may_reach(self, words: Sequence[str], logit: float) -> bool:
        """Whether a sentence of these ``tokens`` can reach ``logit`` at all: the intercept,
        every shape's positive weight, each distinct word's most (``_word``), the best bigram
        each word opens at each of its places (a word said twice may open two distinct
        bigrams: "no side effects, no risk"), and the pairs its lexicon hits can form,
        summed, are an upper bound of its log-odds. Most sentences fall short and are never
        scored."""
        memo, z = self._memo, self._ceiling
        hits: frozenset[str] = frozenset()
        entries = [memo.get(word) or self._word(word) for word in words]
        for entry in entries:
            z += entry[5]
        for entry in dict(zip(words, entries, strict=True)).values():  # each distinct word
            z += entry[4]
            if entry[2]:
                hits |= entry[2]
        if z >= logit:
            return True
        every = [other for _shape, other in PAIR_SHAPES]
        z += sum(max(0.0, self.weights.get(n, 0.0)) for n in _pair_names(hits, every))
        return z >= logit

    def logit(self, text: str) -> float:
        """The sentence's log-odds: what ``score`` computes from ``features``, summed from
        per-word tables instead of naming every feature (most sentences are only compared
        with a threshold). Both add the same weights with ``math.fsum``, whose correctly
        rounded sum does not depend on their order, so the two agree exactly."""
        w = self.weights
        words = tokens(text)
        terms = [self.intercept, w.get("bias", 0.0)]
        memo, stems, seen = self._memo, [], set()
        hits: frozenset[str] = frozenset()
        marks = 0
        for word in words:
            entry = memo.get(word) or self._word(word)
            stems.append(entry[0])
            if word not in seen:
                seen.add(word)
                terms.append(entry[1])
            if entry[2]:
                hits |= entry[2]
            marks |= entry[3]
        terms += [w.get("s:" + s, 0.0) for s in set(stems)]
        bigrams = self._bigrams
        terms += [bigrams.get(pair, 0.0) for pair in set(pairwise(stems))]
        shapes = {shape for bit, (shape, _test) in enumerate(_SHAPES) if marks >> bit & 1}
        if words and words[-1] == "?":
            shapes.add("question")
        first = next((x for x in words if x not in OPENERS), None)
        if first is not None and first in self.vocabulary.imperative:
            shapes.add("imperative")
        terms += [w.get("shape:" + shape, 0.0) for shape in shapes]
        terms += [w.get("lex:" + name, 0.0) for name in hits]
        others = [other for shape, other in PAIR_SHAPES if shape in shapes]
        terms += [w.get(name, 0.0) for name in _pair_names(hits, others)]
        return math.fsum(terms)

    def score(self, text: str) -> Score:
        words = tokens(text)
        terms = [self.intercept]
        best, best_at = 0.0, -1
        for feature, at in features(text, self.vocabulary).items():
            w = self.weights.get(feature, 0.0)
            terms.append(w)
            if at >= 0 and w > best:
                best, best_at = w, at
        return Score(sigmoid(math.fsum(terms)), words[best_at] if best_at >= 0 else "")

    def reaches(self, text: str, probability: float) -> Score | None:
        """The sentence's score (with its evidence) when it reaches ``probability``, else
        None; the log-odds decide (``logit``), the features are named only for a sentence
        that reaches it. The bound (``may_reach``) is asked for a little less than the
        threshold's log-odds (``SLACK``): its float sum and ``math.log`` round, and
        ``sigmoid`` of a log-odds just under them may still reach ``probability``."""
        if 0.0 < probability < 1.0:
            least = math.log(probability / (1.0 - probability))
            if not self.may_reach(tokens(text), least - SLACK):
                return None
        if sigmoid(self.logit(text)) < probability:
            return None
        return self.score(text)


def _pair_names(hits: Iterable[str], others: Sequence[str]) -> Iterator[str]:
    """The pair features of a sentence's lexicon hits: each two of them, and each with the
    words of ``others`` ("pair:cure+drug", "pair:cure+you"), as ``features`` names them."""
    ordered = sorted(hits)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            yield f"pair:{a}+{b}"
        for other in others:
            yield f"pair:{a}+{other}"


def parse_model(name: str, text: str, lexicon: Callable[[str], Sequence[str]]) -> SentenceModel:
    """A model file's class, intercept, weights and the lexicons its features read; a file
    that is no JSON object of these (lexicon names, finite numbers) is a RuleFileError."""
    where = f"rules/models/{name}.json"
    try:
        data = json.loads(text)
        names, weights = data["lexicons"], data["weights"]
        if not isinstance(names, list) or not isinstance(weights, dict):
            raise TypeError("lexicons must be a list and weights an object")
        bad = [
            n
            for n in [*names, data["imperative_lexicon"]]
            if not isinstance(n, str) or not LEXICON_NAME.fullmatch(n) or n in PAIRED
        ]
        if bad:
            raise ValueError(f"not a lexicon name: {bad[0]!r}")
        numbers = {str(k): float(v) for k, v in weights.items()}
        intercept = float(data["intercept"])
        if not all(map(math.isfinite, [intercept, *numbers.values()])):
            raise ValueError("a weight or the intercept is not a finite number")
        vocabulary = Vocabulary(
            {n: lexicon_words(lexicon(n)) for n in names},
            lexicon_words(lexicon(data["imperative_lexicon"])),
        )
        return SentenceModel.of(name, str(data["class"]), intercept, numbers, vocabulary)
    except (KeyError, TypeError, ValueError) as error:  # json.JSONDecodeError is a ValueError
        raise RuleFileError(f"{where}: not a sentence model ({error})") from error


@cache
def load_model(name: str) -> SentenceModel:
    """The sentence model ``rules/models/NAME.json`` (read once per process); NAME is a
    file name (lower-case letters, digits, "-" and "_"), never a path."""
    return parse_model(name, model_text(name, "sentence model"), load_lexicon)
