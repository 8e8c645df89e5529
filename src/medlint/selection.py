"""Selection and configuration policy: which rules run, with which options and severities.

Pure functions of the rule specs, the command line's :class:`Options` and the
configuration: option and severity merging, selectors (codes, prefixes, names, globs,
tags), the selection itself, and the per-file overrides of the configuration.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from medlint import ruleoptions
from medlint.config import Config
from medlint.discovery import relative_to
from medlint.model import Severity
from medlint.ruleset import RuleFileError, RuleSpec


@dataclass(frozen=True)
class Options:
    today: dt.date
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    # (code or name, option key, value): overrides a rule's option, e.g. MED108 max_age_months.
    rule_options: tuple[tuple[str, str, Any], ...] = ()
    require_suppression_reason: bool = False
    config: Config = field(default_factory=Config)
    jobs: int = 1
    cache_dir: Path | None = None
    shard: tuple[int, int] | None = None  # (k, n): the k-th of n shards, 1-based
    force_exclude: bool = False  # apply the configuration's exclude to named files too
    scheduler: str | None = None  # a Dask scheduler's address: lint on its workers (cluster.py)
    cluster_files: str = "auto"  # how workers get the files: auto, shared or send

    def fingerprint(self) -> str:
        """Everything in the options that can change a file's analysis (not jobs, cache
        or where the files are linted, and not today: the day is applied after the cache,
        see medlint.daily)."""
        relevant = dataclasses.replace(
            self,
            today=dt.date.min,
            jobs=1,
            cache_dir=None,
            shard=None,
            force_exclude=False,
            scheduler=None,
            cluster_files="auto",
        )
        return repr(relevant)


def config_overrides(config: Config, specs: Sequence[RuleSpec]) -> list[ruleoptions.Override]:
    """Rule options set by the configuration: the options a rule file feeds from a
    configuration key (``from_config``, e.g. ``organization.disclaimers``), then the
    `rules` table, which wins for the options it sets explicitly. Each carries where it
    was set, so a bad value is reported with its file, line and key."""
    explicit = [
        ruleoptions.Override(selector, key, value, config.where(("rules", selector, key)))
        for selector, settings in config.rules.items()
        for key, value in settings.items()
        if key != "severity"
    ]
    named = {
        (spec.code, o.key)
        for o in explicit
        for spec in specs
        if o.selector in (spec.code, spec.name)
    }
    fed = []
    for spec in specs:
        for option, dotted in spec.from_config:
            try:
                value = config.setting(dotted)
            except KeyError:
                where = f"{spec.source}:{spec.line(('from_config', option))}"
                raise RuleFileError(
                    f"{where}: from_config.{option}: {dotted!r} is not a configuration "
                    "key (schemas/config.schema.json; organization.*)"
                ) from None
            if value is not None and (spec.code, option) not in named:
                origin = config.where(tuple(dotted.split(".")))
                value = list(value) if isinstance(value, tuple) else value
                fed.append(ruleoptions.Override(spec.code, option, value, origin))
    return fed + explicit


def severity_overrides(config: Config, specs: Sequence[RuleSpec]) -> tuple[RuleSpec, ...]:
    result = []
    for spec in specs:
        for selector, settings in config.rules.items():
            if "severity" in settings and selector in (spec.code, spec.name):
                spec = dataclasses.replace(spec, severity=Severity.parse(settings["severity"]))
        result.append(spec)
    for selector in config.rules:
        if not any(selector in (s.code, s.name) for s in specs):
            raise RuleFileError(f"{config.where(('rules', selector))}: no rule {selector!r}")
    return tuple(result)


def matches(spec: RuleSpec, selector: str) -> bool:
    """A selector is a code or code prefix (MED1), a name or glob (safety.*), or a tag."""
    selector = selector.strip()
    if not selector:
        return False
    if selector.upper() == "ALL":
        return True
    if spec.code.upper().startswith(selector.upper()):
        return True
    return fnmatch.fnmatchcase(spec.name, selector) or selector in spec.tags


def select(specs: Sequence[RuleSpec], options: Options) -> tuple[RuleSpec, ...]:
    """The command line's --select replaces the configuration's; ignores add up."""
    config = options.config
    wanted = options.select or config.select
    chosen = [
        s
        for s in specs
        if not wanted
        or any(matches(s, x) for x in wanted)
        or any(matches(s, x) for x in (*config.extend_select, *options.extend_select))
    ]
    ignored = (*config.ignore, *options.ignore)
    return tuple(s for s in chosen if not any(matches(s, x) for x in ignored))


class SelectorError(RuleFileError):
    """A selector (--select, a configuration's select, per-file ignore, ...) names no rule."""


def selector_sources(options: Options) -> Iterator[tuple[str, str]]:
    """Every selector the options and configuration give, with where it was given."""
    config = options.config
    for option, selectors in (
        ("--select", options.select),
        ("--extend-select", options.extend_select),
        ("--ignore", options.ignore),
    ):
        yield from ((option, s) for s in selectors)
    where = f"{config.path}: " if config.path else "configuration: "
    for key, selectors in (
        ("select", config.select),
        ("extend-select", config.extend_select),
        ("ignore", config.ignore),
    ):
        yield from ((where + key, s) for s in selectors)
    for i, override in enumerate(config.per_file):
        for key, selectors in (
            ("ignore", override.ignore),
            ("extend-select", override.extend_select),
            ("severity", tuple(override.severity)),
        ):
            yield from ((f"{where}per-file[{i}].{key}", s) for s in selectors)


def check_selectors(specs: Sequence[RuleSpec], options: Options) -> None:
    """Refuse selectors that match no rule (as ruff does): a typo in --ignore or a
    configuration must not silently lint less, or more, than the user meant."""
    unknown = [
        f"{where}: {selector!r} matches no rule (codes, code prefixes, names, globs of "
        "names, tags or ALL; see 'medlint rules')"
        for where, selector in selector_sources(options)
        if selector.strip() and not any(matches(s, selector) for s in specs)
    ]
    if unknown:
        raise SelectorError("\n".join(unknown))


def for_file(
    path: str, config: Config, enabled: frozenset[str] | set[str], all_specs: Sequence[RuleSpec]
) -> tuple[set[str], dict[str, Severity]]:
    """Enabled codes and severity overrides for one file (per-file configuration)."""
    enabled = set(enabled)
    severities: dict[str, Severity] = {}
    if not config.per_file:
        return enabled, severities
    relative = relative_to(path, config.root) or Path(path).as_posix()
    for override in config.per_file:
        if not any(fnmatch.fnmatch(relative, g) for g in override.files):
            continue
        enabled |= {s.code for s in all_specs if any(matches(s, x) for x in override.extend_select)}
        enabled -= {s.code for s in all_specs if any(matches(s, x) for x in override.ignore)}
        for selector, level in override.severity.items():
            for s in all_specs:
                if matches(s, selector):
                    severities[s.code] = Severity.parse(level)
    return enabled, severities


@dataclass(frozen=True)
class Selection:
    """The rule set after configuration and command line: every rule with its merged
    options and severity (``all_specs``), the selected ones (``specs``, ``enabled``) and
    the ones to build (``built``: also those a per-file override may switch on)."""

    all_specs: tuple[RuleSpec, ...]
    specs: tuple[RuleSpec, ...]
    built: frozenset[str]

    @classmethod
    def of(cls, specs: Sequence[RuleSpec], options: Options) -> Selection:
        config = options.config
        base = severity_overrides(config, ruleoptions.apply(specs, config_overrides(config, specs)))
        all_specs = ruleoptions.apply(base, ruleoptions.command_line(options.rule_options))
        check_selectors(all_specs, options)
        chosen = select(all_specs, options)
        # Rules a per-file override may switch on are built too, and filtered per file.
        extra = {
            s.code
            for p in config.per_file
            for s in all_specs
            if any(matches(s, x) for x in p.extend_select)
        }
        return cls(all_specs, chosen, frozenset({s.code for s in chosen} | extra))

    @cached_property
    def by_code(self) -> dict[str, RuleSpec]:
        return {s.code: s for s in self.all_specs}

    @cached_property
    def enabled(self) -> frozenset[str]:
        return frozenset(s.code for s in self.specs)

    def for_file(self, path: str, config: Config) -> tuple[set[str], dict[str, Severity]]:
        return for_file(path, config, self.enabled, self.all_specs)

    def known(self, selector: str) -> bool:
        """Does the selector name any rule?"""
        return any(matches(s, selector) for s in self.all_specs)

    def selects_error(self, selector: str) -> bool:
        """Does the selector name an error-level rule?"""
        return any(matches(s, selector) and s.severity == Severity.ERROR for s in self.all_specs)
