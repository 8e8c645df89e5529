"""Typed rule options: the schema language a rule kind or check uses to declare them.

Every rule kind (medlint.kinds) and every python check class declares ``OPTIONS_SCHEMA``:
the JSON Schema of the ``options`` mapping it reads. Each property has a ``type``, a
``description`` and, when the rule has a default, a ``default`` (the only place that
default is written: rules read :func:`values`). Two formats name medlint's own
vocabularies and are checked: ``lexicon`` (a file in rules/lexicons/) and
``context-category`` (a category of rules/context/cues.yaml, medlint.context).
:func:`problems` validates options against a schema and words the errors for people.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from medlint import resources
from medlint.context import CATEGORIES, PSEUDO
from medlint.yamlpos import Path

if TYPE_CHECKING:  # jsonschema is imported where options are checked: a cached run does not
    import jsonschema
    from jsonschema.exceptions import ValidationError

Schema = dict[str, Any]

LEXICON = "lexicon"
CONTEXT = "context-category"
# The categories a rule can ask about: a pseudo-cue only cancels other cues, so no
# mention is ever "pseudo".
OPTION_CATEGORIES = tuple(c for c in CATEGORIES if c != PSEUDO)


def options(**properties: Schema) -> Schema:
    """The schema of an ``options`` mapping with these properties (and no others)."""
    return {"type": "object", "additionalProperties": False, "properties": properties}


NO_OPTIONS: Schema = options()


def integer(description: str, default: int | None = None, minimum: int = 0) -> Schema:
    schema: Schema = {"type": "integer", "minimum": minimum, "description": description}
    return schema if default is None else {**schema, "default": default}


def number(description: str, default: float, minimum: float = 0) -> Schema:
    return {"type": "number", "minimum": minimum, "default": default, "description": description}


def boolean(description: str, default: bool = False) -> Schema:
    return {"type": "boolean", "default": default, "description": description}


def text(description: str, default: str | None = None) -> Schema:
    schema: Schema = {"type": "string", "minLength": 1, "description": description}
    return schema if default is None else {**schema, "default": default}


def strings(description: str, **items: Any) -> Schema:
    """A list of strings (patterns, words, wordings); empty by default."""
    return {
        "type": "array",
        "items": {"type": "string", **items},
        "default": [],
        "description": description,
    }


def lexicons(description: str) -> Schema:
    """One lexicon name or a list of them."""
    name = {"type": "string", "format": LEXICON}
    return {
        "anyOf": [name, {"type": "array", "items": name}],
        "default": [],
        "description": description,
    }


def contexts(description: str) -> Schema:
    """A list of context categories (negated, discouraged, ...)."""
    return strings(description, format=CONTEXT)


def values(options: Mapping[str, Any], schema: Schema) -> dict[str, Any]:
    """``options`` with the schema's defaults filled in for the options not given."""
    defaults = {
        name: copy.deepcopy(prop["default"])
        for name, prop in schema.get("properties", {}).items()
        if "default" in prop
    }
    return {**defaults, **options}


@cache
def lexicon_names() -> tuple[str, ...]:
    folder = resources.rules_root() / "lexicons"
    return tuple(
        sorted(e.name.removesuffix(".yaml") for e in folder.iterdir() if e.name.endswith(".yaml"))
    )


def _checker() -> jsonschema.FormatChecker:
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    checker.checks(LEXICON)(lambda name: not isinstance(name, str) or name in lexicon_names())
    checker.checks(CONTEXT)(lambda name: not isinstance(name, str) or name in OPTION_CATEGORIES)
    return checker


def problems(schema: Schema, options: Any, subject: str) -> Iterator[tuple[Path, str]]:
    """(key path, message) for each way ``options`` breaks ``schema``; ``subject`` names
    the rule in messages ("MED201")."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema, format_checker=_checker())
    errors = sorted(validator.iter_errors(options), key=lambda e: list(map(str, e.path)))
    for error in errors:
        yield from _explain(error, subject)


def _did_you_mean(word: str, known: Any) -> str:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _explain(error: ValidationError, subject: str) -> Iterator[tuple[Path, str]]:
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        for key in sorted(set(error.instance) - set(known)):
            owner, kind = (
                (f"{subject} has no option", "options") if not path else ("no key", "keys")
            )
            listing = ", ".join(sorted(known)) or "none"
            yield (*path, key), f"{owner} {key!r}{_did_you_mean(key, known)} ({kind}: {listing})"
        return
    if error.validator == "format" and error.validator_value == CONTEXT:
        hint = _did_you_mean(error.instance, OPTION_CATEGORIES)
        yield (
            path,
            f"unknown context category {error.instance!r}{hint}"
            f" (categories: {', '.join(OPTION_CATEGORIES)})",
        )
        return
    if error.validator == "format" and error.validator_value == LEXICON:
        names = lexicon_names()
        yield (
            path,
            f"unknown lexicon {error.instance!r}{_did_you_mean(error.instance, names)}"
            f" (lexicons in rules/lexicons/: {', '.join(names)})",
        )
        return
    if error.validator in ("anyOf", "oneOf") and error.context:
        # One name or a list of names: explain the branch the value was meant for.
        meant = [e for e in error.context if e.validator != "type"]
        if meant:
            yield from _explain(meant[0], subject)
            return
    yield path, error.message
