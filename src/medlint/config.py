"""Configuration: [tool.medlint] in pyproject.toml, .medlint.toml or .medlint.yaml.

Found by walking up from the first linted path (``--config`` names one, ``--isolated``
uses none), validated against schemas/config.schema.json; every error names the file,
the key and the problem.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medlint import boundary, resources, tomlpos, yamlpos

CANDIDATES = (".medlint.toml", ".medlint.yaml", ".medlint.yml", "pyproject.toml")


class ConfigError(ValueError):
    """A configuration file is invalid: the message names the file, key and problem."""


@dataclass(frozen=True)
class PerFile:
    files: tuple[str, ...]
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    require_suppression_reason: bool = False
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    per_file: tuple[PerFile, ...] = ()
    organization: dict[str, Any] = field(default_factory=dict)
    packs: tuple[Path, ...] = ()
    # The line of every key found (yamlpos key paths inside [tool.medlint]), for messages.
    lines: dict[yamlpos.Path, int] = field(default_factory=dict, repr=False, compare=False)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def setting(self, dotted: str) -> Any:
        """The value of a dotted key such as ``organization.disclaimers`` (None when not
        configured); KeyError for a section rule files cannot read."""
        section, _, rest = dotted.partition(".")
        tables: dict[str, dict[str, Any]] = {"organization": self.organization}
        value: Any = tables[section]
        for part in rest.split("."):
            if not isinstance(value, dict) or part not in value:
                return None
            value = value[part]
        return value

    def where(self, key_path: yamlpos.Path) -> str:
        """``file:line: key`` for a key of this configuration (the line of the nearest
        enclosing key found), as error messages name it."""
        if self.path is None:
            return f"configuration: {'.'.join(map(str, key_path))}"
        return _where(self.path, self.lines, key_path)


def _where(path: Path, lines: dict[yamlpos.Path, int], key_path: yamlpos.Path) -> str:
    line = yamlpos.nearest(lines, key_path)
    prefix = "[tool.medlint] " if path.name == "pyproject.toml" else ""
    key = ".".join(map(str, key_path)) or "(top level)"
    return f"{path}{f':{line}' if line else ''}: {prefix}{key}"


def find(start: Path) -> Path | None:
    directory = start if start.is_dir() else start.parent
    for folder in (directory.resolve(), *directory.resolve().parents):
        for name in CANDIDATES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml":
                return candidate
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            if "medlint" in data.get("tool", {}):
                return candidate
    return None


def _read(path: Path) -> tuple[dict[str, Any], dict[yamlpos.Path, int]]:
    """The configuration's data and the line of each of its keys."""
    escape = boundary.escapes(path, path.parent)
    if escape:  # a committed link to a runner's file must not echo it in error messages
        raise ConfigError(f"{path}: {escape}")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    if path.suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        positions = tomlpos.positions(text)
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("medlint", {})
            table = ("tool", "medlint")
            positions = {p[2:]: at for p, at in positions.items() if p[:2] == table}
        return data, yamlpos.lines(text, positions)
    try:
        loaded = yamlpos.load(text)
    except yamlpos.YamlError as exc:
        line = text.count("\n", 0, exc.offset) + 1
        raise ConfigError(f"{path}:{line}: {exc}") from None
    if loaded.data is None:
        return {}, {}
    if not isinstance(loaded.data, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping of keys to values")
    return loaded.data, yamlpos.lines(text, loaded.positions)


def load(path: Path) -> Config:
    data, lines = _read(path)
    schema = resources.schema("config.schema.json")
    import jsonschema  # here: only a configuration file is validated with it

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise ConfigError(
            "\n".join(
                f"{_where(path, lines, tuple(error.absolute_path))}: {error.message}"
                for error in errors[:10]
            )
        )
    return Config(
        path=path,
        select=tuple(data.get("select", ())),
        extend_select=tuple(data.get("extend-select", ())),
        ignore=tuple(data.get("ignore", ())),
        fail_on=data.get("fail-on"),
        include=tuple(data.get("include", ())),
        exclude=tuple(data.get("exclude", ())),
        respect_gitignore=bool(data.get("respect-gitignore", True)),
        require_suppression_reason=bool(data.get("require-suppression-reason", False)),
        rules={str(k): dict(v) for k, v in data.get("rules", {}).items()},
        per_file=tuple(
            PerFile(
                files=tuple(p["files"]),
                ignore=tuple(p.get("ignore", ())),
                extend_select=tuple(p.get("extend-select", ())),
                severity=dict(p.get("severity", {})),
            )
            for p in data.get("per-file", ())
        ),
        organization=dict(data.get("organization", {})),
        packs=tuple(path.parent / p for p in data.get("packs", ())),
        lines=lines,
    )


def resolve(paths: list[str], explicit: str | None, isolated: bool) -> Config:
    if isolated:
        return Config()
    if explicit:
        return load(Path(explicit))
    start = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
    found = find(start if start.exists() else Path.cwd())
    return load(found) if found else Config()
