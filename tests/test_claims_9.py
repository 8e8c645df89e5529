"""Issue 13, round 9 (helper `s9-cure`): MED201 shapes from the misses on the development
splits (docs/context.md, "Round 9: cure claims").

Each test is a mechanism, not a phrase: a curability predicate read with its stance, the
writer's promise, a cause that asserts, a conceded absolute, a bare plural naming a kind,
a testimonial heading, a cure announced as discovered, a complete infinitive, a passive
shared by a list. The sentences are our own; the negatives are the honest sentences of the
same shape each mechanism must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks.shape import in_condition
from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


CLAIMS = [
    # curability with a stance: every sufferer, the reader, a suppressed truth
    "Gout is avoidable and, for those who already have it, is curable.",
    "Your GP will never tell you that psoriasis is curable.",
    "By changing what you eat, you can be cured of eczema.",
    "For all those suffering from tinnitus: it can be reversed.",
    # the writer's promise makes a modal result certain
    "One thing I can promise you: your cramps would go away within a few weeks.",
    # a cause asserts its content
    "Because this balm has no side effects, you can use it every day.",
    # an absolute in a conceded clause the sentence leaves unqualified
    "Although it is cheap, this tonic has no side effects.",
    # a natural cure announced as discovered, a study or not
    "Researchers recently discovered a simple, natural cure for gout.",
    # a complete infinitive
    "This diet is the way to completely reverse gout.",
    # a search word that a future names as a result
    "You will surely find an improvement in your joints by adding this wonder herb.",
    # safety wording
    "It is an all natural, side-effect free treatment.",
    "This tonic cannot interfere with other medication.",
    "Our tea has no side effects when you drink it daily.",
]

HONEST = [
    # curability as a clinical statement, limited, with a treatment, or for a group
    "Stage I bladder cancer is curable.",
    "If found early, you can be cured of this cancer.",
    "Anyone with hepatitis C can be cured with medicines.",
    "The damage is reversible for anyone who stops drinking early.",
    "Nerve damage from this drug is usually reversible.",
    # a promise declined
    "I cannot promise that your cramps would go away within a few weeks.",
    # a real condition, and a conceded absolute then qualified
    "If this balm has no side effects, why do people complain?",
    "Although there are no reported side effects from it, there may be rare complications.",
    # an absolute limited to a use (PDQ milk thistle)
    "There are no reported side effects with this herb when the recommended doses are taken.",
    # a safety predicate for patients: a clinical judgement (PDQ)
    "A supervised, progressive exercise program is safe for patients with breast cancer.",
    # a bare plural naming a kind
    "Miracle cures, once laughed out of existence, have found a new medium.",
    # a cure sought, not announced
    "Researchers hope to discover a natural cure for gout.",
    "We will find the miracle cure one day.",
    # a complete cure as an aim, or impossible
    "The goal is to completely cure the infection.",
    "It is impossible to completely cure diabetes.",
    # a cause that denies the possibility (NIDDK text)
    "Since it is impossible to identify a high-risk or risk-free hormone, we list none.",
    # a passive shared by a list
    "Other factors need to be considered and remedied or eliminated before we medicate.",
    # a fact-check quoting the page
    "Original title: DOCTORS STUNNED: The gout has disappeared in five days!",
    # an interaction warned of
    "Some supplements can interfere with medicines, so ask your pharmacist.",
]


@pytest.mark.parametrize("body", CLAIMS)
def test_claim_shapes(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize("body", HONEST)
def test_near_misses_stay_clean(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


def test_testimonial_heading(linter: Linter) -> None:
    assert fired(linter, "MED201", "Read on.", title="How I beat psoriasis with herbs")
    assert not fired(linter, "MED201", "Read on.", title="How I Beat the Odds With Family Support")


def test_named_cure_in_a_heading(linter: Linter) -> None:
    assert fired(linter, "MED201", "## Try krill oil, the gout cure\n\nRead on.")
    assert not fired(linter, "MED201", "## Surgery, the only cure\n\nRead on.")


def test_a_cause_is_no_condition_only_when_left_out() -> None:
    words = ["because", "it", "has"]
    assert in_condition(words)  # the shared default: MED202 keeps reading causes as before
    assert not in_condition(words, frozenset({"if", "when"}))
