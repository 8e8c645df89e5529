"""MED110, round 17 (issue 13): consult prompts read from page-level care_prompt labels
(docs/context.md, "Round 17"). Sentences marked "page" are the wording of a page in
/work/restricted-eval/reliability4 (the design data); "variant" are our own."""

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
        # someone or something taken or shown to the carer
        "If you're worried, complete our symptoms checklist and show it to a GP or health "
        "professional.",  # page
        "Take your child to a doctor if the fever lasts more than three days.",  # variant
        # professional care named by an adverb, asked for as a passive or a condition
        "Skin cancers that can spread should be medically investigated to see whether they "
        "have done so.",  # page
        "Fasting should only be done when medically supervised.",  # variant
        # an imperative coordinated with a first one
        "Do not wait any longer and go to the doctor.",  # variant
        "Rest, and then go to the doctor.",  # variant
    ],
)
def test_prompts(med110: Linter, sentence: str) -> None:
    assert prompted(med110, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She took her son to the doctor on Monday.",  # a story
        "Take unused medicines to a pharmacy for safe disposal.",  # no one is taken
        "Many parents take their children to the doctor for colds.",  # a report
        # a warning, read by blind sentence labellers as no prompt (dev2)
        "Very low-calorie diets can be dangerous for people with diabetes if not medically "
        "supervised.",
        "The trial was medically supervised.",  # a report
        "Our medically supervised weight loss program works.",  # no passive or condition
        "People rest and go to the doctor when it hurts.",  # the clause opens with a subject
        "Many patients stop and go to the doctor.",
    ],
)
def test_not_prompts(med110: Linter, sentence: str) -> None:
    assert not prompted(med110, sentence)
