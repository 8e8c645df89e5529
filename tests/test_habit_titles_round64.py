"""Round 64 (Q90 and its review's mend Q90b): coming off a substance the reader depends on
names a health problem as the page's subject for MED112's page model where no condition name
does ("What Is the Timeline for Alcohol Withdrawal?", "Herbs To Help Quit Smoking", "Advice for
cutting down on alcohol"), read in the title or the first headings, at the higher bar of
``page_model_unnamed_threshold``; not a personal account ("Quit Smoking Diary"), not a
practice's page, not "alcohol-free" (a product or a lifestyle)."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .conftest import fired, rule_linter

BODY = (
    "It's usually the first few days that are hardest. Many people feel shaky, sweaty and\n"
    "anxious, and sleep badly, especially in the evening. These tips help: drink plenty of\n"
    "water, eat regular meals, avoid being alone, and tell the people around you what you are\n"
    "doing. Cravings usually pass within a few minutes, so keep busy and go for a walk. Symptoms\n"
    "like headaches and irritability tend to ease after the first week.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "What is the timeline for alcohol withdrawal?",
        "Advice for cutting down on alcohol",
        "Herbs to help you quit smoking",
    ],
)
def test_coming_off_a_substance_names_the_subject(linter: Linter, title: str) -> None:
    found = fired(linter, "MED112", BODY, title)
    assert found and "is about coming off a substance" in found[0]
    assert "the page model reads it" in found[0]


@pytest.mark.parametrize(
    "title",
    [
        "A week of early nights",
        "Stop drinking fizzy drinks",
        "15 reasons to love an alcohol-free lifestyle",
        "Nicotine-free e-liquid",
        # a personal account (the review's real page: "Quit Smoking Diary Day 5: Still Alive")
        "Quit smoking diary, day 5",
        "My story of giving up alcohol",
    ],
)
def test_no_habit_subject(linter: Linter, title: str) -> None:
    assert fired(linter, "MED112", BODY, title) == []


def test_a_practice_page_is_kept_out(linter: Linter) -> None:
    body = BODY + "Book an appointment at our clinic. Call our reception to book your session.\n"
    assert fired(linter, "MED112", body, "Stop smoking hypnotherapy") == []
    assert fired(linter, "MED112", BODY, "Stop smoking hypnotherapy")


def test_saying_when_answers_it(linter: Linter) -> None:
    body = BODY + "Get medical help at once if you see things that are not there or have a fit.\n"
    assert fired(linter, "MED112", body, "What is the timeline for alcohol withdrawal?") == []


def test_null_turns_the_second_subject_off() -> None:
    quiet = rule_linter("MED112", page_model_unnamed_threshold=None)
    assert fired(quiet, "MED112", BODY, "Herbs to help you quit smoking") == []
