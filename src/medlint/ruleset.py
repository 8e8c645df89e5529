"""Rule files: one YAML file per rule, validated against schemas/rule.schema.json.

A rule file gives the rule's identity (a code that never changes, a readable
``pack.rule`` name, tags), its default severity, the audiences it applies to,
what it checks (``kind`` plus ``options``), how to fix a violation, why the
rule exists, and failing and passing examples that are its tests and its docs.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from medlint import resources, yamlpos
from medlint.autofix import Autofix
from medlint.boundary import outside, within
from medlint.document import RegionKind
from medlint.model import Audience, Risk, RuleInfo, Severity

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint


class RuleFileError(ValueError):
    """A rule or data file is invalid; the message names the file, line and key."""


@dataclass(frozen=True)
class Example:
    name: str
    text: str
    passes: bool
    filename: str = "article.md"
    today: dt.date | None = None
    expect_lines: tuple[int, ...] = ()
    expect_message: str | None = None
    encoding: str = "utf-8"
    # Options set for this example only (checked against the rule's option schema).
    options: dict[str, Any] = field(default_factory=dict)
    # Where the example sits in the rule file: ("examples", "fail", 0).
    path: yamlpos.Path = ()


@dataclass(frozen=True)
class RuleSpec:
    code: str
    name: str
    summary: str
    severity: Severity
    kind: str
    message: str
    fix: str
    rationale: str
    tags: tuple[str, ...]
    audiences: tuple[Audience, ...]
    options: dict[str, Any]
    check: str | None
    examples: tuple[Example, ...]
    source: str
    references: tuple[str, ...] = ()
    # Where a python rule's check may live: medlint's own checks, plus the package of an
    # installed plugin that shipped the rule. A rule file in a linted repository gets
    # only medlint's, so it can never run code of its own.
    check_prefixes: tuple[str, ...] = ("medlint.checks.",)
    # The page regions whose text the rule reads (a comment is not the publisher's claim;
    # a site footer disclaimer is the publisher's).
    # A tuple in RegionKind order, so repr() (part of the cache key) is stable.
    regions: tuple[RegionKind, ...] = (RegionKind.MAIN,)
    # The page genres the rule applies to (checks/genre.py ids); () is every genre.
    genres: tuple[str, ...] = ()
    # kind engine: which of the engine's own findings the rule documents (diagnostics.py).
    diagnostic: str | None = None
    # (option, dotted configuration key): options whose value the configuration gives.
    from_config: tuple[tuple[str, str], ...] = ()
    # The pack.yaml that declared the code's prefix ("" for MED codes).
    prefix_declared_in: str = ""
    # The line of every key of the rule file (yamlpos key paths), for error messages.
    lines: dict[yamlpos.Path, int] = field(default_factory=dict, repr=False, compare=False)

    def line(self, path: yamlpos.Path) -> int:
        """The line of ``path`` in the rule file (of its nearest enclosing key)."""
        return yamlpos.nearest(self.lines, path) or 1

    autofix: Autofix | None = None  # the rule file's data-only fix (medlint.autofix)
    risk: Risk = Risk.STYLE  # what a violation puts at risk (the audit weighs by it)

    def info(self) -> RuleInfo:
        return RuleInfo(
            code=self.code,
            name=self.name,
            summary=self.summary,
            severity=self.severity,
            tags=self.tags,
            audiences=self.audiences,
            fix=self.fix,
            rationale=self.rationale,
            risk=self.risk,
        )

    def applies_to(self, audience: Audience) -> bool:
        return audience in self.audiences

    def applies_to_genre(self, genre: str) -> bool:
        """Whether the rule judges a page of ``genre`` (a checks/genre.py id)."""
        return not self.genres or genre in self.genres


def _where(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def validate(data: Any, schema_name: str, source: str, loaded: yamlpos.Loaded, text: str) -> None:
    """Validate against a shipped schema; raise :class:`RuleFileError` naming line and key."""
    import jsonschema  # here: a run whose rule files were validated before never needs it

    validator_cls = jsonschema.validators.validator_for(resources.schema(schema_name))
    validator = validator_cls(
        resources.schema(schema_name), format_checker=validator_cls.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        lines = []
        for error in errors[:10]:
            path = tuple(error.absolute_path)
            line = _where(text, yamlpos.nearest(loaded.positions, path))
            key = ".".join(map(str, path)) or "(top level)"
            lines.append(f"{source}:{line}: {key}: {error.message}")
        raise RuleFileError("\n".join(lines))
    if loaded.duplicates:
        key, at = loaded.duplicates[0]
        raise RuleFileError(f"{source}:{_where(text, at)}: {key}: key appears more than once")


def _load(text: str, source: str, schema_name: str) -> tuple[Any, dict[yamlpos.Path, int]]:
    """A data file's content, validated against a shipped schema, and the line of every
    key (for messages). Content validated before (the same text, schemas and parser) comes
    from medlint.derived, which skips the YAML parse and the validation."""
    from medlint import derived

    def compute() -> tuple[Any, dict[yamlpos.Path, int]]:
        try:
            loaded = yamlpos.load(text)
        except yamlpos.YamlError as exc:
            raise RuleFileError(f"{source}:{_where(text, exc.offset)}: {exc}") from None
        validate(loaded.data, schema_name, source, loaded, text)
        return loaded.data, yamlpos.lines(text, loaded.positions)

    def decode(known: Any) -> tuple[Any, dict[yamlpos.Path, int]] | None:
        if not isinstance(known, dict) or set(known) != {"data", "lines"}:
            return None
        return known["data"], {tuple(path): line for path, line in known["lines"]}

    return derived.remembered(
        "validated",
        lambda: derived.validated_key(text, schema_name),
        compute,
        decode=decode,
        encode=lambda value: {
            "data": value[0],
            "lines": [[list(path), n] for path, n in value[1].items()],
        },
    )


def load_data(text: str, source: str, schema_name: str) -> Any:
    """A data file's content, validated against a shipped schema (see _load)."""
    return _load(text, source, schema_name)[0]


def _examples(data: dict[str, Any]) -> tuple[Example, ...]:
    examples = []
    for passes, key in ((False, "fail"), (True, "pass")):
        for i, item in enumerate(data.get("examples", {}).get(key, [])):
            today = item.get("today")
            expect = item.get("expect", {})
            examples.append(
                Example(
                    name=item.get("name", f"{key}-{i + 1}"),
                    text=item["text"],
                    passes=passes,
                    filename=item.get("filename", "article.md"),
                    today=dt.date.fromisoformat(today) if today else None,
                    expect_lines=tuple(expect.get("lines", ())),
                    expect_message=expect.get("message"),
                    encoding=item.get("encoding", "utf-8"),
                    options=dict(item.get("options", {})),
                    path=("examples", key, i),
                )
            )
    return tuple(examples)


MAX_REGEX = 300


class Searcher(Protocol):
    """A compiled user regex: ``search`` (on headings) and ``finditer`` (on titles)."""

    def search(self, text: str) -> object | None: ...

    def finditer(self, text: str) -> Iterator[re.Match[str]]: ...


def safe_regex(pattern: str, where: str) -> Searcher:
    """Compile a user regex (case-insensitive) with RE2, whose matching time is linear
    in the text whatever the pattern: shapes such as ``(a+)+$`` that backtrack
    exponentially in Python's ``re`` cannot hang a run. RE2 has no look-around or
    back-references; such patterns are refused with the reason."""
    import re2

    if len(pattern) > MAX_REGEX:
        raise RuleFileError(f"{where}: regex longer than {MAX_REGEX} characters")
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    try:
        compiled: Searcher = re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        raise RuleFileError(f"{where}: invalid regex {pattern!r}: {reason}") from None
    return compiled


def parse_rule(text: str, source: str, check_prefixes: tuple[str, ...] = ()) -> RuleSpec:
    data, lines = _load(text, source, "rule.schema.json")
    for heading in data.get("options", {}).get("headings", ()):
        safe_regex(heading, f"{source}: options.headings")
    return RuleSpec(
        code=data["code"],
        name=data["name"],
        summary=data["summary"],
        severity=Severity.parse(data["severity"]),
        kind=data["kind"],
        message=" ".join(data.get("message", data["summary"]).split()),
        fix=" ".join(data["fix"].split()),
        rationale=data["rationale"].strip(),
        tags=tuple(data.get("tags", ())),
        audiences=tuple(Audience(a) for a in data.get("audiences", list(Audience))),
        options=dict(data.get("options", {})),
        check=data.get("check"),
        examples=_examples(data),
        source=source,
        references=tuple(data.get("references", ())),
        check_prefixes=("medlint.checks.", *check_prefixes),
        regions=tuple(k for k in RegionKind if k.value in data.get("regions", ("main",))),
        genres=tuple(data.get("genres", ())),
        diagnostic=data.get("diagnostic"),
        from_config=tuple(sorted(data.get("from_config", {}).items())),
        lines=lines,
        autofix=_autofix(data, source, text),
        risk=Risk(data.get("risk", Risk.STYLE)),
    )


BUILTIN_PREFIX = "MED"
BUILTIN_PACK = "rules/core"
# The file at the top of a pack folder that declares the pack's code prefix; never a rule.
PACK_FILE = "pack.yaml"


def pack_prefix(folder: Traversable, label: str) -> tuple[str, str]:
    """(code prefix, the pack.yaml that declared it) of a pack folder; MED and "" when
    the pack has no pack.yaml."""
    node = folder / PACK_FILE
    if not node.is_file():
        return BUILTIN_PREFIX, ""
    source = f"{label}/{PACK_FILE}"
    data = load_data(node.read_text(encoding="utf-8"), source, "pack.schema.json")
    return str(data["prefix"]), source


def require_prefix(specs: Sequence[RuleSpec], prefix: str, declared_in: str, label: str) -> None:
    """Every code of a pack is its prefix and three digits."""
    code = re.compile(rf"{re.escape(prefix)}[0-9]{{3}}")
    for spec in specs:
        if code.fullmatch(spec.code):
            continue
        where = f"{spec.source}:{spec.line(('code',))}: code: {spec.code}"
        if declared_in:
            raise RuleFileError(
                f"{where} does not use the pack's prefix {prefix} (declared in {declared_in}); "
                f"codes of this pack are {prefix} and three digits"
            )
        raise RuleFileError(
            f"{where}: a pack without a {PACK_FILE} uses MED codes; to give the pack codes of "
            f"its own, declare their prefix in {label}/{PACK_FILE} (prefix: "
            f"{spec.code.rstrip('0123456789')})"
        )


def _autofix(data: dict[str, Any], source: str, text: str) -> Autofix | None:
    if "autofix" not in data:
        return None
    autofix = Autofix.from_data(data["autofix"])
    problem = autofix.problem(data.get("options", {}))
    if problem:
        line = _where(text, max(0, text.find("text_option:")))
        raise RuleFileError(f"{source}:{line}: {problem}")
    return autofix


def load_pack(
    folder: Traversable,
    label: str,
    check_prefixes: tuple[str, ...] = (),
    root: Path | None = None,
) -> list[RuleSpec]:
    """Every rule file in a pack folder (recursively); with ``root``, a file whose link
    leads outside it is refused before it is read (medlint.boundary). A ``pack.yaml``
    at the top declares the prefix of the pack's codes."""
    if not folder.is_dir():
        raise RuleFileError(f"{label}: rule pack folder not found")
    entries = resources.walk(folder)
    for entry in entries:
        if root is not None and isinstance(entry, Path) and outside(entry, root):
            raise RuleFileError(
                f"{label}/{entry.name}: links outside the project root {root}; not read"
            )
    prefix, declared_in = pack_prefix(folder, label)
    specs = [
        replace(
            parse_rule(entry.read_text(encoding="utf-8"), f"{label}/{entry.name}", check_prefixes),
            prefix_declared_in=declared_in,
        )
        for entry in entries
        if entry.name != PACK_FILE
    ]
    require_prefix(specs, prefix, declared_in, label)
    return specs


def plugin_packs(untrusted: Sequence[Path] = ()) -> list[RuleSpec]:
    """Packs installed as Python packages: entry points in the ``medlint.packs`` group,
    each a callable that returns the folder of the package's rule files. Only installed
    distributions count: one found under an ``untrusted`` folder (the linted project, the
    current folder) is ignored unless it belongs to the running environment (sys.prefix),
    so a ``*.dist-info`` committed to a checkout never runs."""
    from importlib.metadata import entry_points

    specs: list[RuleSpec] = []
    for entry in entry_points(group="medlint.packs"):
        if not _installed(entry, untrusted):
            continue
        try:
            folder = entry.load()()
        except Exception as exc:
            raise RuleFileError(f"rule pack plugin {entry.name!r} failed to load: {exc}") from None
        package = entry.value.split(":", 1)[0].split(".", 1)[0]
        specs += load_pack(folder, f"{entry.name} (plugin)", (f"{package}.",))
    return specs


def _installed(entry: EntryPoint, untrusted: Sequence[Path]) -> bool:
    if entry.dist is None:
        return False
    location = os.path.realpath(str(entry.dist.locate_file("")))
    if any(within(location, os.path.realpath(p)) for p in (sys.prefix, sys.base_prefix)):
        return True
    return not any(within(location, os.path.realpath(folder)) for folder in untrusted)


def check_entry(spec: RuleSpec) -> tuple[str, str]:
    """A python rule's ``check`` entry as (module, class name), if it names a class inside
    medlint's checks (or an installed plugin's own package); else RuleFileError. Imports
    nothing: a rule file in a linted repository must never be able to run its own code,
    and the engine refuses such a file when it loads the rules, before anything runs."""
    entry = spec.check or ""
    module_name, _, attribute = entry.partition(":")
    if not attribute or not module_name.startswith(spec.check_prefixes):
        raise RuleFileError(
            f"{spec.source}: check {entry!r} must name a class in medlint.checks "
            "as 'medlint.checks.module:Class' (or, for an installed plugin pack, in the "
            "plugin's own package)"
        )
    return module_name, attribute


def check_unique(specs: Sequence[RuleSpec]) -> None:
    """Codes and names are unique, and the packs' declared prefixes do not overlap
    medlint's MED or each other (neither starts with the other, so a selector such as
    ``--select ACME`` means one pack)."""
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for spec in specs:
        for seen, value in ((codes, spec.code), (names, spec.name)):
            if value in seen:
                raise RuleFileError(f"{spec.source}: {value} is already used by {seen[value]}")
            seen[value] = spec.source
    declared = sorted(
        {(s.code.rstrip("0123456789"), s.prefix_declared_in) for s in specs if s.prefix_declared_in}
    )
    for i, (prefix, source) in enumerate(declared):
        for other, other_source in [(BUILTIN_PREFIX, BUILTIN_PACK), *declared[:i]]:
            if other_source != source and (prefix.startswith(other) or other.startswith(prefix)):
                raise RuleFileError(
                    f"{source}: prefix {prefix} collides with the prefix {other} of "
                    f"{other_source}; choose a prefix that neither starts nor is the start of "
                    "another"
                )


def load_builtin_specs() -> tuple[RuleSpec, ...]:
    """Every rule file shipped under rules/ (lexicons and data files excluded)."""
    specs = []
    root = resources.rules_root()
    for pack in sorted(root.iterdir(), key=lambda e: e.name):
        if not pack.is_dir() or pack.name in ("lexicons", "knowledge", "context"):
            continue
        for entry in resources.walk(pack):
            specs.append(
                parse_rule(entry.read_text(encoding="utf-8"), f"rules/{pack.name}/{entry.name}")
            )
    require_prefix(specs, BUILTIN_PREFIX, "", "rules")
    check_unique(specs)
    return tuple(sorted(specs, key=lambda s: s.code))


MODEL_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")  # a model file's name, never a path


def model_text(name: str, kind: str) -> str:
    """The text of the model file ``rules/models/NAME.json``; NAME is a file name (lower-case
    letters, digits, "-" and "_"), never a path; ``kind`` ("sentence model", "page model")
    names it in the errors."""
    if not MODEL_NAME.fullmatch(name):
        raise RuleFileError(f"rules/models/: {name!r} is not a {kind}'s name")
    node = resources.rules_root() / "models" / f"{name}.json"
    if not node.is_file():
        raise RuleFileError(f"rules/models/{name}.json: no such {kind} {name!r}")
    return node.read_text(encoding="utf-8")


def load_lexicon(name: str) -> tuple[str, ...]:
    relative = f"lexicons/{name}.yaml"
    node = resources.rules_root() / "lexicons" / f"{name}.yaml"
    if not node.is_file():
        raise RuleFileError(f"rules/{relative}: no such lexicon {name!r}")
    data = load_data(node.read_text(encoding="utf-8"), f"rules/{relative}", "lexicon.schema.json")
    return tuple(data["patterns"])
