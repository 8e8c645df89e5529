"""Issue 13, round 10: discouraging care (MED111) and medication advice (MED202) on fresh
web wording, each shape with a near miss of the same shape that must stay clean."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


def fired(linter: Linter, body: str, code: str) -> list[str]:
    result, _ = linter.lint_text("article.md", f"# Health information\n\n{body}\n")
    return [v.message for v in result.violations if v.code == code]


# -- MED111: keeping out of a place of care, as an imperative --------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Stay out of the hospital.",
        "Stay out of hospitals to live longer.",
        "So keep out of the clinic and rest at home.",
        "Avoid doctors by treating yourself at home.",  # only keeping out reads a means
    ],
)
def test_keeping_out_of_care(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED111")


@pytest.mark.parametrize(
    "body",
    [
        "Stay out of the hospital by getting your flu shot.",  # a means: prevention
        "Vaccines help you stay out of the hospital.",  # no imperative
        "Stay out of the sun at midday.",  # no care
    ],
)
def test_keeping_out_of_care_near_misses(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED111")


# -- MED111: care said to be futile for the reader -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "And you know what? Your doctor can do absolutely nothing for you.",
        "Your doctor can do nothing for you.",
        "Doctors can do nothing.",
    ],
)
def test_care_futile(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED111")


@pytest.mark.parametrize(
    "body",
    [
        "If you wait too long, your doctor can do nothing for you.",  # a warning
        "The doctors could do nothing for him.",  # a story
        "Doctors can do nothing for viral infections, but rest helps.",  # a limit
    ],
)
def test_care_futile_near_misses(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED111")


# -- MED111: care denied as the remedy, with no scope ----------------------------------


@pytest.mark.parametrize(
    "body",
    ["Surgery is not the treatment.", "Chemotherapy is not the answer!"],
)
def test_care_denied_as_the_remedy(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED111")


@pytest.mark.parametrize(
    "body",
    [
        "Antibiotics are not the treatment for viral infections.",
        "Surgery is not the answer for everyone.",
        "Surgery is not the only treatment.",
        "Is chemotherapy the answer?",
    ],
)
def test_care_denied_as_the_remedy_near_misses(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED111")


# -- MED202: a lifelong need of a medicine denied to the reader ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The truth is that you do NOT have to be on diabetic medications for life.",
        "You do not have to be shackled to blood sugar meds for the rest of your life.",
        "There is no need to be on statins for life.",
        "You don't need to stay on antidepressants forever.",
    ],
)
def test_lifelong_need_denied(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED202")


@pytest.mark.parametrize(
    "body",
    [
        "You may not have to take insulin for the rest of your life.",  # hedged
        "Most people have to take levothyroxine for the rest of their life.",  # not denied
        "Many patients do not have to stay on statins forever.",  # a group, not the reader
        "Your doctor may decide you do not have to take steroids for the rest of your life.",
        "Do you have to take statins for the rest of your life?",  # asked
    ],
)
def test_lifelong_need_denied_near_misses(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED202")


# -- MED202: no longer buying a medicine; a second imperative joined by "and" ----------


@pytest.mark.parametrize(
    "body",
    [
        "Stop buying painkillers.",
        "Do not buy into the corporate hype and stop buying these drugs.",
        "Eat well and ditch your statins.",
    ],
)
def test_buying_stopped_and_coordinated(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED202")


@pytest.mark.parametrize(
    "body",
    [
        "Stop buying antibiotics online without a prescription.",  # where, not whether
        "Stop buying vitamins and start eating vegetables.",  # no medicine
        "Do not panic and keep taking your tablets.",  # keeping on is no change
    ],
)
def test_buying_stopped_and_coordinated_near_misses(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED202")
