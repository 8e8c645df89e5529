"""A passive consult is an instruction by shape (round 14b): "it is important they are seen
immediately by a medical professional", "should be rapidly seen by medical services"."""

from __future__ import annotations

import pytest

from medlint.checks.knowledge import PROMPT, SAME_DAY
from medlint.engine import Linter, Options

from .conftest import TODAY
from .test_redflags_shape import shaped


@pytest.fixture(scope="module")
def rf() -> Linter:
    linter = Linter(Options(today=TODAY, select=("MED109", "MED112")))
    linter.ensure_compiled()
    return linter


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        (
            "If concerned it is important they are seen immediately by a medical professional.",
            SAME_DAY,
        ),
        ("If the rash spreads, your child should be seen by a doctor.", PROMPT),
    ],
)
def test_a_passive_consult_is_an_instruction(rf: Linter, sentence: str, level: int) -> None:
    found = shaped(rf, f"# Page\n\n{sentence}\n")
    assert list(found.values()) == [level], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Rashes like this are often seen in young children.",
        "If you have already been seen by a doctor, keep your notes.",
    ],
)
def test_seen_describing_is_not_an_instruction(rf: Linter, sentence: str) -> None:
    assert shaped(rf, f"# Page\n\n{sentence}\n") == {}
