"""MED112 reads more of a title's grammar as the reader managing a condition by their own
means (round 63, candidate M76 and its review's mend M76b): a condition named right before a
diet or exercises that head their clause, what to eat with a condition, a means to avoid with
a condition, and the writer's own cure told as a story. The round-62 limits hold: other
people the page is for, a quoted phrase, no condition; pregnancy is no condition, and care
given by others is no story of the writer's own cure."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter
from medlint.selection import Options

BODY = (
    "This guide explains what to eat and how to move when you live with this condition. "
    "Pain and swelling can get worse. Start slowly and keep a diary of how you feel each day."
)


@pytest.fixture(scope="module")
def net() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 4), select=("MED112",)))


def asked(linter: Linter, title: str) -> list[str]:
    text = f"---\ntitle: {title}\n---\n# {title}\n\n{BODY}\n"
    result, crashes = linter.lint_text("a.md", text)
    assert crashes == 0
    return [v.message for v in result.violations if v.code == "MED112"]


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Chronic Kidney Disease Diet", "Chronic Kidney Disease Diet"),
        ("Osteoporosis Exercises to Avoid", "Osteoporosis Exercises"),
        ("6 sciatica stretches for the lower back", "sciatica stretches"),
        ("Chronic Kidney Disease Diet Plan", "Chronic Kidney Disease Diet Plan"),
        ("What to Eat During a Diverticulitis Flare-Up", "What to Eat"),
        ("What should I eat after acute pancreatitis?", "What should I eat"),
        ("Exercise after a heart attack", "Exercise after"),
        ("10 exercises to never do with osteoporosis", "exercises to never do with"),
    ],
)
def test_more_grammar_of_managing_a_condition(net: Linter, title: str, said: str) -> None:
    messages = asked(net, title)
    assert len(messages) == 1 and "the reader manages a condition" in messages[0]
    assert repr(said) in messages[0]


@pytest.mark.parametrize(
    "title",
    [
        "I Reversed Type 2: Here's How",
        "What healed my eczema",
        "Seven things that helped me in recovering from ME/CFS",
    ],
)
def test_the_writers_own_cure_is_self_treatment(net: Linter, title: str) -> None:
    messages = asked(net, title)
    assert len(messages) == 1 and "self-treatment" in messages[0]


@pytest.mark.parametrize(
    "title",
    [
        "The Mediterranean Diet",  # no condition
        "Keto diet for beginners",
        "Diabetes Recipes for Dinner",  # recipes are no head a condition qualifies
        "Heart failure patients' diet",  # written about patients
        "Diabetes and heart disease: the best diet",  # the condition is another clause's
        "What to eat for dinner tonight",
        "Foods to eat in summer",
        "Doctors treated her with antibiotics",  # "her" may be the person treated
        'Why I Don\'t Teach "Osteoporosis Exercises" Any More',  # a quoted phrase
        "Heart disease and the Mediterranean diet",  # the condition qualifies no diet
        "Dementia risk lowered by exercise",  # a finding, not the reader's means
        "Pandemic influenza exercise report",  # the head is "report"
        "Arthritis Exercise Bike - Shop Now",
        "COVID-19 YOGA CLASSES",
        "Have a healthy diet in pregnancy",  # pregnancy is no condition
        "Foods to Avoid During Pregnancy",
        "Supplements During Pregnancy",
        "We treated 100 patients with the new drug",  # care given, not the writer's cure
        "The surgeon who treated my son",
        "The physiotherapist who helped me recover",
    ],
)
def test_not_the_readers_management_of_a_condition(net: Linter, title: str) -> None:
    messages = asked(net, title)
    assert not any("manages a condition" in m or "self-treatment" in m for m in messages)
