"""What the commands do besides parsing arguments: writing reports, reading standard
input, warnings, the progress bar, applying fixes, explaining a rule."""

from __future__ import annotations

import os
import sys
import tempfile
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from medlint.model import RunResult
from medlint.reporters.common import printable
from medlint.ruleset import RuleSpec

if TYPE_CHECKING:
    from medlint.fixes import Plan


def write_output(text: str, output: str | None, color: bool = False) -> None:
    """Write to stdout, or atomically to a file (never a half-written report). The
    undecodable bytes of a file name (lone surrogates) are written as ``\\udcXX`` escapes,
    which JSON reads back as the same name."""
    data = text.encode("utf-8", "backslashreplace")
    if output is None or output == "-":
        click.echo(data.decode("utf-8"), nl=False, color=color)
        return
    target = Path(output)
    if target.exists() and not target.is_file():
        # A device or a pipe (/dev/null, /dev/stdout, a FIFO): write into it. Replacing it
        # with a file would turn /dev/null into a regular file for every later program.
        with open(target, "wb") as handle:
            handle.write(data)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # a report is an ordinary file, not mkstemp's 0600
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def report_root(format_: str) -> Path | None:
    """The folder a machine format makes paths relative to: GitLab's CI_PROJECT_DIR when
    set, else the repository root (SARIF's %SRCROOT%); other formats keep paths as they
    were relative to the working directory."""
    from medlint.reporters.common import repository_root

    if format_ == "gitlab" and os.environ.get("CI_PROJECT_DIR"):
        return Path(os.environ["CI_PROJECT_DIR"])
    if format_ in ("gitlab", "sarif"):
        return repository_root(Path.cwd())
    return None


def warn_sarif_truncation(result: RunResult) -> None:
    from medlint.reporters.sarif import truncation_note

    note = truncation_note(result)
    if note:
        click.echo(f"medlint: warning: {note}", err=True)


def read_stdin(name: str) -> tuple[str, str]:
    """Standard input's bytes decoded as a file of that name would be (reading.py), not
    with the terminal's locale; undecodable input is a usage error naming the problem."""
    from medlint import reading

    data = sys.stdin.buffer.read()
    decoded = reading.decode(data, reading.kind_of(name, data))
    if decoded.text is None:
        raise click.UsageError(f"{name} (standard input): {decoded.problem}")
    return name, decoded.text


def warn_nothing_checked(paths: Sequence[str], force_exclude: bool) -> None:
    """A run that checked nothing is probably a mistake (a wrong path, an include or
    exclude that matches everything): say so, without failing the run."""
    why = (
        "every file named was excluded by the configuration (--force-exclude)"
        if force_exclude
        else "no article files (.md .markdown .html .htm .txt, or the configuration's "
        "include) under " + ", ".join(repr(p) for p in paths[:5])
    )
    click.echo(f"medlint: warning: 0 files checked: {why}", err=True)


class Applier:
    """What --fix and --diff do with a file's fix (fixes.Plan): write it and say so on
    standard error, or print it as a unified diff. Returns whether the file changed."""

    def __init__(self, root: Path, write: bool) -> None:
        self.root = root
        self.write = write
        self.changed = 0

    def __call__(self, plan: Plan) -> bool:
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


class Progress:
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


def explain_text(s: RuleSpec) -> str:
    """`medlint explain`: why the rule exists, how to fix, options, examples, references."""
    out = [
        f"{s.code} {s.name}",
        "",
        s.summary,
        "",
        f"Severity: {s.severity.label}    Audiences: {', '.join(s.audiences)}    "
        f"Tags: {', '.join(s.tags) or '-'}"
        + (f"    Genres: {', '.join(s.genres)}" if s.genres else ""),
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
    return "\n".join(out)
