"""The ``medlint`` command line."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import textwrap
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from medlint import __version__
from medlint.model import Severity
from medlint.reporters import HUMAN, REPORTERS, RenderOptions, render_statistics
from medlint.reporters.common import printable
from medlint.ruleset import RuleFileError, RuleSpec, load_builtin_specs

EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
FAIL_ON = ("error", "warning", "info", "never")


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def _build_linter(
    paths: Sequence[str],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    today: str | None,
    config_path: str | None,
    isolated: bool,
    jobs: int | None,
    no_cache: bool,
    cache_dir: str | None,
    rule_options: tuple[str, ...] = (),
    shard: str | None = None,
    extend_select: tuple[str, ...] = (),
    force_exclude: bool = False,
) -> Any:
    """Configuration, options and the Linter, shared by `check` and `audit`; configuration
    and rule-data errors exit 2 with their message."""
    from medlint.config import ConfigError, resolve
    from medlint.engine import Linter, Options

    try:
        config = resolve(list(paths), config_path, isolated)
    except ConfigError as exc:
        click.echo(f"medlint: invalid configuration:\n{exc}", err=True)
        sys.exit(EXIT_USAGE)
    options = Options(
        today=_today(today),
        select=_split(select),
        ignore=_split(ignore),
        extend_select=_split(extend_select),
        force_exclude=force_exclude,
        rule_options=tuple(_rule_option(o) for o in rule_options),
        config=config,
        jobs=jobs or os.cpu_count() or 1,
        cache_dir=None if no_cache else _cache_dir(cache_dir),
        shard=_shard(shard),
    )
    try:
        return Linter(options)
    except RuleFileError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _cache_dir(given: str | None) -> Path:
    """``--cache-dir``, else the user's cache folder: never the checkout by default."""
    from medlint.cache import user_cache_root

    return Path(given) if given else user_cache_root()


def _shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    k, sep, n = text.partition("/")
    if not sep or not k.isdigit() or not n.isdigit() or not 1 <= int(k) <= int(n):
        raise click.BadParameter(f"{text!r}: expected K/N with 1 <= K <= N", param_hint="--shard")
    return int(k), int(n)


def _rule_option(text: str) -> tuple[str, str, object]:
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


def write_output(text: str, output: str | None, color: bool = False) -> None:
    """Write to stdout, or atomically to a file (never a half-written report). The
    undecodable bytes of a file name (lone surrogates) are written as ``\\udcXX`` escapes,
    which JSON reads back as the same name."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if output is None or output == "-":
        click.echo(text, nl=False, color=color)
        return
    target = Path(output)
    if target.exists() and not target.is_file():
        # A device or a pipe (/dev/null, /dev/stdout, a FIFO): write into it. Replacing it
        # with a file would turn /dev/null into a regular file for every later program.
        with open(target, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # a report is an ordinary file, not mkstemp's 0600
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_SHARED_OPTIONS = (
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
        help="Only these rules: codes or prefixes (MED1), names or globs, tags. Repeatable "
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
)


def _shared_options(func: Any) -> Any:
    """The options `check` and `audit` share (selection, date, configuration, jobs, cache)."""
    for option in reversed(_SHARED_OPTIONS):
        func = option(func)
    return func


class _Main(click.Group):
    """The command group; an unexpected exception is an internal error: exit 3 with a
    one-line message, not a traceback that exits 1 like "violations found"."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            where = ""
            if exc.__traceback__ is not None:
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                where = f" at {Path(frame.filename).name}:{frame.lineno}"
            click.echo(
                f"medlint: internal error: {type(exc).__name__}: {exc}{where}; this is a "
                "medlint bug, please report it",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="medlint")
def main() -> None:
    """medlint: a content-validation and medical-safety linter for health articles."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(sorted(REPORTERS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default=None,
    help="Exit 1 when a violation at or above this severity is found [default: the "
    "configuration's fail-on, else error].",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Report only violations that are not in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record the current violations in this baseline file and exit 0.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour human output (auto: only on a terminal, and never when NO_COLOR is set).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print violations only: no summary line.")
@click.option(
    "--statistics",
    is_flag=True,
    help="Print the number of violations per rule instead of each violation.",
)
@click.option(
    "--shard",
    metavar="K/N",
    help="Lint only the K-th of N equal shares of the files (for a CI matrix); combine the "
    "JSON or SARIF reports with 'medlint merge'.",
)
@click.option(
    "--fix", is_flag=True, help="Apply safe fixes to the files, then report what is left."
)
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print the fixes --fix would apply as a unified diff; change nothing.",
)
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix or --diff: also apply fixes that may change what the article says.",
)
@click.option(
    "--rule-option",
    "rule_options",
    multiple=True,
    metavar="RULE.KEY=VALUE",
    help="Override a rule option, e.g. MED108.max_age_months=24. Repeatable.",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply the configuration's exclude globs to files named on the command line too "
    "(for pre-commit, which names every file).",
)
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="With '-': the file name to report, and whose suffix picks the parser.",
)
@_shared_options
def check(
    paths: tuple[str, ...],
    format_: str,
    output: str | None,
    fail_on: str | None,
    config_path: str | None,
    isolated: bool,
    baseline_path: str | None,
    write_baseline: str | None,
    jobs: int | None,
    no_cache: bool,
    cache_dir: str | None,
    shard: str | None,
    fix: bool,
    show_diff: bool,
    unsafe_fixes: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    today: str | None,
    color: str,
    quiet: bool,
    statistics: bool,
    rule_options: tuple[str, ...],
    force_exclude: bool,
    stdin_filename: str | None,
) -> None:
    """Lint health articles (files or folders; '-' reads standard input)."""

    if not paths:
        raise click.UsageError("give at least one file or folder to check (or '-' for stdin)")
    stdin = None
    rest = [p for p in paths if p != "-"]
    if "-" in paths:
        stdin = _read_stdin(stdin_filename or "<stdin>")
    elif stdin_filename:
        raise click.UsageError("--stdin-filename only makes sense with '-'")
    linter = _build_linter(
        paths,
        select,
        ignore,
        today,
        config_path,
        isolated,
        jobs,
        no_cache,
        cache_dir,
        rule_options,
        shard,
        extend_select,
        force_exclude,
    )
    fail_on = fail_on or linter.options.config.fail_on or "error"
    if not linter.specs:
        raise click.UsageError("no rules are selected: check --select and --ignore")
    applier = _Applier(linter.options.config.root, write=not show_diff)
    try:
        if show_diff:  # one lint per file; the diffs are the output
            linter.run(rest, apply=applier, unsafe_fixes=unsafe_fixes)
            sys.exit(EXIT_VIOLATIONS if applier.changed else EXIT_CLEAN)
        result = linter.run(
            rest, stdin=stdin, apply=applier if fix else None, unsafe_fixes=unsafe_fixes
        )
    except RuleFileError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    from medlint import baseline

    if write_baseline:
        text = baseline.render(result, Path(write_baseline))
        write_output(text, write_baseline)
        entries = text.count('"path"')
        click.echo(
            f"medlint: wrote {write_baseline} with {entries} entr{'y' if entries == 1 else 'ies'} "
            f"({len(result.violations)} violations)",
            err=True,
        )
        sys.exit(EXIT_INTERNAL if result.internal_errors else EXIT_CLEAN)
    if baseline_path:
        try:
            applied = baseline.apply(
                result, baseline.load(Path(baseline_path)), Path(baseline_path)
            )
        except baseline.BaselineError as exc:
            click.echo(f"medlint: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        result = applied.result
        if applied.removable:
            click.echo(
                f"medlint: {len(applied.removable)} baseline entr"
                f"{'y is' if len(applied.removable) == 1 else 'ies are'} fixed and can be removed "
                f"from {baseline_path} (run with --write-baseline to refresh it):",
                err=True,
            )
            for path, code, _hash in applied.removable[:20]:
                click.echo(f"    {path}: {code}", err=True)
    if not result.files:
        _warn_nothing_checked(paths, force_exclude)
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    render = RenderOptions(
        color=format_ in HUMAN | {"statistics"}
        and (
            color == "always"
            or (color == "auto" and to_terminal and not os.environ.get("NO_COLOR"))
        ),
        quiet=quiet,
        root=_report_root(format_),
    )
    reporter = render_statistics if statistics else REPORTERS[format_]
    if format_ == "sarif" and not statistics:
        _warn_sarif_truncation(result)
    text = reporter(result, render)
    write_output(text, output, render.color)
    if result.internal_errors:
        sys.exit(EXIT_INTERNAL)
    worst = result.worst()
    if fail_on != "never" and worst is not None and worst >= Severity.parse(fail_on):
        sys.exit(EXIT_VIOLATIONS)
    sys.exit(EXIT_CLEAN)


def _report_root(format_: str) -> Path | None:
    """The folder a machine format makes paths relative to: GitLab's CI_PROJECT_DIR when
    set, else the repository root (SARIF's %SRCROOT%); other formats keep paths as they
    were relative to the working directory."""
    from medlint.reporters.common import repository_root

    if format_ == "gitlab" and os.environ.get("CI_PROJECT_DIR"):
        return Path(os.environ["CI_PROJECT_DIR"])
    if format_ in ("gitlab", "sarif"):
        return repository_root(Path.cwd())
    return None


def _warn_sarif_truncation(result: Any) -> None:
    from medlint.reporters.sarif import truncation_note

    note = truncation_note(result)
    if note:
        click.echo(f"medlint: warning: {note}", err=True)


def _read_stdin(name: str) -> tuple[str, str]:
    """Standard input's bytes decoded as a file of that name would be (reading.py), not
    with the terminal's locale; undecodable input is a usage error naming the problem."""
    from medlint import reading

    data = sys.stdin.buffer.read()
    decoded = reading.decode(data, reading.kind_of(name, data))
    if decoded.text is None:
        raise click.UsageError(f"{name} (standard input): {decoded.problem}")
    return name, decoded.text


def _warn_nothing_checked(paths: Sequence[str], force_exclude: bool) -> None:
    """A run that checked nothing is probably a mistake (a wrong path, an include or
    exclude that matches everything): say so, without failing the run."""
    why = (
        "every file named was excluded by the configuration (--force-exclude)"
        if force_exclude
        else "no article files (.md .markdown .html .htm .txt, or the configuration's "
        "include) under " + ", ".join(repr(p) for p in paths[:5])
    )
    click.echo(f"medlint: warning: 0 files checked: {why}", err=True)


class _Applier:
    """What --fix and --diff do with a file's fix (fixes.Plan): write it and say so on
    standard error, or print it as a unified diff. Returns whether the file changed."""

    def __init__(self, root: Path, write: bool) -> None:
        self.root = root
        self.write = write
        self.changed = 0

    def __call__(self, plan: Any) -> bool:
        from medlint import fixes

        self.changed += 1
        shown = printable(plan.path)
        if not self.write:
            click.echo(fixes.unified_diff(shown, plan.before, plan.after), nl=False)
            return False
        problem = fixes.write_fix(plan, self.root)
        left = (
            f" ({plan.skipped} overlapping fix{'' if plan.skipped == 1 else 'es'} left for "
            "another --fix)"
            if plan.skipped
            else ""
        )
        click.echo(
            f"medlint: {shown}: {problem}" if problem else f"medlint: fixed {shown}{left}",
            err=True,
        )
        return problem is None


def _specs() -> tuple[RuleSpec, ...]:
    try:
        return load_builtin_specs()
    except RuleFileError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)


class _Progress:
    """A one-line progress bar on a terminal; silent when stderr is not a TTY or in CI."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty() and not os.environ.get("CI")
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        percent = done * 100 // total
        if percent == self.shown and done != total:
            return
        self.shown = percent
        filled = percent * 30 // 100
        bar = "#" * filled + "." * (30 - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{total} articles")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False),
    default="medlint-audit.html",
    show_default=True,
    help="The self-contained HTML report.",
)
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), help="Also write CSV.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Also write JSON.")
@_shared_options
def audit(
    paths: tuple[str, ...],
    html_path: str,
    csv_path: str | None,
    json_path: str | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    today: str | None,
    config_path: str | None,
    isolated: bool,
    jobs: int | None,
    no_cache: bool,
    cache_dir: str | None,
) -> None:
    """Audit a backlog: an HTML report, CSV/JSON summaries and a terminal summary."""
    from medlint import audit as report

    linter = _build_linter(
        paths,
        select,
        ignore,
        today,
        config_path,
        isolated,
        jobs,
        no_cache,
        cache_dir,
        extend_select=extend_select,
    )
    try:
        result = linter.run(list(paths), progress=_Progress())
    except RuleFileError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    max_age = int(linter.by_code["MED108"].options.get("max_age_months", 36))
    table = report.rows(result, linter.options.today, max_age)
    write_output(report.render_html(result, table, max_age), html_path)
    if csv_path:
        write_output(report.render_csv(table), csv_path)
    if json_path:
        write_output(report.render_json(result, table, max_age), json_path)
    click.echo(report.terminal_summary(result, table, max_age), nl=False)
    click.echo(f"Report: {html_path}" + "".join(f", {p}" for p in (csv_path, json_path) if p))
    sys.exit(EXIT_INTERNAL if result.internal_errors else EXIT_CLEAN)


@main.command()
@click.argument("reports", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(sorted(REPORTERS)),
    default="json",
    show_default=True,
    help="Output format of the merged report.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True)
def merge(reports: tuple[str, ...], format_: str, output: str | None, fail_on: str) -> None:
    """Combine the JSON or SARIF reports of shards (--shard K/N) into one report."""
    from medlint.merging import MergeError, merge_reports

    try:
        result = merge_reports([Path(r) for r in reports])
    except MergeError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if format_ == "sarif":
        _warn_sarif_truncation(result)
    write_output(REPORTERS[format_](result, RenderOptions(root=_report_root(format_))), output)
    worst = result.worst()
    if fail_on != "never" and worst is not None and worst >= Severity.parse(fail_on):
        sys.exit(EXIT_VIOLATIONS)
    sys.exit(EXIT_CLEAN)


@main.command()
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    help="The cache folder to remove [default: the user's medlint cache folder].",
)
def clean(cache_dir: str | None) -> None:
    """Remove medlint's cache folder (only a real folder holding a CACHEDIR.TAG)."""
    from medlint import cache

    try:
        click.echo(f"medlint: {cache.clean(_cache_dir(cache_dir))}", err=True)
    except (ValueError, OSError) as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@main.command("rules")
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
def list_rules(format_: str) -> None:
    """List every rule with its code, name, severity and audiences."""
    specs = _specs()
    if format_ == "markdown":
        from medlint.reference import render_markdown

        click.echo(render_markdown(specs), nl=False)
        return
    if format_ == "json":
        data = [
            {
                "code": s.code,
                "name": s.name,
                "severity": s.severity.label,
                "kind": s.kind,
                "audiences": list(s.audiences),
                "tags": list(s.tags),
                "summary": s.summary,
            }
            for s in specs
        ]
        click.echo(json.dumps(data, indent=2))
        return
    width = max(len(s.name) for s in specs)
    for s in specs:
        audiences = ",".join(s.audiences)
        click.echo(
            f"{s.code}  {s.name:<{width}}  {s.severity.label:<7}  {audiences:<21}  {s.summary}"
        )


@main.command("inspect")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "-f", "--format", "format_", type=click.Choice(["text", "json"]), default="text",
    show_default=True,
)  # fmt: skip
@click.option("--today", help="The date to judge dates against (default: the real today).")
def inspect_command(file: str, format_: str, today: str | None) -> None:
    """Show how medlint read FILE: encoding, regions, metadata facts and where they were
    found, the dates, reviewers and review status the rules judge, audience and topics."""
    from medlint.inspection import inspect_file, render_text

    linter = _build_linter([file], (), (), today, None, False, 1, True, None)
    report = inspect_file(file, linter, linter.options.today)
    if format_ == "json":
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report), nl=False)
    if report["format"] is None:
        sys.exit(EXIT_VIOLATIONS)


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Explain a rule (by code or name): why it exists, how to fix, examples."""
    specs = _specs()
    found = [s for s in specs if rule.upper() == s.code or rule == s.name]
    if not found:
        raise click.BadParameter(f"no rule {rule!r}; see 'medlint rules'", param_hint="RULE")
    s = found[0]
    out = [
        f"{s.code} {s.name}",
        "",
        s.summary,
        "",
        f"Severity: {s.severity.label}    Audiences: {', '.join(s.audiences)}    "
        f"Tags: {', '.join(s.tags) or '-'}",
        "",
        "Why:",
        textwrap.indent(s.rationale, "  "),
        "",
        "How to fix:",
        textwrap.indent(s.fix, "  "),
    ]
    if s.options:
        shown = {k: v for k, v in s.options.items() if isinstance(v, (int, str, float, bool))}
        if shown:
            out += ["", "Options:"] + [f"  {k}: {v}" for k, v in shown.items()]
    for passes in (False, True):
        examples = [e for e in s.examples if e.passes is passes]
        if not examples:
            continue
        out += ["", "Passes:" if passes else "Fails:"]
        for e in examples:
            out += [f"  -- {e.name} ({e.filename})", textwrap.indent(e.text.rstrip(), "     | ")]
    if s.references:
        out += ["", "References:"] + [f"  - {r}" for r in s.references]
    click.echo("\n".join(out))
