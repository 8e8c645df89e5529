"""Every rule's failing and passing examples, run as tests (they are also its docs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from medlint.engine import Linter, Options
from medlint.ruleset import Example, RuleSpec, load_builtin_specs

# Examples without their own "today" are judged on a fixed date.
EXAMPLE_TODAY = dt.date(2026, 6, 1)

CASES = [
    pytest.param(
        spec, example, id=f"{spec.code}-{'pass' if example.passes else 'fail'}-{example.name}"
    )
    for spec in load_builtin_specs()
    for example in spec.examples
]


def test_every_rule_has_failing_and_passing_examples() -> None:
    for spec in load_builtin_specs():
        if spec.code in ("MED902", "MED905"):
            continue  # a crash, or a configured requirement: see test_engine / test_suppression
        kinds = {e.passes for e in spec.examples}
        assert kinds == {True, False}, f"{spec.code} needs failing and passing examples"


@pytest.mark.parametrize(("spec", "example"), CASES)
def test_example(linter: Linter, tmp_path: Path, spec: RuleSpec, example: Example) -> None:
    check_example(linter, tmp_path, spec, example)


def check_example(linter: Linter, tmp_path: Path, spec: RuleSpec, example: Example) -> None:
    """Run one example as its rule's test; ``linter`` must know the rule."""
    path = tmp_path / example.filename
    path.write_bytes(example.text.encode(example.encoding))
    if example.options:  # set for this example only, as the configuration would
        overrides = tuple((spec.code, key, value) for key, value in example.options.items())
        linter = Linter(Options(today=EXAMPLE_TODAY, rule_options=overrides), linter.all_specs)
    result, crashes = linter.lint_file(str(path), today=example.today or EXAMPLE_TODAY)
    assert crashes == 0, [v.message for v in result.violations if v.code == "MED902"]
    found = [v for v in result.violations if v.code == spec.code]
    if example.passes:
        assert not found, f"{spec.code} should pass: {[v.message for v in found]}"
        return
    assert found, (
        f"{spec.code} should fail on this example; got {[v.code for v in result.violations]}"
    )
    if example.expect_lines:
        assert sorted({v.line for v in found}) == sorted(example.expect_lines)
    if example.expect_message:
        assert any(example.expect_message in v.message for v in found), [v.message for v in found]
