"""Rules' examples run as tests: every failing example must be reported by its rule (on
the expected lines, with the expected message), no passing example may be.

``medlint rules --test`` runs them for the rules the configuration loads (medlint's own
and the packs'); tests/test_rule_examples.py runs medlint's own one by one.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from medlint.engine import Linter, Options
from medlint.ruleset import Example, RuleSpec

# Examples without their own "today" are judged on a fixed date, so they never age.
EXAMPLE_TODAY = dt.date(2026, 6, 1)


def example_problem(linter: Linter, spec: RuleSpec, example: Example, folder: Path) -> str | None:
    """Why ``example`` fails as a test of ``spec`` (None when it passes); ``linter`` must
    know the rule, and the example is written into ``folder``."""
    path = folder / example.filename
    path.write_bytes(example.text.encode(example.encoding))
    if example.options:  # set for this example only, as the configuration would
        overrides = tuple((spec.code, key, value) for key, value in example.options.items())
        options = Options(today=EXAMPLE_TODAY, rule_options=overrides)
        linter = Linter(options, linter.all_specs)
    result, crashes = linter.lint_file(str(path), today=example.today or EXAMPLE_TODAY)
    if crashes:
        return "medlint crashed: " + "; ".join(v.message for v in result.violations)
    found = [v for v in result.violations if v.code == spec.code]
    if example.passes:
        return f"should pass, but: {[v.message for v in found]}" if found else None
    if not found:
        return f"should fail; got {[v.code for v in result.violations]}"
    lines = sorted({v.line for v in found})
    if example.expect_lines and lines != sorted(example.expect_lines):
        return f"expected lines {sorted(example.expect_lines)}, got {lines}"
    if example.expect_message and not any(example.expect_message in v.message for v in found):
        return f"no message contains {example.expect_message!r}: {[v.message for v in found]}"
    return None


def run(
    linter: Linter, specs: Sequence[RuleSpec]
) -> Iterator[tuple[RuleSpec, Example, str | None]]:
    """(rule, example, problem or None) for every example of ``specs``."""
    with tempfile.TemporaryDirectory(prefix="medlint-examples-") as folder:
        for spec in specs:
            for i, example in enumerate(spec.examples):
                own = Path(folder) / f"{spec.code}-{i}"
                own.mkdir()
                yield spec, example, example_problem(linter, spec, example, own)


def run_command(select: tuple[str, ...]) -> int:
    """``medlint rules --test``: each example of the selected rules (built-in, plugin and
    the found configuration's packs, with their own options only) as a test; the exit code."""
    import click

    from medlint.config import Config, ConfigError, resolve
    from medlint.ruleset import RuleFileError
    from medlint.selection import matches

    try:
        found = resolve([], None, False)
        packs_only = Config(path=found.path, packs=found.packs)
        linter = Linter(Options(today=EXAMPLE_TODAY, config=packs_only))
    except (ConfigError, RuleFileError) as exc:
        click.echo(f"medlint: {exc}", err=True)
        return 2
    specs = [s for s in linter.all_specs if not select or any(matches(s, x) for x in select)]
    if not specs:
        click.echo(f"medlint: --select {' '.join(select)} matches no rule", err=True)
        return 2
    total = failed = 0
    for spec, example, problem in run(linter, specs):
        total += 1
        if problem is not None:
            failed += 1
            verdict = "pass" if example.passes else "fail"
            click.echo(
                f"{spec.source}:{spec.line(example.path)}: {spec.code} {verdict} example "
                f"{example.name!r}: {problem}"
            )
    click.echo(f"{total} examples of {len(specs)} rules, {failed} failed")
    return 1 if failed else 0
