"""A small pattern language for rule files, compiled to spaCy matcher patterns.

A pattern is a string of space-separated token specs:

* ``word``            one or more literal tokens, matched case-insensitively
  (``don't`` is split by the tokenizer, so it matches ``do`` + ``n't``);
* ``{a|b|c}``         any of the alternatives (an alternative of several tokens,
  such as ``{for good|forever}``, expands the pattern into one variant per such
  alternative);
* a trailing ``?``    makes a spec optional (``{a|the|your}?``);
* ``#num``            any number-like token.

A pattern with only literal words is a phrase and goes to the PhraseMatcher;
anything else goes to the token Matcher. Both are case-insensitive (LOWER).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

_SPEC = re.compile(r"\{[^}]*\}\??|#num\??|[^\s{}]+")


class PatternError(ValueError):
    pass


# Anything that turns text into spaCy-like tokens (``nlp.tokenizer``).
Tokenizer = Callable[[str], Iterable[Any]]


@dataclass(frozen=True)
class Compiled:
    phrase: str | None  # set for pure phrases (tokenized like the text)
    tokens: tuple[dict[str, Any], ...]  # spaCy Matcher token dicts otherwise
    words: tuple[str, ...] = ()  # an enumerated phrase, already split into tokens


def is_phrase(pattern: str) -> bool:
    return (
        "{" not in pattern
        and "#num" not in pattern
        and not pattern.endswith("?")
        and (" ?" not in pattern)
    )


# "don't" is split into "do" + "n't", and "dont" (apostrophes dropped, common in scraped
# text) into "do" + "nt": a pattern's "n't" matches both.
_NEGATION_CLITIC = "n't"
_CLITIC_SPELLINGS = [_NEGATION_CLITIC, "nt"]


def _spellings(words: Iterable[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        out += _CLITIC_SPELLINGS if word == _NEGATION_CLITIC else [word]
    return out


def _literal(word: str) -> dict[str, Any]:
    if word == _NEGATION_CLITIC:
        return {"LOWER": {"IN": list(_CLITIC_SPELLINGS)}}
    return {"LOWER": word}


def compile_pattern(
    pattern: str, tokenize: Tokenizer, cache: dict[str, list[str]] | None = None
) -> tuple[Compiled, ...]:
    """Compile one pattern. An alternative of several tokens (``{for good|forever}``)
    expands the pattern into one token pattern per multi-token alternative. ``cache``
    keeps tokenized words across calls (a bank compiles thousands of alternatives)."""
    text = " ".join(pattern.split())
    if not text:
        raise PatternError("empty pattern")
    if text.count("{") != text.count("}"):
        raise PatternError(f"unclosed '{{' in {pattern!r}")
    known = cache if cache is not None else {}

    def words(value: str) -> list[str]:
        if value not in known:
            known[value] = [t.text.lower() for t in tokenize(value) if not t.is_space]
        return known[value]

    if is_phrase(text) and _NEGATION_CLITIC not in words(text):
        return (Compiled(text.lower(), ()),)

    # Each spec offers variants: lists of token dicts, one of which is used.
    slots: list[list[list[dict[str, Any]]]] = []
    for raw in _SPEC.findall(text):
        optional = raw.endswith("?") and raw != "?"
        body = raw[:-1] if optional else raw
        variants: list[list[dict[str, Any]]] = []
        if body.startswith("{"):
            if not body.endswith("}"):
                raise PatternError(f"unclosed '{{' in {pattern!r}")
            options = [o.strip().lower() for o in body[1:-1].split("|") if o.strip()]
            if not options:
                raise PatternError(f"empty alternatives in {pattern!r}")
            single = [o for o in options if len(words(o)) == 1]
            multi = [words(o) for o in options if len(words(o)) > 1]
            if single:
                spec: dict[str, Any] = {"LOWER": {"IN": _spellings(words(o)[0] for o in single)}}
                variants.append([{**spec, "OP": "?"} if optional else spec])
            elif optional:
                variants.append([])
            variants += [[_literal(w) for w in seq] for seq in multi]
        elif body == "#num":
            variants.append([{"LIKE_NUM": True, **({"OP": "?"} if optional else {})}])
        else:
            literal = words(body)
            if optional and len(literal) != 1:
                raise PatternError(f"optional word {body!r} in {pattern!r} must be one token")
            variants.append([{**_literal(w), **({"OP": "?"} if optional else {})} for w in literal])
        slots.append(variants)
    expanded: list[list[dict[str, Any]]] = [[]]
    for variants in slots:
        expanded = [done + variant for done in expanded for variant in variants]
        if len(expanded) > 256:
            raise PatternError(f"pattern {pattern!r} expands to too many variants; split it")
    compiled: list[Compiled] = []
    for specs in expanded:
        if not specs or all(t.get("OP") == "?" for t in specs):
            raise PatternError(f"pattern {pattern!r} can match nothing: every part is optional")
        phrases = _enumerate(specs)
        if phrases is None:
            compiled.append(Compiled(None, tuple(specs)))
        else:
            compiled += [Compiled(None, (), words) for words in phrases]
    return tuple(compiled)


_MAX_PHRASES = 64


def _enumerate(specs: list[dict[str, Any]]) -> list[tuple[str, ...]] | None:
    """All word sequences a small token pattern matches, or None if there are too many.
    The PhraseMatcher finds them far faster than the token Matcher runs the pattern."""
    choices: list[list[str | None]] = []
    total = 1
    for spec in specs:
        value = spec.get("LOWER")
        if value is None:
            return None  # e.g. LIKE_NUM
        options: list[str | None] = list(value["IN"]) if isinstance(value, dict) else [value]
        if spec.get("OP") == "?":
            options.append(None)
        total *= len(options)
        if total > _MAX_PHRASES:
            return None
        choices.append(options)
    phrases: list[tuple[str, ...]] = [()]
    for options in choices:
        phrases = [p + ((o,) if o is not None else ()) for p in phrases for o in options]
    return [p for p in dict.fromkeys(phrases) if p]
