"""Issue 13, round 16 (helper `s16-cure`): MED201 reads a remedy that ends a condition by
its shape (docs/context.md, "Round 16: cure claims by shape").

A verb whose meaning is ending, removing, reversing, destroying or fixing (WordNet synsets,
rules/lexicons/ending-verbs.yaml: "remove", "break up", "resolve", "repair", "purge") is a
claim when a condition or its substance (a WordNet noun class, rules/lexicons/condition-
nouns.yaml: "kidney stones", "a cataract", "toxins", "warts") is its object and a remedy or
the page's product is its agent or instrument, asserted. The sentences are our own variants;
the near misses are honest statements of the same shape: a treatment as the agent, the
body's own work, a condition's own course, a hedge, a gerund or a passive."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


CLAIMS = [
    # a remedy as the agent: finite present, future, a relative clause, a plural subject
    "This herbal tea removes gallstones.",
    "Our tonic will break up kidney stones in a few days.",
    "Try our cleanse, which purges parasites and toxins.",
    "These herbs resolve warts without scarring.",
    "Frankincense oil repairs damaged cartilage and arthritis.",
    # a remedy as the instrument of an imperative or a how-to, in a heading or in text
    "Remove gallstones with a glass of this simple juice.",
    "Break up kidney stones using our herbal blend.",
    # a testimony of the writer's own condition
    "This tincture removed my warts.",
]

HONEST = [
    # a treatment as the agent or the instrument: clinical
    "Surgery removes the tumour.",
    "The surgeon removes the cataract and puts in a new lens.",
    "Doctors remove warts by freezing them.",
    "Lithotripsy breaks up kidney stones with shock waves.",
    # the body's own work, a condition's own course, no condition as the object
    "Your kidneys remove toxins from the blood.",
    "The stones pass on their own.",
    "This diet helped me lose weight.",
    "Remove the tea bag after five minutes.",
    "The juice removes stains from fabric.",
    # hedged, denied, asked, reported, a gerund, a passive, an aim in a list
    "Lemon juice may dissolve small kidney stones.",
    "No tea removes kidney stones.",
    "Does this tea really remove gallstones?",
    "Some sellers claim the tea removes gallstones.",
    "Removing warts with duct tape rarely works.",
    "The stones are removed with a thin scope.",
    "The supplement aims to reduce or remove toxins.",
]


@pytest.mark.parametrize("body", CLAIMS)
def test_a_remedy_ends_a_condition(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize("body", HONEST)
def test_near_misses_stay_clean(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


def test_a_heading_with_a_remedy_as_instrument(linter: Linter) -> None:
    body = "## Remove Warts With This Simple Oil\n\nRead on."
    assert fired(linter, "MED201", body)
    assert not fired(linter, "MED201", "## Remove Warts With Cryotherapy\n\nRead on.")
