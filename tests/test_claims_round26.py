"""Round 26 (criterion-26.md): MED201 on real remedy pages.

Removing findings: a germ as a change verb's object is a mechanism ("salt water kills harmful
bacteria"); a safety absolute observed in the past is reported ("There were also no side
effects noted"); a claim whose clause is only "what" announces the page's content ("What
Works Immediately"); the that-clause of an attributing verb is reported to its end, however
long. Adding findings: a remedy or how-to noun right before "to" offers the means of a claim
with an absolute ("some natural remedies to cure TMJ permanently"); praise before "cure"
("a perfect cure for ringworm"); evidence claimed for a home remedy ("ten proven home
remedies")."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    "sentence",
    [
        # M: the means offered, an absolute promised; "some" counts the remedies
        "Today we will consider some natural remedies to cure TMJ permanently.",
        "Here are natural remedies to cure gout for good.",
        "Try these 5 ways to reverse fatty liver for good.",
        # N1: praise before "cure"
        "The antifungal properties of garlic make it a perfect cure for ringworm.",
        "Apple cider vinegar is an excellent cure for warts.",
        # N2: evidence claimed for a home remedy
        "Here are ten proven home remedies for knee pain.",
        "This is a scientifically proven natural cure for eczema.",
        # the germ exemption is only for change verbs: a cure verb keeps its claim
        "It thus eradicates pathogens in great numbers.",
        # a present safety absolute stays a promise
        "Our balm has no side effects.",
    ],
)
def test_round26_claims_found(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "MED201", heading="Home remedies")


@pytest.mark.parametrize(
    "sentence",
    [
        # G: a germ as the object of a change verb
        "Salt water kills harmful bacteria and brings instant relief.",
        "Food grade peroxide will kill bacteria and fungus.",
        # O: observed in the past
        "There were also no side effects noted.",
        "All of the volunteers had no side effects.",
        # R: an attributing verb's that-clause, reported to its end
        "Caisse claimed that the formula for the tea was given by a patient whose breast "
        "cancer was cured by drinking tea made from the same formula.",
        # M needs an absolute (or, from cycle 2, a remedy modifier), and no negation; since
        # round 40 (K40) the cure word alone offers a cure ("Here are some remedies to cure
        # hives." claims, as the blind labels of the sentence sets say), a negation still not
        "There are no remedies to cure TMJ permanently.",
        # N1: negated, sought
        "There is no effective cure for tinnitus.",
        "We focus on seeking an effective cure.",
        # N2: a clinician's evidence-based treatment is not a home remedy
        "Chemotherapy is a proven treatment for this cancer.",
        "There are no proven home remedies for shingles.",
    ],
)
def test_round26_not_claims(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "MED201", heading="Home remedies") == []


def test_what_heading_announces_content(linter: Linter) -> None:
    heading = "How to Stop Panic Attacks Naturally: What Works Immediately and Over Time"
    assert codes(linter, "Panic attacks are frightening.", "MED201", heading=heading) == []


def test_said_that_stays_the_writers_own(linter: Linter) -> None:
    # "it must be said that" asserts; only attributing verbs reach a long that-clause
    sentence = (
        "When it comes to the treatment itself, it must be said that those natural "
        "treatment methods and remedies have proven to be much kinder and gentler to one's "
        "body than those conventional medications and approaches."
    )
    assert codes(linter, sentence, "MED201", heading="Natural treatment")


# -- cycle 2: manner adverbs, result gerunds, natural means, safe alternatives --------


@pytest.mark.parametrize(
    "sentence",
    [
        # A1: a manner adverb between the auxiliary and the claim verb
        "This natural remedy will easily cure your suffering and discomfort.",
        "This oil will quickly heal your burns.",
        # A2: a result gerund after "thereby"
        "These substances provide vital components in the rebuilding of healthy cartilage, "
        "thereby eliminating the source of arthritis pain.",
        # A3: a remedy modifier names the means
        "Read on to know about seven natural ways to cure this medical condition.",
        "Here are some home remedies to cure hives.",
        # K40 (round 40): the cure word itself, with no remedy modifier
        "Here are some remedies to cure hives.",
        # S: safety sold as a replacement for medicine
        "Homeopathic remedies can offer gentle, effective, and safe alternatives to "
        "conventional cough treatments.",
        "Echinacea is a safe alternative to antibiotics.",
    ],
)
def test_round26_cycle2_claims_found(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "MED201", heading="Home remedies")


@pytest.mark.parametrize(
    "sentence",
    [
        # A1: a hedging adverb still hedges
        "This tea will probably cure it.",
        # A2: a treatment before the result adverb makes a clinical statement
        "Surgery removes the tumour, thereby curing the cancer.",
        "Surgery removes the tumour, thereby eliminating the cancer.",
        # A2: a gerund elsewhere is no claim by itself
        "Eliminating triggers is the first step.",
        # A3: no remedy modifier and no absolute
        "There are several ways to cure this condition, and your doctor will choose one.",
        # S: asked, or negated
        "Is there a safe alternative to antibiotics?",
        "There is no safe alternative to insulin.",
    ],
)
def test_round26_cycle2_not_claims(linter: Linter, sentence: str) -> None:
    assert codes(linter, sentence, "MED201", heading="Home remedies") == []


# -- cycle 3: an impersonal belief is reported; "proven to treat" --------------------


def test_belief_reported_impersonally(linter: Linter) -> None:
    sentence = "Magnets are believed to have healing powers for pain."
    assert codes(linter, sentence, "MED201", heading="Magnetic bracelets") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("All of these remedies are safe and proven to treat the condition.", True),
        ("Our drops have been proven to treat and prevent cataracts.", True),
        ("Chemotherapy has been proven to treat this cancer.", False),
        ("Surgery is proven to cure most early cancers of this kind.", False),
    ],
)
def test_proven_to_treat(linter: Linter, sentence: str, found: bool) -> None:
    assert bool(codes(linter, sentence, "MED201", heading="Home remedies")) is found
