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
