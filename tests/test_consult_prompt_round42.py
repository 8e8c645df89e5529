"""Round 42 (C42): consult prompts by the places, sources and verbs of care (MED110,
checks/consult.py CarerShapes).

Places and services of care as carers; "health-care provider" across the tokenizer's
hyphen; a person taken to a carer; help, guidance or a diagnosis "from" a carer after a
guidance frame; care a sign deserves or warrants; "have the child seen by a doctor"; care
itself as guidance, not in a fronted concession; a trip to a place of care in a temporal
clause is an occasion. Sentences written for the test after the shapes of the development
pages and splits.
"""

from __future__ import annotations

import pytest

from medlint.engine import Linter, Options

from .conftest import TODAY


@pytest.fixture(scope="module")
def med110() -> Linter:
    return Linter(Options(today=TODAY, select=("MED110",)))


def prompted(linter: Linter, sentence: str) -> bool:
    result, crashes = linter.lint_text(
        "a.md", f"# Heat stroke\n\nDrink water and rest in the shade.\n\n{sentence}\n"
    )
    assert crashes == 0
    return not [v for v in result.violations if v.code == "MED110"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Call emergency services immediately if the person stops breathing.",
        "Call an ambulance if they collapse.",
        "If you feel symptoms of heat stress, go immediately to the nearest hospital.",
        "Visit the nearest health centre if symptoms worsen.",
        "Go straight to the nearest emergency room.",
        "Seek immediate help from a health-care professional.",
        "Never stop or change your medication without guidance from your healthcare provider.",
        "Take him to the doctor if the fever lasts.",
        "Take your child to the emergency department right away.",
        "Get them to a hospital quickly.",
        "Have the child seen by a doctor right away.",
        "Follow up with your healthcare provider in a week.",
        "Stridor at rest deserves prompt medical assessment.",
        "Sudden floaters warrant immediate medical attention.",
        "Medical assistance is necessary if the swelling spreads.",
        "Go to the ER if the bleeding does not stop.",
        # second review (round 42): limited, attributed to an authority, asked of the reader
        "A change in only one eye warrants urgent medical attention.",
        "Doctors say any chest pain warrants immediate medical attention.",
        "Your child should be seen by a doctor within a day.",
    ],
)
def test_prompts(med110: Linter, sentence: str) -> None:
    assert prompted(med110, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We rushed her to the ER at midnight.",
        "She was taken to hospital by ambulance.",
        "The hospital opened a new wing last year.",
        "Book an appointment with our clinic today.",
        "Patients who visit the emergency department wait four hours on average.",
        "You don't need to go to the hospital for a sprain.",
        "You should take a dose daily to keep the doctor away.",
        "While medical treatment is crucial, cabbage juice has long been known to heal ulcers.",
        "If you have permission from a physician to use the table, follow these rules.",
        (
            "What most of you do not know about this is that over the counter painkillers "
            "are completely safe to use even without any prescription from your doctor."
        ),
        "The person should carry this plan with them when they go to the emergency room.",
        # first review (round 42): things carried, not people taken; a gerund subject
        "Take unused medicines back to the pharmacy for safe disposal.",
        "Take your prescription to any pharmacy.",
        "Get directions to the hospital.",
        "Take the bus to the hospital; parking is limited.",
        "Taking your child to the doctor can be stressful.",
        # ... a normative frame asked, rebutted, reported or limited
        "Which symptoms deserve medical attention?",
        "It is a myth that every fever warrants medical attention.",
        "His symptoms warrant medical attention, the report said.",
        "Only one in ten cases warrants medical treatment.",
        # ... the oestrogen receptor, a concession, a carer's website
        "Find your ER status on the pathology report.",
        "See ER and PR status in the table below.",
        "Even though medical care is important, rest matters.",
        "Visit the hospital's website for visiting hours.",
        # second review (round 42): things carried, not people; a visit described
        "Do not throw unused medicines in the bin; take them back to the pharmacy.",
        "Collect your old inhalers and bring them to your pharmacist for recycling.",
        "Take your baby's red book to the clinic.",
        "Take the patient's medicines to the hospital.",
        "When you arrive, you will be seen by a triage nurse.",
    ],
)
def test_not_prompts(med110: Linter, sentence: str) -> None:
    assert not prompted(med110, sentence)
