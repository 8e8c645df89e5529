"""Compiled pattern banks kept between runs: every label's patterns compiled to the
words the tokenizer makes of phrases and to spaCy Matcher token patterns, stored in
medlint.derived (authenticated JSON, keyed on the patterns, spaCy's version and the
compiler code), so a hook run compiles nothing it compiled before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeGuard

from medlint.patterns import PatternError, compile_pattern

if TYPE_CHECKING:
    from medlint.nlp import FrozenBank


# Each label's patterns compiled: phrases as the words the tokenizer makes of them, and
# spaCy Matcher token patterns.
Compilation = list[tuple[list[list[str]], list[list[dict[str, Any]]]]]


def compiled_patterns(bank: FrozenBank, nlp: Any) -> Compilation:
    """Every label's compiled patterns, in ``bank.groups`` order. They depend only on the
    patterns, spaCy's tokenizer and the pattern compiler, so they are kept between runs
    (medlint.derived, keyed on all three) and compiled only when one of them changes."""
    from spacy.about import __version__ as spacy_version

    from medlint import derived

    def key() -> str:
        return derived.digest(
            derived.code_digest("patterns", "patternstore", "nlp"),
            spacy_version,
            repr([(label, list(patterns)) for label, patterns in bank.groups]),
        )

    def decode(known: Any) -> Compilation | None:
        if not _is_compilation(known, len(bank.groups)):
            return None
        return [(phrases, tokens) for phrases, tokens in known]

    return derived.remembered(
        "patterns",
        key,
        lambda: _compile(bank, nlp),
        decode=decode,
        encode=lambda compilation: [[phrases, tokens] for phrases, tokens in compilation],
    )


def _compile(bank: FrozenBank, nlp: Any) -> Compilation:
    tokenized: dict[str, list[str]] = {}
    compilation: Compilation = []
    sources = dict(bank.sources)
    for label, patterns in bank.groups:
        phrases: list[list[str]] = []
        token_patterns: list[list[dict[str, Any]]] = []
        for pattern in patterns:
            try:
                variants = compile_pattern(pattern, nlp.tokenizer, tokenized)
            except PatternError as exc:
                raise PatternError(f"{sources.get(label) or label}: {exc}") from None
            for compiled in variants:
                if compiled.phrase is not None:
                    phrases.append([t.text for t in nlp.make_doc(compiled.phrase)])
                elif compiled.words:
                    phrases.append(list(compiled.words))
                else:
                    token_patterns.append(list(compiled.tokens))
        compilation.append((phrases, token_patterns))
    return compilation


def _is_compilation(value: object, labels: int) -> TypeGuard[list[list[Any]]]:
    """The shape of a stored compilation (its content is authenticated by the store)."""
    return (
        isinstance(value, list)
        and len(value) == labels
        and all(
            isinstance(item, list)
            and len(item) == 2
            and isinstance(item[0], list)
            and all(isinstance(w, list) and all(isinstance(x, str) for x in w) for w in item[0])
            and isinstance(item[1], list)
            and all(isinstance(t, list) and all(isinstance(d, dict) for d in t) for t in item[1])
            for item in value
        )
    )
