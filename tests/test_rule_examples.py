"""Every rule's failing and passing examples, run as tests (they are also its docs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.engine import Linter
from medlint.ruleset import Example, RuleSpec, load_builtin_specs
from medlint.ruletests import example_problem

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
    assert example_problem(linter, spec, example, tmp_path) is None
