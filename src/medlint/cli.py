"""The ``medlint`` command line: the command group and its commands. Argument parsing
lives in ``invocation.py``, what the commands do besides in ``clisupport.py``."""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from medlint import __version__
from medlint.clisupport import (
    Applier,
    Progress,
    explain_text,
    read_stdin,
    report_root,
    warn_nothing_checked,
    warn_sarif_truncation,
    write_output,
)
from medlint.invocation import (
    EXIT_CLEAN,
    EXIT_INTERNAL,
    EXIT_USAGE,
    EXIT_VIOLATIONS,
    FAIL_ON,
    CheckOptions,
    LintArgs,
    build_linter,
    builtin_specs,
    cache_dir_of,
    check_options,
    shared_options,
    split_selectors,
)
from medlint.model import RunResult, Severity
from medlint.reporters import HUMAN, REPORTERS, RenderOptions, render_statistics
from medlint.ruleset import RuleFileError

if TYPE_CHECKING:
    from medlint.engine import Linter


class _Main(click.Group):
    """The command group; an unexpected exception is an internal error: exit 3 with a
    one-line message, not a traceback that exits 1 like "violations found"."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            from medlint.cluster import ClusterError

            if isinstance(exc, ClusterError):  # --scheduler: no Dask, no scheduler, ...
                click.echo(f"medlint: {exc}", err=True)
                ctx.exit(EXIT_USAGE)
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
@check_options
@shared_options
def check(**params: Any) -> None:
    """Lint health articles (files or folders; '-' reads standard input)."""
    run_check(CheckOptions.from_params(params))


def run_check(opts: CheckOptions) -> None:
    """`check`: lint, apply the baseline, report, and exit with the verdict."""
    paths = opts.lint.paths
    if not paths:
        raise click.UsageError("give at least one file or folder to check (or '-' for stdin)")
    stdin = None
    rest = [p for p in paths if p != "-"]
    if "-" in paths:
        stdin = read_stdin(opts.stdin_filename or "<stdin>")
    elif opts.stdin_filename:
        raise click.UsageError("--stdin-filename only makes sense with '-'")
    if opts.lint.scheduler and (opts.fix or opts.show_diff):
        raise click.UsageError("--fix and --diff change files here; leave out --scheduler")
    linter = build_linter(opts.lint)
    fail_on = opts.fail_on or linter.options.config.fail_on or "error"
    if not linter.specs:
        raise click.UsageError("no rules are selected: check --select and --ignore")
    applier = Applier(linter.options.config.root, write=not opts.show_diff)
    try:
        if opts.show_diff:  # one lint per file; the diffs are the output
            linter.run(rest, apply=applier, unsafe_fixes=opts.unsafe_fixes)
            sys.exit(EXIT_VIOLATIONS if applier.changed else EXIT_CLEAN)
        result = linter.run(
            rest,
            stdin=stdin,
            apply=applier if opts.fix else None,
            unsafe_fixes=opts.unsafe_fixes,
        )
    except RuleFileError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    result = _baseline(opts, linter, result)
    if not result.files:
        warn_nothing_checked(paths, opts.lint.force_exclude)
    _report(opts, linter, result, stdin)
    if result.internal_errors:
        sys.exit(EXIT_INTERNAL)
    worst = result.worst()
    if fail_on != "never" and worst is not None and worst >= Severity.parse(fail_on):
        sys.exit(EXIT_VIOLATIONS)
    sys.exit(EXIT_CLEAN)


def _baseline(opts: CheckOptions, linter: Linter, result: RunResult) -> RunResult:
    """--write-baseline (records the violations and exits) or --baseline (subtracts it)."""
    from medlint import baseline
    from medlint.diagnostics import NEVER_BASELINED

    never = linter.diagnostics.codes_of(NEVER_BASELINED)
    if opts.write_baseline:
        text = baseline.render(result, Path(opts.write_baseline), never)
        write_output(text, opts.write_baseline)
        entries = text.count('"path"')
        click.echo(
            f"medlint: wrote {opts.write_baseline} with {entries} "
            f"entr{'y' if entries == 1 else 'ies'} ({len(result.violations)} violations)",
            err=True,
        )
        sys.exit(EXIT_INTERNAL if result.internal_errors else EXIT_CLEAN)
    if not opts.baseline_path:
        return result
    where = Path(opts.baseline_path)
    try:
        applied = baseline.apply(result, baseline.load(where), where, never)
    except baseline.BaselineError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if applied.removable:
        click.echo(
            f"medlint: {len(applied.removable)} baseline entr"
            f"{'y is' if len(applied.removable) == 1 else 'ies are'} fixed and can be removed "
            f"from {opts.baseline_path} (run with --write-baseline to refresh it):",
            err=True,
        )
        for path, code, _hash in applied.removable[:20]:
            click.echo(f"    {path}: {code}", err=True)
    return applied.result


def _report(
    opts: CheckOptions, linter: Linter, result: RunResult, stdin: tuple[str, str] | None
) -> None:
    to_terminal = opts.output in (None, "-") and sys.stdout.isatty()
    render = RenderOptions(
        color=opts.format_ in HUMAN | {"statistics"}
        and (
            opts.color == "always"
            or (opts.color == "auto" and to_terminal and not os.environ.get("NO_COLOR"))
        ),
        quiet=opts.quiet,
        root=report_root(opts.format_),
    )
    reporter = render_statistics if opts.statistics else REPORTERS[opts.format_]
    if opts.format_ == "sarif" and not opts.statistics:
        warn_sarif_truncation(result)
    text = reporter(result, render)
    write_output(text, opts.output, render.color)


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
@shared_options
def audit(html_path: str, csv_path: str | None, json_path: str | None, **shared: Any) -> None:
    """Audit a backlog: an HTML report, CSV/JSON summaries and a terminal summary."""
    from medlint import audit as report

    paths = shared["paths"]
    linter = build_linter(LintArgs(**shared))
    try:
        result = linter.run(list(paths), progress=Progress())
        max_age = linter.stale_after_months()
    except RuleFileError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
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
        warn_sarif_truncation(result)
    write_output(REPORTERS[format_](result, RenderOptions(root=report_root(format_))), output)
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
        click.echo(f"medlint: {cache.clean(cache_dir_of(cache_dir))}", err=True)
    except (ValueError, OSError) as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@main.command("rules")
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(["text", "json", "markdown", "options"]),
    default="text",
    show_default=True,
    help="markdown: the rule reference; options: the options reference (docs/options.md).",
)
@click.option(
    "--test",
    "run_examples",
    is_flag=True,
    help="Run the examples of medlint's rules and of the configuration's packs as tests; "
    "exit 1 if one fails.",
)
@click.option(
    "--select", "test_select", multiple=True, help="With --test: only these rules' examples."
)
def list_rules(format_: str, run_examples: bool, test_select: tuple[str, ...]) -> None:
    """List every rule with its code, name, severity and audiences."""
    if run_examples:
        from medlint.ruletests import run_command

        sys.exit(run_command(split_selectors(test_select)))
    specs = builtin_specs()
    if format_ == "markdown":
        from medlint.reference import render_markdown

        click.echo(render_markdown(specs), nl=False)
        return
    if format_ == "options":
        from medlint.kinds import KINDS, options_schema
        from medlint.reference import render_options

        schemas = {k: getattr(f, "OPTIONS_SCHEMA", {}) for k, f in KINDS.items()}
        click.echo(render_options(specs, options_schema, schemas), nl=False)
        return
    if format_ == "json":
        data = [
            {
                "code": s.code,
                "name": s.name,
                "severity": s.severity.label,
                "risk": str(s.risk),
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

    linter = build_linter(LintArgs((file,), today=today, jobs=1, no_cache=True))
    report = inspect_file(file, linter, linter.options.today)
    if format_ == "json":
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report), nl=False)
    if report["format"] is None:
        sys.exit(EXIT_VIOLATIONS)


@main.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Use this configuration file for every buffer instead of searching for one.",
)
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option(
    "--today",
    metavar="YYYY-MM-DD",
    help="The date to judge update dates against (default: the real today of each lint).",
)
@click.option(
    "--stdio", is_flag=True, help="Accepted for editors that pass it; stdio is the only transport."
)
def server(config_path: str | None, isolated: bool, today: str | None, stdio: bool) -> None:
    """Run the language server for editors (LSP over standard input and output):
    diagnostics while you type, quick fixes, rule explanations on hover."""
    from medlint.invocation import parse_today
    from medlint.lsp.linting import Settings
    from medlint.lsp.server import serve

    parse_today(today)  # a bad date is a usage error now, not on every buffer
    serve(Settings(config_path, isolated, today))


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Explain a rule (by code or name): why it exists, how to fix, examples."""
    specs = builtin_specs()
    found = [s for s in specs if rule.upper() == s.code or rule == s.name]
    if not found:
        raise click.BadParameter(f"no rule {rule!r}; see 'medlint rules'", param_hint="RULE")
    click.echo(explain_text(found[0]))
