"""Readability of consumer articles: Flesch-Kincaid grade and SMOG.

Syllables come from a pronunciation dictionary: the CMU Pronouncing Dictionary's syllable
counts as the ``pysyllables`` wheel ships them (134,373 words, offline, MIT; CMUdict data
BSD-2-Clause). Words it does not know (drug names, rare terms) fall back to pyphen's
hyphenation points, which undercount (docs/rules.md, MED501: grades about 1.5 lower).
textstat 0.7.9 and later downloads NLTK data at run time and fails without a network.
Headings and list fragments are left out: only sentences that end with . ! or ? and have
3 or more words are scored.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from medlint.kinds import Context, fmt
from medlint.model import Finding
from medlint.nlp import PatternBank
from medlint.optionschema import integer, number, options, values
from medlint.ruleset import RuleSpec

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


@cache
def _hyphenator() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@cache
def _pronunciations() -> dict[str, str]:
    """Word -> syllable count (as text) from the pysyllables data file. Read directly:
    importing the package builds the same table with an int() per line (4x slower)."""
    spec = importlib.util.find_spec("pysyllables")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("medlint needs the pysyllables package (pip install pysyllables)")
    path = Path(next(iter(spec.submodule_search_locations))) / "syllable-counts.txt"
    fields = path.read_text(encoding="utf-8").split()
    return dict(zip(fields[::2], fields[1::2], strict=True))


def hyphenation_syllables(word: str) -> int:
    """Syllables from pyphen's hyphenation points (the fallback)."""
    word = word.lower()
    if len(word) <= 3:
        return 1
    return hyphenation_points(word) + 1


_NOT_A_PREFIX = False  # _hyphen_table's answer for a piece no pattern starts with


@cache
def _hyphen_table() -> tuple[dict[str, Any], int, int, int]:
    """pyphen's patterns (``HyphDict.patterns``: piece -> (offset, values)) with every
    proper prefix of a pattern that is not itself one mapped to None; its longest pattern
    (``maxlen``) and the hyphenator's ``left`` and ``right`` margins."""
    hyphenator = _hyphenator()
    patterns = hyphenator.hd.patterns
    table: dict[str, Any] = {}
    for piece in patterns:
        for end in range(1, len(piece)):
            table[piece[:end]] = None
    table.update(patterns)
    return table, hyphenator.hd.maxlen, hyphenator.left, hyphenator.right


def hyphenation_points(word: str) -> int:
    """``len(_hyphenator().positions(word))``, counted without pyphen's per-word work:
    pyphen looks up every piece of the dotted word from each position up to its longest
    pattern (28 characters for en_US), and builds a ``DataInt`` per point; here the
    look-ups from a position stop at the first piece that no pattern starts with (no
    longer piece from there is a pattern), and the points are counted. The values are
    merged exactly as pyphen merges them (``HyphDict.positions``), so the odd ones, the
    points, are the same (tests/test_quick_round32.py compares the two)."""
    table, maxlen, left, right = _hyphen_table()
    pointed = f".{word.lower()}."
    size = len(pointed)
    references = [0] * (size + 1)
    get = table.get
    for i in range(size - 1):
        for j in range(i + 1, min(i + maxlen, size) + 1):
            pattern = get(pointed[i:j], _NOT_A_PREFIX)
            if pattern is None:
                continue  # a prefix of a longer pattern only
            if pattern is _NOT_A_PREFIX:
                break
            offset, values = pattern
            slice_ = slice(i + offset, i + offset + len(values))
            references[slice_] = map(max, values, references[slice_])
    last = len(word) - right  # pyphen's Pyphen.positions: left <= point <= len - right
    return sum(
        1 for point, value in enumerate(references, -1) if value % 2 and left <= point <= last
    )


@cache
def syllables(word: str) -> int:
    """Syllables of ``word``: the pronunciation dictionary's count, else hyphenation."""
    word = word.lower().replace("’", "'")
    known = _pronunciations().get(word)
    if known is not None and known.isdigit():
        return max(1, int(known))
    return hyphenation_syllables(word)


@dataclass(frozen=True)
class Scores:
    sentences: int
    words: int
    syllables: int
    polysyllables: int

    @property
    def flesch_kincaid(self) -> float:
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    @property
    def smog(self) -> float:
        return 1.043 * math.sqrt(self.polysyllables * 30 / self.sentences) + 3.1291


def score(sentences: list[str]) -> Scores | None:
    return _tally(_counted(s, 0, len(s)) for s in sentences)


def score_spans(text: str, spans: Sequence[tuple[int, int]]) -> Scores | None:
    """``score`` of the sentences ``" ".join(text[start:end].split())`` (what
    ``Analysis.sentence_text`` gives) of ``spans``, read in place: such a sentence ends with
    the span's last non-whitespace character, and its words are the span's (a word holds
    no whitespace and ``_WORD`` looks at nothing around it), so no sentence text is built
    and each is searched once."""
    return _tally(_counted(text, start, end) for start, end in spans)


def _counted(text: str, start: int, end: int) -> list[str]:
    """The words of the sentence ``text[start:end]`` when it counts (it ends with ".", "!"
    or "?" and has at least three words), else none."""
    if text[start:end].rstrip()[-1:] not in ".!?":
        return []
    found = _WORD.findall(text, start, end)
    return found if len(found) >= 3 else []


def _tally(sentences: Iterable[list[str]]) -> Scores | None:
    """The scores of the sentences that count (the others give no words)."""
    kept = 0
    words: list[str] = []
    for found in sentences:
        if found:
            kept += 1
            words += found
    return _scores(kept, words) if kept else None


def _scores(sentences: int, words: list[str]) -> Scores:
    counts = list(map(syllables, words))  # the cached look-ups called from C
    return Scores(sentences, len(words), sum(counts), sum(1 for c in counts if c >= 3))


class Readability:
    needs_nlp = True
    OPTIONS_SCHEMA = options(
        max_grade=number("The highest Flesch-Kincaid grade a consumer article may read at.", 8),
        min_words=integer("Articles with fewer scored words than this are not judged.", 100),
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        chosen = values(spec.options, self.OPTIONS_SCHEMA)
        self.max_grade = float(chosen["max_grade"])
        self.min_words = int(chosen["min_words"])

    def prepare(self) -> None:
        _pronunciations(), _hyphenator(), _hyphen_table()

    def register(self, bank: PatternBank) -> None:
        return None

    def check(self, ctx: Context) -> Iterator[Finding]:
        analysis = ctx.analysis
        scores = score_spans(analysis.document.masked, analysis.sentences)
        if scores is None or scores.words < self.min_words:
            return
        grade = scores.flesch_kincaid
        if grade <= self.max_grade:
            return
        yield Finding(
            0,
            0,
            fmt(
                self.spec.message,
                grade=f"{grade:.1f}",
                smog=f"{scores.smog:.1f}",
                words=scores.words,
                sentences=scores.sentences,
                per_sentence=f"{scores.words / scores.sentences:.0f}",
                max_grade=f"{self.max_grade:g}",
            ),
            self.spec.fix,
        )
