"""Issue 13, round 10 (helper `s10-cure`): MED201 shapes from the misses and false alarms on
the development splits, dev8 above all (docs/context.md, "Round 10: cure claims").

Each test is a mechanism, not a phrase: a remedy's modal that sells, a claim verb's gerund
said of what a remedy does, a remedy offered as the means of a cure, a hedge that is one
end of a complete disjunction, a safety margin promised; and, for precision, an activity
given up ("I stopped taking my medication"), an appearance ("seems to have cured"), an
epithet of the past ("the wonder drug of yesteryear"). The sentences are our own; the
negatives are the honest sentences of the same shape each mechanism must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


CLAIMS = [
    # a remedy's modal sells what the remedy does
    "Cider vinegar is a natural remedy that can heal heartburn.",
    "Our tonic can eliminate gout.",
    # a claim verb's gerund after "in" / "at" with a remedy and a worked word
    "These herbs work wonderfully in healing eczema.",
    "Herbs like nettle, dock and burdock work wonderfully in healing this rash.",
    "This oil is widely used in curing various skin diseases.",
    "These teas are available for curing gout.",
    # a remedy offered as the means of a cure
    "Lots of home remedies are available to cure gout.",
    # a hedge that is one end of a complete disjunction
    "With our herbs, kidney damage can be either partly or fully reversed.",
    # a safety margin promised
    "All herbal preparations have a high safety margin.",
    "Even at a high dose, side effects are only minimal.",
    # claims of the same shapes as the precision fixes below stay claims
    "This powder stops bleeding instantly.",
    "He cured his gout with our cannabis oil.",
    "Try this wonder drug for gout today.",
]

HONEST = [
    # a modal of a treatment, a professional, a negation, or a real hedge
    "Antibiotics can cure syphilis.",
    "Your doctor can heal it.",
    "There is no single herb, plant, or supplement that can cure gout.",
    "Some teas may heal heartburn.",
    # a gerund that is a noun, a use, or a study
    "Wound healing is slow in diabetes.",
    "Aloe gel is used for healing burns.",
    "Researchers tested whether honey works in healing burns.",
    "Radiotherapy works well in curing early throat cancer.",
    # nothing offered, or a treatment offered
    "No home remedy is available to cure gout.",
    "Treatments are available to cure most cases.",
    # a disjunction with no complete end, or hedged
    "Kidney damage can be partly reversed.",
    "Kidney damage can sometimes be partly or fully reversed.",
    # side effects called minimal in a clinician's reasoning
    "Doctors usually start with acetaminophen because the side effects are minimal.",
    # an activity given up, not a condition cured
    "I stopped taking my medication for two weeks.",
    "Around June I stopped taking my eye drops because my eyes were fine.",
    "She stopped eating the sweets.",
    # an appearance reported
    "He seems to have cured his gout with a cannabis oil.",
    # an epithet of the past
    "The wonder drug of yesteryear, aspirin is now a humble pill.",
]


@pytest.mark.parametrize("body", CLAIMS)
def test_claim_shapes(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize("body", HONEST)
def test_near_misses_stay_clean(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


def test_a_remedy_modal_sells_only_a_claim_verb(linter: Linter) -> None:
    # a change verb after a remedy's modal is what the remedy does for symptoms (NIDDK)
    assert not fired(linter, "MED201", "Eye drops can relieve dry, gritty, irritated eyes.")
    assert fired(linter, "MED201", "These eye drops can heal dry eye disease.")


def test_a_time_preposition_is_no_condition(linter: Linter) -> None:
    # "after" before a gerund or a noun is a preposition in the claim's own clause
    assert fired(linter, "MED201", "Rubbing in our oil after bathing cures psoriasis.")
    assert fired(linter, "MED201", "This tea after meals cures bloating.")
    # with a subject of its own it opens a condition
    assert not fired(linter, "MED201", "After you stop the pills the rash is gone for good.")
    assert not fired(linter, "MED201", "Until it is treated the rash never goes away.")


def test_a_remedy_modifier_makes_a_treatment_a_remedy(linter: Linter) -> None:
    # "herbal medicines", "natural treatment": a remedy, not a clinical treatment
    assert fired(linter, "MED201", "Today various herbal medicines are available for curing gout.")
    assert fired(linter, "MED201", "Herbal medicines can cure gout.")
    # a treatment with no such modifier stays clinical
    assert not fired(linter, "MED201", "Today various medicines are available for curing gout.")
    assert not fired(linter, "MED201", "Medicines can cure gout.")


def test_a_result_participle_with_the_sufferers_condition(linter: Linter) -> None:
    assert fired(linter, "MED201", "Many of them did indeed live, curing their gout.")
    assert not fired(linter, "MED201", "After surgery, curing their cancer was the aim.")
    assert not fired(linter, "MED201", "The goal is curing their cancer.")


def test_an_alternative_therapy_is_a_remedy(linter: Linter) -> None:
    body = "Ozone therapy is widely used and accepted in curing various diseases."
    assert fired(linter, "MED201", body)
    assert not fired(linter, "MED201", body.replace("Ozone therapy", "Therapy"))


def test_efficacy_in_curing_said_of_a_treatment_is_clinical(linter: Linter) -> None:
    assert not fired(linter, "MED201", "Surgery is effective in curing early cancer.")
    assert fired(linter, "MED201", "Herbal medicine is effective in curing gout.")


def test_a_time_preposition_keeps_wording_that_is_no_verb(linter: Linter) -> None:
    # GARD: a case report's time phrase holds the absolute; no promise of the article's
    body = (
        "There has been one case report describing treatment with a laser that worked "
        "effectively in this patient after a single treatment without adverse side effects."
    )
    assert not fired(linter, "MED201", body)
