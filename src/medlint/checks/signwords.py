"""A warning sign read by its words, in the page's own order (MED109, issue 12).

A topic file's sign keywords are phrases ("blood in your stools", "{bloody|black} stools").
Pages that give the sign and the action in their own words often say the same thing in
another order: "stools containing blood", "stools that are black and tarry". Inside the
page's own help (a sentence that tells readers to get help, or a list item that completes
its lead-in), a sign counts when every content word of one of its keywords is there, in
any order (``SignWords.found_in``). Outside help the exact phrase is still needed: words
scattered over a description say nothing about what to watch for.

Content words are the keyword's required words that are not function words; an optional
spec (``{a|the}?``) or a number (``#num``) is no content, and a keyword with fewer than
``MIN_WORDS`` content slots (one word: the exact match already reads it) or with a number
is not read by words. Words are compared lower-cased, with a plural "s" dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_SPEC = re.compile(r"\{[^}]*\}\??|#num\??|[^\s{}]+")
_WORD = re.compile(r"[a-z][a-z'-]*")
MIN_WORDS = 2
# Words that carry no sign: articles, possessives, prepositions, the copula. Negation and
# quantity words ("no", "not", "little") are content: "{little|no} urine" is not "urine".
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "your",
        "you",
        "my",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "that",
        "these",
        "those",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "from",
        "by",
        "into",
        "and",
        "or",
        "is",
        "are",
        "be",
        "been",
        "was",
        "were",
        "it",
        "as",
        "than",
        "very",
    ]
)

# One slot: the alternatives of a spec, each the content words it needs (all of them).
Slot = tuple[tuple[str, ...], ...]


def normal(word: str) -> str:
    """A word as compared: lower-cased, a possessive and a plural "s" dropped."""
    word = word.lower().removesuffix("'s").removesuffix("’s")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _content(text: str) -> tuple[str, ...]:
    return tuple(normal(w) for w in _WORD.findall(text.lower()) if w not in FUNCTION_WORDS)


def _slots(keyword: str) -> tuple[Slot, ...] | None:
    """The content slots of one keyword, or None when it is not read by words."""
    slots: list[Slot] = []
    for spec in _SPEC.findall(keyword):
        if spec.startswith("#num"):
            return None
        if spec.endswith("?"):
            continue  # optional: no content
        if spec.startswith("{"):
            alternatives = tuple(_content(alt) for alt in spec[1:-1].split("|"))
            if any(not alt for alt in alternatives):
                continue  # an alternative without content words: the slot needs nothing
            slots.append(alternatives)
        else:
            words = _content(spec)
            slots += [((w,),) for w in words]
    return tuple(slots) if len(slots) >= MIN_WORDS else None


@dataclass(frozen=True)
class SignWords:
    """The keywords of one sign, read by their content words."""

    keywords: tuple[tuple[Slot, ...], ...]

    @classmethod
    def of(cls, keywords: Iterable[str]) -> SignWords:
        return cls(tuple(s for k in keywords if (s := _slots(k)) is not None))

    def found_in(self, words: frozenset[str]) -> bool:
        """Whether every slot of one keyword has an alternative whose words are all in
        ``words`` (normalised, see :func:`normal`)."""
        return any(
            all(any(all(w in words for w in alt) for alt in slot) for slot in keyword)
            for keyword in self.keywords
        )


def words_of(tokens: Iterable[str]) -> frozenset[str]:
    """The normalised words of a sentence's tokens."""
    return frozenset(normal(t) for t in tokens if _WORD.fullmatch(t.lower()))
