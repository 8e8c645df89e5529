"""Issue 13, round 8b (helper `prec8`): precision of MED111 and MED201 on honest text.

Each test is a mechanism, not a phrase. MED111: a negation denies the act right after it
("don't need to fast", "don't be afraid"), not care named later or in a subordinate clause;
care as the step to other care ("an appointment to see a pharmacist"); a follow-up no longer
needed, hedged or a clinician's decision; a question asked. MED201: "the cure for Y" unknown
or not yet found, a medical treatment named as the cure, professionals holding it. The
sentences are our own; the positives are the unsafe near misses each mechanism must keep."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


# -- MED111 --


@pytest.mark.parametrize(
    "body",
    [
        # a negated need whose object is another act
        "You do not need to fast before seeing your doctor.",
        "You do not need to stop eating before your appointment with the nurse.",
        "You won't need to undress to see the nurse.",
        "You don't need to bring anything when you see your doctor.",
        "You do not need to stop taking your tablets before seeing your doctor.",
        "You don't need to take time off work to see your GP.",
        "You don't need to pay to see a nurse at the walk-in centre.",
        "You don't need to book ahead to see your GP about this.",
        # worry and reassurance
        "You don't need to worry about seeing a doctor.",
        "You don't have to feel embarrassed about seeing a doctor.",
        "Don't be afraid to see your doctor about this.",
        "There is no need to feel nervous about visiting your dentist.",
        "You don't need to be worried about calling your GP.",
        # care as the step to other care
        "You do not need an appointment to see a pharmacist.",
        "You don't need a referral to see a physiotherapist.",
        # a follow-up no longer needed, hedged or a clinician's decision
        "You may not need to see a specialist again.",
        "Your doctor may decide you do not need to see a specialist again.",
        "If the scan is normal, you may not need to see the surgeon again.",
        "Once your wound has healed, your surgeon may say you don't need another appointment.",
        "After surgery, you may not need to see the surgeon again.",
        # questions
        "Do you never need a doctor for a cough?",
        "Don't you need a doctor for this?",
        "Do you need to see a doctor for a cough?",
    ],
)
def test_honest_text_does_not_discourage_care(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED111", body), body


@pytest.mark.parametrize(
    "body",
    [
        "You don't need a doctor for this.",
        "You never need to see a doctor for a cough.",
        "You never need a doctor for a cough.",
        "You do not need to see a doctor for leg cramps.",
        "There is no need to see a specialist.",
        "You don't need to see a doctor when you have a cold.",
        "You don't need to go to the doctor for a sore throat.",
        "You never need to see a doctor again once you start this diet.",
        "You won't need to see a doctor ever again.",
        "You do not need a doctor; this tea is enough.",
        "You don't need to worry about seeing a doctor, just drink this tea instead.",
        # a noun or a gerund after the negation, not an act after "to", "be" or "feel"
        "No need for painkillers or a doctor, because ginger handles it.",
        "There's no point going to the dentist when this oil fixes toothache.",
        "Don't let your doctor talk you into surgery; rest is enough.",
        "No need to drag yourself to the GP for a cold.",
        "You don't need to book an appointment with your GP for this.",
        "You don't need to go to see a doctor for a cold.",
        # a follow-up ruled out for good or credited to a remedy
        "You may never need to see a doctor again after this cleanse.",
        "With this diet you may not need to see your doctor again.",
    ],
)
def test_care_itself_denied_still_fires(linter: Linter, body: str) -> None:
    assert fired(linter, "MED111", body), body


# -- MED201 --


@pytest.mark.parametrize(
    "body",
    [
        # unknown, not yet found, sought
        "The cure for this disease is still unknown.",
        "The cure for Alzheimer's disease has not yet been found.",
        "The cure for type 1 diabetes remains unknown.",
        "Scientists have not yet found the cure for HIV.",
        "The cure for multiple sclerosis is not yet known.",
        "Researchers are still searching for the cure for ALS.",
        # a medical treatment named as the cure
        "The cure for CML is a stem cell transplant.",
        "The cure for hepatitis C is a course of antiviral medicines.",
        "The cure for appendicitis is surgery to remove the appendix.",
        "The only cure for this type of leukaemia is a bone marrow transplant.",
        # professionals holding it
        "Doctors have the cure for this infection.",
        "Specialists have the cure for this infection.",
        "Your GP has the cure for most of these infections.",
    ],
)
def test_a_cure_named_without_a_claim(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


@pytest.mark.parametrize(
    "body",
    [
        "The cure for diabetes is cinnamon.",
        "This tea is the cure.",
        "The cure for arthritis is turmeric tea.",
        "Our herbal blend is the cure for anxiety.",
        "The cure for cancer is a juice fast.",
        "We have the cure for your diabetes.",
        "This supplement has the cure for arthritis.",
        "The cure for cancer has been found: apricot kernels.",
        "I have the cure for your arthritis.",
    ],
)
def test_a_remedy_as_the_cure_still_fires(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body
