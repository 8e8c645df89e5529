"""UK and US spellings of the same word (issue 12): "haemorrhage" / "hemorrhage",
"oesophagus" / "esophagus", "paediatric" / "pediatric", "-ise" / "-ize".

The knowledge base is written by people on both sides of the Atlantic; a sign keyword
written one way must match a page written the other way. The word parts are data
(``spelling_variants`` in rules/knowledge/guidance.yaml); every pattern of a topic file
gains its all-US and all-UK forms when the knowledge base is loaded, so no entry has to
spell a word twice. A variant that is not a real word ("bruize" from "bruise") only adds
a pattern that never matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

_EDGE = {"start": (r"(?<![a-z])", ""), "end": ("", r"(?![a-z])"), "any": ("", "")}


@dataclass(frozen=True)
class Spelling:
    """One word part spelled two ways, at the start or end of a word or anywhere in it."""

    uk: str
    us: str
    at: str = "any"


@dataclass(frozen=True)
class _Respeller:
    """All word parts of one spelling, as one regex and what each part becomes. ``gate``
    (None when a part is not ASCII) finds the parts alone, case-sensitively, in the
    lowercased text: an ASCII text in which it finds none holds no part in any case, so
    the regex (case-insensitive, with look-arounds: slow to try at every character) can
    change nothing in it. Most patterns hold no part; loading the knowledge base respells
    each of its patterns both ways."""

    regex: re.Pattern[str]
    to: dict[str, str]
    gate: re.Pattern[str] | None = None

    def __call__(self, text: str) -> str:
        if self.gate is not None and text.isascii() and self.gate.search(text.lower()) is None:
            return text
        return self.regex.sub(lambda m: self.to[m.group().lower()], text)


def _respeller(pairs: Sequence[tuple[str, str, str]]) -> _Respeller:
    ordered = sorted(pairs, key=lambda p: len(p[0]), reverse=True)
    regex = "|".join(_part(part, other, at) for part, other, at in ordered)
    parts = [part.lower() for part, _, _ in ordered]
    gate = re.compile("|".join(map(re.escape, parts))) if all(map(str.isascii, parts)) else None
    return _Respeller(re.compile(regex, re.I), {part: other for part, other, _ in ordered}, gate)


def _part(part: str, other: str, at: str) -> str:
    """The regex of a word part, not where the word is already spelled the other way
    ("emia" but not in "anaemia", "program" but not in "programme")."""
    before, after = _EDGE[at]
    if other.endswith(part) and other != part:
        before += f"(?<!{re.escape(other[: -len(part)])})"
    if other.startswith(part) and other != part:
        after = f"(?!{re.escape(other[len(part) :])})" + after
    return before + re.escape(part) + after


@cache
def _respellers(spellings: tuple[Spelling, ...]) -> tuple[_Respeller, _Respeller]:
    return (
        _respeller([(s.uk, s.us, s.at) for s in spellings]),
        _respeller([(s.us, s.uk, s.at) for s in spellings]),
    )


def variants(patterns: Iterable[str], spellings: tuple[Spelling, ...]) -> tuple[str, ...]:
    """The patterns, each followed by its all-US and all-UK forms when they differ."""
    if not spellings:
        return tuple(patterns)
    to_us, to_uk = _respellers(spellings)
    out: dict[str, None] = {}
    for pattern in patterns:
        out[pattern] = None
        out[to_us(pattern)] = None
        out[to_uk(pattern)] = None
    return tuple(out)


def us_speller(spellings: tuple[Spelling, ...]) -> Callable[[str], str]:
    """``to_us`` for one ``spellings``, looked up once: a caller that respells many texts
    with the same spellings keeps it instead of hashing the spellings on every call."""
    return _respellers(spellings)[0]


def to_us(text: str, spellings: tuple[Spelling, ...]) -> str:
    """``text`` with every UK word part of ``spellings`` spelled the US way ("haemophilia"
    -> "hemophilia"); parts are read at a word's start or end where the data says so, so
    "toenail" keeps its "oe"."""
    return _respellers(spellings)[0](text)
