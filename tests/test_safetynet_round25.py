"""Round 25: MED112 reads a title that puts a remedy to a health use (R7: "Health Benefits of
Garlic", "Castor Oil for Dry Eyes", "Does Noni Juice Help Against Cancer?") as a
self-treatment title, clinical when the text says a word of health."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes

BODY = (
    "Take a spoonful every morning with warm water. Many readers say the pain eased "
    "within a week, and it is cheap and easy to find."
)


@pytest.mark.parametrize(
    "title",
    [
        "7 Surprising Health Benefits of Garlic",
        "The Benefits of Chaga Mushroom",
        "Does Noni Juice Help Against Cancer?",
        "Can Coconut Oil Cure Dandruff?",
        "Castor Oil for Dry Eyes",
        "Pickle Juice for Night Cramps",
        "Gerson Therapy as a Natural Treatment",
        "Saw Palmetto in the Prevention and Treatment of Prostate Enlargement",
        "Food Grade Hydrogen Peroxide: Uses",
    ],
)
def test_a_remedy_put_to_a_health_use_is_asked_when_to_get_help(linter: Linter, title: str) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert found and "treating a problem yourself" in found[0]


def test_saying_when_answers_it(linter: Linter) -> None:
    body = BODY + " See a doctor if the pain gets worse or you have a fever."
    assert codes(linter, body, "MED112", heading="Castor Oil for Dry Eyes") == []


def test_a_remedy_title_about_no_health_problem_is_not_asked(linter: Linter) -> None:
    body = "Warm the pan, add a spoonful and fry the onions until golden."
    assert codes(linter, body, "MED112", heading="Olive Oil for Cooking") == []


def test_a_regulators_letter_to_a_seller_is_not_asked(linter: Linter) -> None:
    assert codes(linter, BODY, "MED112", heading="Warning Letter: Herbs for Cancer") == []


@pytest.mark.parametrize(
    "title", ["Oil Painting for Beginners", "Is Your Pain Normal?", "Benefit Cuts Ahead"]
)
def test_near_misses_are_not_remedy_titles(linter: Linter, title: str) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert not any("treating a problem yourself" in f for f in found)
    if title != "Is Your Pain Normal?":
        assert found == []


def test_a_question_about_the_readers_own_pain_is_their_concern(linter: Linter) -> None:
    # round 35 (Q35): the reader asking whether their own pain is normal is a symptom page,
    # asked when to get help; not a remedy title
    found = codes(linter, BODY, "MED112", heading="Is Your Pain Normal?")
    # round 36 (T36): "Pain" right after the question's "Is Your" is the title's subject, so
    # the symptom title names it; before T36 the concern title gave the reason
    assert found and "names the symptom 'Pain'" in found[0]


# S1: a self-treatment title is clinical when the text says a word of health.


def test_a_self_treatment_title_over_a_text_about_health_is_asked(linter: Linter) -> None:
    body = "Rub a little baby oil into the scalp at night, then brush gently. It is not painful."
    found = codes(linter, body, "MED112", heading="5 Ways to Get Rid of Cradle Cap")
    assert found and "self-treatment" in found[0] and "the text says 'painful'" in found[0]


def test_a_self_treatment_title_over_a_text_about_no_health_problem_is_not_asked(
    linter: Linter,
) -> None:
    body = "Rub a little oil into the hinge at night, then wipe it clean. It stops squeaking."
    assert codes(linter, body, "MED112", heading="5 Ways to Get Rid of a Squeaky Door") == []


# A2 (cycle 2): benefits claimed for a remedy, a cleanse or a detox, a therapeutic property.


@pytest.mark.parametrize(
    "title",
    [
        "Sea Moss: The Viral Superfood and Its Benefits",
        "Saw Palmetto Benefits",
        "Kidney Cleanse",
        "The Best Liver Detoxes",
        "Garlic: A Natural Antibacterial Powerhouse",
        "A Fruit With Anti-Cancer Properties",
    ],
)
def test_claimed_benefits_cleanses_and_therapeutic_properties_are_asked(
    linter: Linter, title: str
) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert found and "a remedy put to a health use" in found[0]


def test_benefits_of_a_job_are_not_a_remedys(linter: Linter) -> None:
    body = "Nurses get paid leave and a pension, and treatment costs are covered."
    assert codes(linter, body, "MED112", heading="Employee Benefits for Nurses") == []


# B3 (cycle 3): a remedy given a medicine's role.


@pytest.mark.parametrize(
    "title",
    [
        "Oregano Oil: Nature’s Antibiotic?",
        "Oregano Oil More Beneficial Than Antibiotics",
        "Natural Substitutes for Painkillers",
        "Essential Oils Instead of Antidepressants",
    ],
)
def test_a_remedy_given_a_medicines_role_is_asked(linter: Linter, title: str) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert found and "treating a problem yourself" in found[0]


def test_herbal_medicine_as_a_field_is_no_role(linter: Linter) -> None:
    body = "Herbal medicine is the use of plants for health. Many people take herbs for pain."
    assert codes(linter, body, "MED112", heading="Herbal Medicine") == []


# C4 (cycle 4): more self-treatment titles.


@pytest.mark.parametrize(
    "title",
    [
        "Dry Cough That Won't Stop: Quick Relief and 17 Remedies",
        "8 Easy Ways to Remove Skin Tags",
        "How to Make a Cyst Go Away",
        "Grow Back Receding Gums",
        "Can Arthritis Be Reversed Naturally?",
        "Get Rid of Warts Without Seeing a Doctor",
        "How My Stepfather Healed From Prostate Cancer",
    ],
)
def test_more_self_treatment_titles_are_asked(linter: Linter, title: str) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert found and "treating a problem yourself" in found[0]


@pytest.mark.parametrize(
    "title", ["How to Remove a Tick Safely From Your Car Seat", "How I Beat My Fear of Flying"]
)
def test_removal_and_stories_over_no_health_text_are_not_asked(linter: Linter, title: str) -> None:
    body = "Vacuum the seat, then wipe it with warm soapy water and let it dry in the sun."
    assert codes(linter, body, "MED112", heading=title) == []
