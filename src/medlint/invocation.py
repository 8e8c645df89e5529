"""From command-line arguments to typed values: the options `check` and `audit` share,
their parsing (dates, shards, rule options), and the Linter they build."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from medlint.reporters import REPORTERS
from medlint.ruleset import RuleFileError, RuleSpec, load_builtin_specs

if TYPE_CHECKING:  # the engine (and spaCy behind it) is imported only when a command lints
    from medlint.engine import Linter

EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
FAIL_ON = ("error", "warning", "info", "never")


def split_selectors(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def parse_today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


@dataclass(frozen=True)
class LintArgs:
    """The command line's say in what is linted and how: the options `check`, `audit`
    and `inspect` share (`check` alone sets rule options, shards and --force-exclude)."""

    paths: tuple[str, ...]
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    today: str | None = None
    config_path: str | None = None
    isolated: bool = False
    jobs: int | None = None
    no_cache: bool = False
    cache_dir: str | None = None
    rule_options: tuple[str, ...] = ()
    shard: str | None = None
    force_exclude: bool = False
    scheduler: str | None = None
    cluster_files: str = "auto"


@dataclass(frozen=True)
class CheckOptions:
    """Everything `medlint check` was given: what to lint (``lint``) and what to do with
    the result (report format, output, baseline, fixes, exit policy)."""

    lint: LintArgs
    format_: str = "text"
    output: str | None = None
    fail_on: str | None = None
    baseline_path: str | None = None
    write_baseline: str | None = None
    color: str = "auto"
    quiet: bool = False
    statistics: bool = False
    fix: bool = False
    show_diff: bool = False
    unsafe_fixes: bool = False
    stdin_filename: str | None = None

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> CheckOptions:
        """From click's keyword arguments: the shared ones go to ``lint``."""
        shared = {f.name for f in dataclasses.fields(LintArgs)}
        lint = LintArgs(**{k: v for k, v in params.items() if k in shared})
        return cls(lint, **{k: v for k, v in params.items() if k not in shared})


def build_linter(args: LintArgs) -> Linter:
    """Configuration, options and the Linter, shared by `check`, `audit` and `inspect`;
    configuration and rule-data errors exit 2 with their message."""
    from medlint.config import ConfigError

    try:
        return linter_of(args)
    except ConfigError as exc:
        click.echo(f"medlint: invalid configuration:\n{exc}", err=True)
        sys.exit(EXIT_USAGE)
    except RuleFileError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def linter_of(args: LintArgs) -> Linter:
    """The Linter ``args`` describe (configuration discovered from the first path); raises
    ``config.ConfigError`` and ``RuleFileError`` for a long-running caller (`server`)."""
    from medlint.config import resolve
    from medlint.engine import Linter, Options

    config = resolve(list(args.paths), args.config_path, args.isolated)
    options = Options(
        today=parse_today(args.today),
        select=split_selectors(args.select),
        ignore=split_selectors(args.ignore),
        extend_select=split_selectors(args.extend_select),
        force_exclude=args.force_exclude,
        rule_options=tuple(parse_rule_option(o) for o in args.rule_options),
        config=config,
        jobs=args.jobs or os.cpu_count() or 1,
        cache_dir=None if args.no_cache else cache_dir_of(args.cache_dir),
        shard=parse_shard(args.shard),
        scheduler=args.scheduler,
        cluster_files=args.cluster_files,
    )
    return Linter(options)


def cache_dir_of(given: str | None) -> Path:
    """``--cache-dir``, else the user's cache folder: never the checkout by default."""
    from medlint.cache import user_cache_root

    return Path(given) if given else user_cache_root()


def parse_shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    k, sep, n = text.partition("/")
    if not sep or not k.isdigit() or not n.isdigit() or not 1 <= int(k) <= int(n):
        raise click.BadParameter(f"{text!r}: expected K/N with 1 <= K <= N", param_hint="--shard")
    return int(k), int(n)


def parse_rule_option(text: str) -> tuple[str, str, object]:
    """Parse RULE.KEY=VALUE; the value is read as a YAML scalar (24 -> int)."""
    from medlint import yamlpos

    target, sep, raw = text.partition("=")
    rule, dot, key = target.rpartition(".")
    if not sep or not dot or not rule or not key:
        raise click.BadParameter(f"{text!r}: expected RULE.KEY=VALUE", param_hint="--rule-option")
    try:
        value = yamlpos.safe_load(raw)
    except yamlpos.YamlError:
        value = raw
    return rule, key, value


SHARED_OPTIONS = (
    click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        help="Use this configuration file instead of searching for one.",
    ),
    click.option("--isolated", is_flag=True, help="Ignore all configuration files."),
    click.option(
        "--select",
        multiple=True,
        metavar="SELECTORS",
        help="Only these rules: codes or code prefixes, names or globs, tags. Repeatable "
        "or comma-separated.",
    ),
    click.option(
        "--extend-select",
        multiple=True,
        metavar="SELECTORS",
        help="Add these rules to the selection (the configuration's or --select's).",
    ),
    click.option("--ignore", multiple=True, metavar="SELECTORS", help="Skip these rules."),
    click.option(
        "--today",
        metavar="YYYY-MM-DD",
        help="The date to judge update dates against (default: the real today).",
    ),
    click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes, each with its own spaCy pipeline [default: all cores].",
    ),
    click.option("--no-cache", is_flag=True, help="Analyse every file, ignoring the cache."),
    click.option(
        "--cache-dir",
        type=click.Path(file_okay=False),
        help="Where to keep the result cache [default: $XDG_CACHE_HOME/medlint, else "
        "~/.cache/medlint]. Entries are authenticated with a key kept outside the project.",
    ),
    click.option(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="Lint on the workers of this Dask scheduler (pip install "
        "'medlint-health[dask]'; docs/scaling.md).",
    ),
    click.option(
        "--cluster-files",
        type=click.Choice(["auto", "shared", "send"]),
        default="auto",
        show_default=True,
        help="With --scheduler: workers read the files themselves (shared: they see the same "
        "paths), or this machine sends their bytes (send); auto tries a few files.",
    ),
)


def shared_options(func: Any) -> Any:
    """The options `check` and `audit` share (selection, date, configuration, jobs, cache)."""
    for option in reversed(SHARED_OPTIONS):
        func = option(func)
    return func


def builtin_specs() -> tuple[RuleSpec, ...]:
    try:
        return load_builtin_specs()
    except RuleFileError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)


CHECK_OPTIONS = (
    click.option(
        "-f",
        "--format",
        "format_",
        type=click.Choice(sorted(REPORTERS)),
        default="text",
        show_default=True,
        help="Output format.",
    ),
    click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here."),
    click.option(
        "--fail-on",
        type=click.Choice(FAIL_ON),
        default=None,
        help="Exit 1 when a violation at or above this severity is found [default: the "
        "configuration's fail-on, else error].",
    ),
    click.option(
        "--baseline",
        "baseline_path",
        type=click.Path(dir_okay=False),
        help="Report only violations that are not in this baseline file.",
    ),
    click.option(
        "--write-baseline",
        type=click.Path(dir_okay=False),
        help="Record the current violations in this baseline file and exit 0.",
    ),
    click.option(
        "--color",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="Colour human output (auto: only on a terminal, and never when NO_COLOR is set).",
    ),
    click.option("-q", "--quiet", is_flag=True, help="Print violations only: no summary line."),
    click.option(
        "--statistics",
        is_flag=True,
        help="Print the number of violations per rule instead of each violation.",
    ),
    click.option(
        "--shard",
        metavar="K/N",
        help="Lint only the K-th of N equal shares of the files (for a CI matrix); combine the "
        "JSON or SARIF reports with 'medlint merge'.",
    ),
    click.option(
        "--fix", is_flag=True, help="Apply safe fixes to the files, then report what is left."
    ),
    click.option(
        "--diff",
        "show_diff",
        is_flag=True,
        help="Print the fixes --fix would apply as a unified diff; change nothing.",
    ),
    click.option(
        "--unsafe-fixes",
        is_flag=True,
        help="With --fix or --diff: also apply fixes that may change what the article says.",
    ),
    click.option(
        "--rule-option",
        "rule_options",
        multiple=True,
        metavar="RULE.KEY=VALUE",
        help="Override a rule option, e.g. dates.update-date-stale.max_age_months=24 (a code "
        "works too). Repeatable.",
    ),
    click.option(
        "--force-exclude",
        is_flag=True,
        help="Apply the configuration's exclude globs to files named on the command line too "
        "(for pre-commit, which names every file).",
    ),
    click.option(
        "--stdin-filename",
        metavar="NAME",
        help="With '-': the file name to report, and whose suffix picks the parser.",
    ),
)


def check_options(func: Any) -> Any:
    """The options of `check` alone (format, output, baseline, fixes, shards, ...)."""
    for option in reversed(CHECK_OPTIONS):
        func = option(func)
    return func
