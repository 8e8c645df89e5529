"""Precision and recall of the NLP checks on the hand-labelled set (tests/eval).

The floors are the issue's targets (precision 0.95, recall 0.90 per check); the figures
reached when this test was written were 1.00/1.00 on every check, and the "fresh" batch,
added after tuning, scored lower before its misses were fixed (see docs/evaluation.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.evaluation import Report, evaluate_folder

EVAL = Path(__file__).parent / "eval"
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.90
CHECKS = (
    "consult-prompt",
    "consult-discouraged",
    "disclaimer",
    "cure-claim",
    "stop-medication",
    "dose",
    "unsupported-statistic",
    "red-flags-dvt",
)


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {r.name: r for r in evaluate_folder(EVAL)}


def test_every_check_is_evaluated(reports: dict[str, Report]) -> None:
    assert set(reports) == set(CHECKS)
    for report in reports.values():
        labels = [o.label for o in report.outcomes]
        assert labels.count(True) >= 5 and labels.count(False) >= 5, report.name


@pytest.mark.parametrize("name", CHECKS)
def test_precision_and_recall_floors(reports: dict[str, Report], name: str) -> None:
    report = reports[name]
    errors = [f"{'missed' if o.label else 'false alarm'}: {o.text}" for o in report.errors]
    assert report.precision >= PRECISION_FLOOR, errors
    assert report.recall >= RECALL_FLOOR, errors
