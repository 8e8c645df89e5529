"""benchmarks/cure_gates.py: the gate trace of MED201 errors (round 15)."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def tool():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module("cure_gates")
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.mark.parametrize("split", ["test", "test7", "dev8", "dev14", "dev15", "all"])
def test_refuses_held_out_and_frozen_splits(tool, split: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        tool.main(["--split", split])


def test_traces_a_candidate_to_its_gate(tool) -> None:  # type: ignore[no-untyped-def]
    from medlint.engine import Linter, Options

    linter = Linter(Options(today=dt.date(2026, 12, 1)))
    tracer = tool.Tracer()
    found = tool.trace("# Asthma\n\nAsthma is curable.\n", linter, tracer)
    assert [(m, k) for m, k, _ in found] == [("is curable", "curable")]
    assert "continue" in tracer.gate(found[0][2])  # a curability without a stance
    claimed = tool.trace("# Cramps\n\nTurmeric cures leg cramps.\n", linter, tracer)
    assert any("yield" in tracer.gate(n) for _, _, n in claimed)
