"""Rule options checked against the schemas their kinds and checks declare.

:func:`check_specs` runs before the rules are built (engine.Linter.build_rules) on
every rule file (built-in, plugin and configured packs): its ``options`` and
``from_config`` must fit its kind's or check's ``OPTIONS_SCHEMA``
(medlint.optionschema). :func:`apply` sets options from the configuration's ``rules``
table and ``--rule-option``, validated the same way. Errors
name the file, line and key (or the command-line option) and are usage errors (exit 2).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from medlint import resources
from medlint.optionschema import Schema, problems
from medlint.ruleset import RuleFileError, RuleSpec
from medlint.yamlpos import Path


@dataclass(frozen=True)
class Override:
    """One option set for one rule, and where it was set (for messages), e.g.
    ``medlint.toml:4: rules.MED108.max_age_months`` or ``--rule-option MED108.max_age_months``."""

    selector: str  # a rule code or name
    key: str
    value: Any
    origin: str


def command_line(given: Iterable[tuple[str, str, Any]]) -> list[Override]:
    """``--rule-option RULE.KEY=VALUE`` settings as overrides."""
    return [Override(rule, key, value, f"--rule-option {rule}.{key}") for rule, key, value in given]


def _dotted(path: Path) -> str:
    return ".".join(map(str, path))


def config_key_exists(dotted: str) -> bool:
    """Is ``dotted`` (``organization.disclaimers``) a key of schemas/config.schema.json?"""
    node: Schema = resources.schema("config.schema.json")
    for part in dotted.split("."):
        properties = node.get("properties", {})
        if part not in properties:
            return False
        node = properties[part]
    return True


def spec_problems(spec: RuleSpec) -> list[str]:
    """What is wrong with a rule file's options and from_config, one line per problem."""
    from medlint.kinds import options_schema  # imports the rule's module

    schema = options_schema(spec)
    found = [
        f"{spec.source}:{spec.line(('options', *path))}: {_dotted(('options', *path))}: {message}"
        for path, message in problems(schema, spec.options, spec.code)
    ]
    for example in (e for e in spec.examples if e.options):
        found += [
            f"{spec.source}:{spec.line((*example.path, 'options', *path))}: "
            f"{_dotted((*example.path, 'options', *path))}: {message}"
            for path, message in problems(schema, example.options, spec.code)
        ]
    declared = schema.get("properties", {})
    for option, key in spec.from_config:
        where = f"{spec.source}:{spec.line(('from_config', option))}: from_config.{option}"
        if option not in declared:
            listing = ", ".join(sorted(declared)) or "none"
            found.append(f"{where}: {spec.code} has no option {option!r} (options: {listing})")
        elif not config_key_exists(key):
            found.append(
                f"{where}: {key!r} is not a configuration key (schemas/config.schema.json)"
            )
    return found


def check_specs(specs: Iterable[RuleSpec]) -> None:
    """Refuse rule files whose options do not fit their schemas (every problem listed)."""
    found = [line for spec in specs for line in spec_problems(spec)]
    if found:
        raise RuleFileError("\n".join(found))


def apply(specs: Sequence[RuleSpec], overrides: Iterable[Override]) -> tuple[RuleSpec, ...]:
    """``specs`` with the overrides' options set; an unknown rule, an option the rule does
    not declare or a value of the wrong type is an error naming where it was set."""
    result = {s.code: s for s in specs}
    found: list[str] = []
    for override in overrides:
        matching = [s for s in result.values() if override.selector in (s.code, s.name)]
        if not matching:
            found.append(f"{override.origin}: no rule {override.selector!r}")
            continue
        spec = matching[0]
        given = {override.key: override.value}
        from medlint.kinds import options_schema  # imports the overridden rule's module

        wrong = [
            f"{override.origin}{''.join(f'.{p}' for p in path[1:])}: {message}"
            for path, message in problems(options_schema(spec), given, spec.code)
        ]
        if wrong:
            found += wrong
            continue
        result[spec.code] = dataclasses.replace(spec, options={**spec.options, **given})
    if found:
        raise RuleFileError("\n".join(found))
    return tuple(result[s.code] for s in specs)
