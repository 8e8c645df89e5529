"""Round 41 (C41): consult prompts by three more shapes (MED110, checks/consult.py CarerShapes).

Guidance named as what is needed, after it; guidance nouns of evaluation; a carer's
diagnosis, prescription or recommendation as a requirement; meeting or communicating with a
carer. Sentences written for the test after the shapes of the development splits.
"""

from __future__ import annotations

import pytest

from medlint.engine import Linter, Options

from .conftest import TODAY


@pytest.fixture(scope="module")
def med110() -> Linter:
    return Linter(Options(today=TODAY, select=("MED110",)))


def prompted(linter: Linter, sentence: str) -> bool:
    result, crashes = linter.lint_text(
        "a.md", f"# Leg cramps\n\nStretch the muscle.\n\n{sentence}\n"
    )
    assert crashes == 0
    return not [v for v in result.violations if v.code == "MED110"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Medical supervision is essential during a water fast.",
        "For this reason, professional evaluation is strongly recommended.",
        "A combined approach requires professional medical guidance.",
        "Children with reflux should have a general medical evaluation once a year.",
        "Before starting the cleanse, you should be diagnosed by a doctor.",
        "Give this oil to your child only after it has been prescribed by your doctor.",
        "I don't recommend taking castor oil by mouth unless recommended by a physician.",
        "It is important to meet with an eye doctor if your sight changes.",
        "It is important to communicate regularly with your doctor while taking it.",
    ],
)
def test_prompts(med110: Linter, sentence: str) -> None:
    assert prompted(med110, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Medical supervision is not necessary for most people.",
        "Lavender oil is usually recommended by pediatricians for babies.",
        "Give your child paracetamol as recommended by your pediatrician.",
        "Ask about any treatment advised by your oncologist online.",
        "She was diagnosed by a doctor in 2019.",
        "Medical evaluation of the results took two weeks.",
    ],
)
def test_not_prompts(med110: Linter, sentence: str) -> None:
    assert not prompted(med110, sentence)


# The review of round 41 (mends): a requirement or need denied by a quantifier, guidance
# that describes a diagnosis or grades evidence, and a participle in a description or a
# condition are no prompt; a double negation still is.
@pytest.mark.parametrize(
    "sentence",
    [
        "Stretching requires no special equipment and rarely requires medical supervision.",
        "Athletes rarely require professional guidance to stretch.",
        "Hardly anyone requires medical supervision.",
        "Few people need medical supervision for this.",
        "There is only expert opinion to support this use.",
        "Diagnosis requires cautious and thoughtful clinical examination.",
        "Cramps hardly ever need to be treated by a doctor.",
        "Few people need to be treated by a doctor for cramps.",
        "If you have been diagnosed by a doctor with diabetes, cramps may be more common.",
    ],
)
def test_denied_or_described_requirements_are_no_prompts(med110: Linter, sentence: str) -> None:
    assert not prompted(med110, sentence)


def test_a_double_negation_still_prompts(med110: Linter) -> None:
    assert prompted(
        med110, "Adjusting asthma drugs is not recommended without medical supervision."
    )


# The second review of round 41: the first review's quantifier and requirement mends had
# silenced real prompts; a negation in a prompt's own clause, "a few", "fewer than N", a
# double negation after "unless"/"until" and a requirement said by "important", "best",
# "sure", "have to" all prompt.
@pytest.mark.parametrize(
    "sentence",
    [
        "Do not stop taking it unless advised by your doctor.",
        "You should not change your dose unless advised by your doctor.",
        "Do not restart it until advised by your doctor.",
        "Cramps that do not go away should be treated by a doctor.",
        "If it does not improve you should be diagnosed by a doctor.",
        "Children under 2 should never take it and should be treated by a doctor.",
        "Stopping the drug is not safe and requires medical supervision.",
        "A few people need medical supervision.",
        "A diet of fewer than 800 calories a day requires medical supervision.",
        "It is important to be diagnosed by a doctor.",
        "It's best to be treated by a doctor.",
        "Be sure to be diagnosed by a doctor.",
        "Always be diagnosed by a doctor before treating yourself.",
        "Make sure it has been prescribed by your doctor.",
        "You have to be diagnosed by a doctor.",
    ],
)
def test_prompts_the_first_mends_had_silenced(med110: Linter, sentence: str) -> None:
    assert prompted(med110, sentence)
