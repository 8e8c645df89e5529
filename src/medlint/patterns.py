"""A small pattern language for rule files, compiled to spaCy matcher patterns.

A pattern is a string of space-separated token specs:

* ``word``            one or more literal tokens, matched case-insensitively
  (``don't`` is split by the tokenizer, so it matches ``do`` + ``n't``);
* ``{a|b|c}``         one token that is any of the alternatives;
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
    phrase: str | None  # set for pure phrases
    tokens: tuple[dict[str, Any], ...]  # spaCy Matcher token dicts otherwise


def is_phrase(pattern: str) -> bool:
    return (
        "{" not in pattern
        and "#num" not in pattern
        and not pattern.endswith("?")
        and (" ?" not in pattern)
    )


def compile_pattern(pattern: str, tokenize: Tokenizer) -> Compiled:
    text = " ".join(pattern.split())
    if not text:
        raise PatternError("empty pattern")
    if is_phrase(text):
        return Compiled(text.lower(), ())
    specs: list[dict[str, Any]] = []
    for raw in _SPEC.findall(text):
        optional = raw.endswith("?") and raw != "?"
        body = raw[:-1] if optional else raw
        if body.startswith("{"):
            if not body.endswith("}"):
                raise PatternError(f"unclosed '{{' in {pattern!r}")
            options = [o.strip().lower() for o in body[1:-1].split("|") if o.strip()]
            if not options:
                raise PatternError(f"empty alternatives in {pattern!r}")
            for option in options:
                if len([t for t in tokenize(option) if not t.is_space]) != 1:
                    raise PatternError(
                        f"alternative {option!r} in {pattern!r} is more than one token; "
                        "write a separate pattern for it"
                    )
            spec: dict[str, Any] = {"LOWER": {"IN": options}}
            if optional:
                spec["OP"] = "?"
            specs.append(spec)
        elif body == "#num":
            spec = {"LIKE_NUM": True}
            if optional:
                spec["OP"] = "?"
            specs.append(spec)
        else:
            words = [t.text.lower() for t in tokenize(body) if not t.is_space]
            if optional and len(words) != 1:
                raise PatternError(f"optional word {body!r} in {pattern!r} must be one token")
            for word in words:
                spec = {"LOWER": word}
                if optional:
                    spec["OP"] = "?"
                specs.append(spec)
    if all(s.get("OP") == "?" for s in specs):
        raise PatternError(f"pattern {pattern!r} can match nothing: every part is optional")
    return Compiled(None, tuple(specs))
