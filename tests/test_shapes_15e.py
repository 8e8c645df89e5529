"""Issue 13, round 15e (helper s15e-stat): MED401 on web and news text, in our own wordings.
Each mechanism has a near miss of the same shape that must stay clean. The round's record
is in docs/context.md, "Round 15e"."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 3)))


# A finding participle ("shown", "proven", "proved") governing an infinitive is an appeal to
# evidence, with a parenthetical or an agent between, an adverb in its auxiliaries, or as a
# reduced relative after its noun.
@pytest.mark.parametrize(
    "body",
    [
        "Ginger and fennel have been shown, in a few trials, to ease bloating after meals.",
        "Here are three stretches proven by physiotherapists to be useful for back pain.",
        "Walking after dinner has also been shown to lower blood sugar.",
        "These teas have repeatedly proven to calm an upset stomach.",
        "Sage is a herb shown to sharpen memory in older adults.",
    ],
)
def test_participle_governing_an_infinitive_is_an_appeal(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body, title="Remedies"), body


@pytest.mark.parametrize(
    "body",
    [
        # denied a few words before, beyond a negation cue's clause
        "Despite years of work, none has yet been shown to slow the illness.",
        "The remedy is popular but has not yet been shown to\nwork.",
        # a preposition, not an infinitive
        "The scan results were shown to the patient and her husband.",
        # a need, not a finding
        "A new remedy has to be proven to work before it is sold.",
        # a tagline with no noun before it
        "Proven to soothe sore muscles in minutes",
        # "found" reports a textbook fact or a test result, not an appeal
        "Changes in two genes have been found to cause this condition.",
    ],
)
def test_participle_near_misses_stay_clean(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body, title="Remedies"), body


def test_participle_is_quoted_with_its_auxiliaries(linter: Linter) -> None:
    found = fired(
        linter,
        "MED401",
        "Fennel has also been shown, in small trials, to ease colic.",
        title="Colic",
    )
    assert found and '"has also been shown, in small trials, to"' in found[0]


# Round 16: round 15e's reverted "strength named before the percentage" (ce79f90's first half),
# adopted after it removed a false alarm on the fresh dev16 split, which did not exist when it
# was written (docs/context.md "Round 16: a preparation's strength"). A percentage named after a
# preparation's standard or strength is the product's make-up, not a share of people.
@pytest.mark.parametrize(
    "body",
    [
        "Choose a ginger extract standardized to contain at least 5 percent gingerols.",
        "Buy a standardized extract (20% to 25% curcuminoids) from a pharmacy.",
        "Use no stronger concentration than 10% on the scalp.",
    ],
)
def test_strength_named_before_the_percentage(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body, title="Remedies"), body


@pytest.mark.parametrize(
    "body",
    [
        "The concentration of vitamin D rose in 40% of the patients who took it.",
        "Over 40% of people who buy an extract stop taking it within a month.",
    ],
)
def test_share_of_people_near_a_strength_word_still_fires(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body, title="Remedies"), body
