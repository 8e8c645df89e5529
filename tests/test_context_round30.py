"""Round 30 (criterion-30.md, N30): a negated verb of omission is a double negation.

"Do not miss checking with your healthcare provider" tells the reader to check with the
provider: MED111 must not read it as care denied, and MED110 counts it as a prompt. A
negation of "forget" or "skip" with a care noun right after it keeps its meaning ("never skip
your check-ups")."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    "body",
    [
        "Do not miss checking with your healthcare provider before making it a part of your diet.",
        "Don't forget to check with your doctor before taking it.",
        "Do not fail to consult your doctor before using it.",
        "Never neglect to talk to your doctor before starting.",
        "Don't overlook asking your pharmacist about other medicines you take.",
    ],
)
def test_negated_omission_is_a_prompt(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED111", heading="Apple cider vinegar") == []
    assert codes(linter, body, "MED110", heading="Apple cider vinegar") == []


@pytest.mark.parametrize(
    "body",
    [
        "Don't check with your doctor; they will only prescribe pills.",
        "You do not need to talk to your doctor about it.",
    ],
)
def test_plain_negation_still_denies_care(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED111", heading="Apple cider vinegar")


def test_never_skip_a_check_up_stays_quiet(linter: Linter) -> None:
    assert codes(linter, "Never skip your check-ups.", "MED111") == []
