"""Issue 13, round 11 (helper `s11-cure`): MED201 reads a denial of harm with any harm
word, not only "side effects" (docs/context.md, "Round 11: cure claims, held out").

A safety claim says a substance does no harm at all: "non-toxic", "no toxicity", "free of
side effects", "you can't overdose", "impossible to take a toxic dose", "non-addictive",
"gentler on the body than prescription drugs". The rule's guards still read it: reported,
debunked, asked, hedged ("generally non-toxic"), a study's finding, and, new this round, a
harm admitted after a contrast ("..., but supplements can be toxic"). The sentences are our
own; the negatives are honest sentences of the same shape. A harm-denying adjective
("non-toxic") is a claim only when said of something (a predicate, or before a remedy), not
when it names a kind ("converts it to a nontoxic form"): the whole corpus showed seven such
biochemical and diagnostic uses when it was read as an absolute anywhere."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


CLAIMS = [
    "Our drops are completely non-toxic.",
    "This balm is non-toxic and gentle on skin.",
    "Because it is nontoxic, you can use it every day.",
    "The formula is free of side effects.",
    "The formula is free from any harmful side-effects.",
    "Our gummies are non-addictive.",
    "The capsules cause no toxicity.",
    "You can't overdose on these drops.",
    "It is impossible to overdose on our tincture.",
    "It is impossible to take a toxic dose of the powder.",
    "Herbal teas are gentler on the body than prescription drugs.",
    # a harm-denying adjective said of something: a predicate, or before a remedy
    "What's more, it's natural and non-toxic for people.",
    "Try this non-toxic, natural supplement.",
    # a contrast that admits no harm leaves the denial whole
    "The formula is free of side effects, but it tastes bitter.",
]

HONEST = [
    # reported, debunked, asked
    "Some people claim the tincture is non-toxic.",
    "Beware of products sold as non-toxic cures.",
    "Is the tincture really non-toxic?",
    # hedged or a study's finding
    "The dye used in the test is generally non-toxic.",
    "In the trial, patients showed no toxicity at the doses studied.",
    "Most people taking it report no irritation.",
    # harm affirmed or denied for every medicine
    "You can overdose on acetaminophen if you take too much.",
    "Is it possible to overdose on vitamin D?",
    "No medicine is free of side effects.",
    "Few medicines are completely free of side effects.",
    # a harm-denying adjective naming a kind (the corpus's biochemistry and diagnoses)
    "The enzyme converts acetaldehyde to nontoxic acetate.",
    "Ursodiol is a nontoxic bile acid that people can take by mouth.",
    "The syndrome includes nontoxic thyroid enlargement (goiter).",
    "The liver breaks them down into inactive, nontoxic compounds.",
    "There are two forms: a toxic form and a nontoxic form called conjugated bilirubin.",
    # a harm admitted after a contrast limits the denial
    "It is not possible to overdose on sunlight-made vitamin D, but supplements can be toxic.",
    "The cream has no toxicity on the skin, but swallowing it is harmful.",
]


@pytest.mark.parametrize("body", CLAIMS)
def test_harm_denied(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize("body", HONEST)
def test_near_misses_stay_clean(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body
