"""A linear page model: is a consumer page one that should tell readers when to get help?

MED112 asks a consumer page about a condition, symptom or treatment to say when to get
medical help. Its hand-written gates (a clinical word in the title or headings, acute wording
in the text, a condition's name as the title's subject ...) are precise but miss most of the
pages the blind labellers mark "warning signs warranted" (docs/red-flags.md, rounds 56-59):
diet, supplement and medicine pages, titles that name a condition in a short form ("Leaky Gut
Diet", "Carpal tunnel", "Teething"). This model reads the whole page instead: a logistic
regression over the words of its title, its headings and the opening of its main text, and
four signals the safety net already computes (the page talks to its reader; a clinical word
in the title, headings or text; acute sentences; the genre). It is trained on the labels
``warning_signs_warranted`` of the development halves of blind page sets
(``tools/page_model.py``; docs/learned-model.md "Round 59"); the weights live in a data file
under ``rules/models/`` with their provenance.

The model only scores a page; MED112 decides where it is asked (only where its own gates
would stay quiet, on patient information whose topic MED109 does not take) and at which
threshold (its option ``page_model_threshold``), and still asks only a page with no help
statement.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from medlint.ruleset import RuleFileError, model_text

WORD = re.compile(r"[a-z][a-z'-]+")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
OPENING = 4000  # characters of the main text read
HEADINGS = 20  # headings read
MAX_ACUTE = 3  # acute sentences counted at most


@dataclass(frozen=True)
class PageSignals:
    """What the safety net knows of a page besides its words."""

    addressed: bool  # the page talks to its reader about their own health
    clinical: bool  # a clinical word in the title or headings, or a clinical phrase in the text
    acute: int  # sentences with an acute cue
    genre: str  # the genre reader's value


def features(
    title: str, headings: Iterable[str], text: str, signals: PageSignals
) -> dict[str, float]:
    """The page's features: its title's words ("t:"), its headings' words ("h:", the first
    ``HEADINGS`` headings) and the words of its main text's opening ("w:", the first
    ``OPENING`` characters), each present or not, and the signals ("sig:")."""
    found: dict[str, float] = {}
    for word in _words(title):
        found["t:" + word] = 1.0
    for i, heading in enumerate(headings):
        if i >= HEADINGS:
            break
        for word in _words(heading):
            found["h:" + word] = 1.0
    for word in _words(text[:OPENING]):
        found["w:" + word] = 1.0
    found["sig:addressed"] = float(signals.addressed)
    found["sig:clinical"] = float(signals.clinical)
    found["sig:acute"] = float(min(signals.acute, MAX_ACUTE))
    found["sig:genre:" + signals.genre] = 1.0
    return found


def _words(text: str) -> list[str]:
    """The content words of ``text``: spaCy's English stop words ("from", "about", "them")
    carry no subject and are left out (contractions such as "it's" are not stop words and
    stay: docs/learned-model.md, Round 59, "Limits")."""
    stop = _stop_words()
    return [w for w in WORD.findall(text.lower().translate(APOSTROPHES)) if w not in stop]


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported when a page is first read (a run that reads no
    page with the model never imports spaCy)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@dataclass(frozen=True)
class PageModel:
    """A logistic regression over ``features``: log-odds = intercept + the weights of the
    features present (times their values)."""

    name: str
    label: str  # the label it was trained on
    intercept: float
    weights: Mapping[str, float]

    def score(self, found: Mapping[str, float]) -> float:
        """The log-odds of the label for a page's features."""
        return self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in found.items())

    def evidence(self, found: Mapping[str, float], most: int = 3) -> list[str]:
        """The words that raise the score most (for the message), strongest first."""
        words = [
            (self.weights.get(k, 0.0) * v, k) for k, v in found.items() if not k.startswith("sig:")
        ]
        return [k.split(":", 1)[1] for w, k in sorted(words, reverse=True)[:most] if w > 0]


def parse_model(name: str, text: str) -> PageModel:
    """A model file's label, intercept and weights; anything else is a RuleFileError."""
    where = f"rules/models/{name}.json"
    try:
        data = json.loads(text)
        weights = data["weights"]
        if not isinstance(weights, dict):
            raise TypeError("weights must be an object")
        numbers = {str(k): float(v) for k, v in weights.items()}
        intercept = float(data["intercept"])
        if not all(map(math.isfinite, [intercept, *numbers.values()])):
            raise ValueError("a weight or the intercept is not a finite number")
        return PageModel(name, str(data["label"]), intercept, numbers)
    except (KeyError, TypeError, ValueError) as error:  # json.JSONDecodeError is a ValueError
        raise RuleFileError(f"{where}: not a page model ({error})") from error


@cache
def load_model(name: str) -> PageModel:
    """The page model ``rules/models/NAME.json`` (read once per process); NAME is a file
    name (lower-case letters, digits, "-" and "_"), never a path."""
    return parse_model(name, model_text(name, "page model"))
