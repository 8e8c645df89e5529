"""Round 30 (tests/eval/corpus-judging/round30/criterion-30.md, C30): MED201 on remedy pages.

Adding findings: safety paired with a selling adjective said of a remedy or an option ("a safe,
natural home remedy"); a thing pronoun before "can" and a claim verb with no treatment,
medicine, professional or study in its sentence or the one before ("It can cure both diarrhea
and constipation"); the superlative "the most" grades a claim and does not hedge it ("one of the
most effective natural cures"). Each has its clinical twin that stays quiet."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes


@pytest.mark.parametrize(
    "body",
    [
        # safety paired with a selling adjective, said of a remedy or an option
        "Oil of oregano is a safe, natural home remedy for a blocked nose.",
        "Homeoprophylaxis provides a safe and natural option.",
        "Demand access to this highly beneficial, safe and effective herb.",
        "Castor oil is a natural and safe remedy for dry eyes.",
        # a thing pronoun before "can": what the page sells
        "Cayenne pepper warms the gut. It can cure both diarrhea and constipation.",
        "These drops come from the Amazon. They can heal your eczema.",
        # the superlative is no hedge
        "Turmeric is one of the most effective natural cures for sciatica.",
    ],
)
def test_round30_claims_found(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED201", heading="Home remedies")


@pytest.mark.parametrize(
    "body",
    [
        # a clinical treatment with no remedy word: what trials test
        "Doctors need safe and effective treatments for sepsis.",
        "Clinical trials find out if new treatments are safe and effective.",
        # the pronoun stands for a treatment, a medicine or a study named near it
        "Surgery is the main treatment. It can cure early bowel cancer.",
        "Antibiotics are given for syphilis. They can cure the infection.",
        "Researchers tested the extract in a trial. It can reverse the damage in mice.",
        # another hedge in the clause still hedges, and a denial denies
        "Garlic is popular. It can sometimes cure a cold.",
        "Garlic is popular. It cannot cure a cold.",
        # the quantifier "most" still hedges; the superlative beside a treatment is clinical
        "Most herbs are gentle, and most people never need a cure for them.",
        "Surgery remains the most effective treatment and can lead to a complete cure.",
    ],
)
def test_round30_not_claims(linter: Linter, body: str) -> None:
    assert codes(linter, body, "MED201", heading="Home remedies") == []


def test_safe_alternative_to_a_medicine_still_sells_the_remedy(linter: Linter) -> None:
    # the clinical-pairing gate reads the paired phrase's head, not the medicine after "to"
    assert codes(linter, "Echinacea is a safe alternative to antibiotics.", "MED201")
