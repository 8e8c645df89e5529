"""Rule kinds: the small Python classes that a rule file's ``kind`` selects.

* ``schema``    validate front matter against a JSON Schema in schemas/;
* ``required``  a phrase or pattern (or a section, or a metadata key) must occur;
* ``forbidden`` a phrase or pattern must not occur (optionally only in a given
  context, such as a negated or discouraged consult prompt);
* ``python``    logic that needs code (dates, review status, red flags): the
  ``check`` entry names a class inside the medlint package;
* ``engine``    findings the engine itself makes (unreadable file, parse error).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from collections.abc import Callable, Iterator
from typing import Any, cast

import jsonschema

from medlint import resources, yamlpos
from medlint.autofix import Autofix, front_matter_value
from medlint.dates import iso_day
from medlint.document import (
    DATE_MODIFIED,
    DATE_PUBLISHED,
    LAST_REVIEWED,
    NEXT_REVIEW,
    Document,
)
from medlint.model import Edit, Finding
from medlint.nlp import PatternBank
from medlint.optionschema import (
    NO_OPTIONS,
    Schema,
    options,
    strings,
    text,
    values,
)
from medlint.parsing.common import canonical_key
from medlint.ruleapi import Context as Context
from medlint.ruleapi import JudgesStaleness as JudgesStaleness
from medlint.ruleapi import Prepares as Prepares
from medlint.ruleapi import PreparesCommon as PreparesCommon
from medlint.ruleapi import Rule as Rule
from medlint.ruleset import RuleFileError, RuleSpec, check_entry
from medlint.textkinds import ForbiddenRule as ForbiddenRule
from medlint.textkinds import RequiredRule as RequiredRule
from medlint.textkinds import contains_any as contains_any
from medlint.textkinds import fmt as fmt
from medlint.textkinds import patterns_of as patterns_of


class SchemaRule:
    needs_nlp = False
    OPTIONS_SCHEMA = options(
        schema=text(
            "The JSON Schema (a file in schemas/) front matter must match.", "article.schema.json"
        ),
        required_fields=strings(
            "Front matter keys every article must have; a value in <meta>, JSON-LD or the "
            "page text counts too (configuration: organization.required-fields)."
        ),
    )

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.options = values(spec.options, self.OPTIONS_SCHEMA)
        name = self.options["schema"]
        schema = resources.schema(name)
        cls = jsonschema.validators.validator_for(schema)
        self.validator = cls(schema, format_checker=cls.FORMAT_CHECKER)

    def register(self, bank: PatternBank) -> None:
        return None

    def check(self, ctx: Context) -> Iterator[Finding]:
        document = ctx.document
        for name in self.options["required_fields"]:
            key = canonical_key(name) or name
            present = document.meta(key) is not None or (
                document.front_matter is not None and name in document.front_matter
            )
            if not present:
                yield Finding(
                    0,
                    0,
                    f"'{name}' is required by your organisation's configuration but the article "
                    "does not have it",
                    self.spec.fix,
                )
        for note in document.front_matter_notes:
            yield Finding(note.start, note.end, note.message, self.spec.fix, note.edits)
        if document.front_matter is None:
            return
        for error in sorted(
            self.validator.iter_errors(document.front_matter),
            key=lambda e: (list(map(str, e.absolute_path)), e.message),
        ):
            path = tuple(error.absolute_path)
            key = ".".join(map(str, path))
            if error.validator == "required" or not path:
                start = 0
                message = f"front matter: {error.message}"
            else:
                start = yamlpos.nearest(document.node_offsets, path)
                message = f"front matter key '{key}': {error.message}"
            yield Finding(
                start,
                start + max(1, len(str(path[-1])) if path else 3),
                message,
                self.spec.fix,
                _date_rewrite(document, path, error.instance),
            )


_DATE_KEYS = frozenset({DATE_MODIFIED, DATE_PUBLISHED, LAST_REVIEWED, NEXT_REVIEW})


def _date_rewrite(document: Document, path: tuple[Any, ...], value: object) -> tuple[Edit, ...]:
    """The safe fix of a front matter date the schema refuses: a date written to the day
    in an unambiguous human format ("June 3, 2025") becomes ISO 8601 ("2025-06-03").
    Nothing for an ambiguous or partial date: medlint never invents a fact."""
    iso = iso_day(value) if len(path) == 1 else None
    if iso is None:
        return ()
    facts = document.facts or tuple(document.metadata.values())
    for meta in facts:
        if meta.key in _DATE_KEYS and meta.origin == "front matter" and meta.raw_key == path[0]:
            edit = front_matter_value(document, meta, iso)
            return () if edit is None else (edit,)
    return ()


class EngineRule:
    """Findings made by the engine itself; the rule file documents them."""

    needs_nlp = False
    OPTIONS_SCHEMA = NO_OPTIONS

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec

    def register(self, bank: PatternBank) -> None:
        return None

    def check(self, ctx: Context) -> Iterator[Finding]:
        return iter(())


def resolve_check(spec: RuleSpec) -> Callable[[RuleSpec], Rule]:
    """Resolve a python rule's ``check`` entry. Only classes inside medlint are allowed:
    a rule file in a linted repository must never be able to run its own code."""
    entry = spec.check or ""
    module_name, attribute = check_entry(spec)
    try:
        module = importlib.import_module(module_name)
        factory: Any = getattr(module, attribute)
    except (ImportError, AttributeError) as exc:
        raise RuleFileError(f"{spec.source}: check {entry!r} cannot be loaded: {exc}") from None
    if not inspect.isclass(factory):
        raise RuleFileError(
            f"{spec.source}: check {entry!r} is a {type(factory).__name__}, not a class; name "
            "a rule class such as 'medlint.checks.dates:DateInvalid'"
        )
    return cast("Callable[[RuleSpec], Rule]", factory)


KINDS: dict[str, Callable[[RuleSpec], Rule]] = {
    "schema": SchemaRule,
    "required": RequiredRule,
    "forbidden": ForbiddenRule,
    "engine": EngineRule,
}


def options_schema(spec: RuleSpec) -> Schema:
    """The JSON Schema of a rule file's ``options``: its kind's, or its python check
    class's. A plugin's class that declares none takes the options its rule file sets,
    unchecked (medlint's own checks all declare one; a test sees to it)."""
    factory = resolve_check(spec) if spec.kind == "python" else KINDS[spec.kind]
    schema: Schema | None = getattr(factory, "OPTIONS_SCHEMA", None)
    return schema if schema is not None else options(**{key: {} for key in spec.options})


class Fixing:
    """A rule whose rule file offers a data-only fix (``autofix:``, medlint.autofix): its
    findings carry the edits the autofix makes for them."""

    def __init__(self, rule: Rule, autofix: Autofix) -> None:
        self.rule = rule
        self.spec = rule.spec
        self.needs_nlp = rule.needs_nlp
        self.autofix = autofix

    def register(self, bank: PatternBank) -> None:
        self.rule.register(bank)

    def prepare(self) -> None:
        if isinstance(self.rule, Prepares):
            self.rule.prepare()

    def prepare_common(self) -> None:
        if isinstance(self.rule, PreparesCommon):
            self.rule.prepare_common()
        else:
            self.prepare()

    def check(self, ctx: Context) -> Iterator[Finding]:
        for finding in self.rule.check(ctx):
            edits = self.autofix.edits(ctx.document, finding, self.spec.options)
            yield dataclasses.replace(finding, edits=finding.edits + edits) if edits else finding


def build(spec: RuleSpec) -> Rule:
    rule = _build(spec)
    return rule if spec.autofix is None else Fixing(rule, spec.autofix)


def _build(spec: RuleSpec) -> Rule:
    if spec.kind == "python":
        factory = resolve_check(spec)
        try:
            rule = factory(spec)
        except Exception as exc:  # a class that is not a rule: bad rule data, not a crash
            raise RuleFileError(
                f"{spec.source}: check {spec.check!r} cannot be built from this rule file "
                f"({type(exc).__name__}: {exc})"
            ) from None
        if not all(callable(getattr(rule, m, None)) for m in ("check", "register")) or not (
            hasattr(rule, "needs_nlp")
        ):
            raise RuleFileError(
                f"{spec.source}: check {spec.check!r} is not a rule class (it needs "
                "'register' and 'check' methods and 'needs_nlp')"
            )
        return rule
    return KINDS[spec.kind](spec)
