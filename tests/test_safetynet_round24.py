"""Round 24, cycle 3: MED112 asks a self-treatment page whose known topic MED109 does not judge
(V1), and reads remedy titles with other heads (R5: "The Natural Approach to ...") and how-to
titles with the verbs of a cleanse or a reversal (R6: "How to Cleanse a Fatty Liver")."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .test_care import codes

BODY = (
    "Endometriosis is a long-term condition. Symptoms include pelvic pain and heavy periods. "
    "Diet, gentle exercise and heat packs are the mainstays of this plan."
)


@pytest.mark.parametrize(
    "title",
    [
        "The Natural Approach to Endometriosis",
        "Natural Solutions for Endometriosis",
        "5 Herbal Alternatives to Painkillers for Endometriosis",
        "How to Cleanse Your Body of Endometriosis",
        "Ways to Reverse Endometriosis",
    ],
)
def test_remedy_titles_with_other_heads_are_asked(linter: Linter, title: str) -> None:
    found = codes(linter, BODY, "MED112", heading=title)
    assert found and "self-treatment" in found[0]


@pytest.mark.parametrize("title", ["Natural History of Endometriosis", "A Holistic Approach"])
def test_near_misses_are_not_self_treatment(linter: Linter, title: str) -> None:
    assert codes(linter, BODY, "MED112", heading=title) == []


def test_a_reversal_that_is_no_condition_is_not_asked(linter: Linter) -> None:
    body = "Check your mirrors, turn the wheel slowly and keep the kerb in view."
    assert codes(linter, body, "MED112", heading="How to Reverse Park") == []


def test_a_self_treatment_title_naming_a_known_topic_only_as_a_qualifier_is_asked(
    linter: Linter,
) -> None:
    body = (
        "Wisdom tooth pain is common in young adults. Symptoms include a sore jaw. Rinse "
        "with warm salt water and hold a cold pack to the cheek."
    )
    found = codes(linter, body, "MED112", heading="Home remedies to get rid of wisdom tooth pain")
    assert found and "self-treatment" in found[0]


def test_saying_when_still_answers_it(linter: Linter) -> None:
    body = BODY + " See a doctor if the pain is severe or you have a fever."
    assert codes(linter, body, "MED112", heading="The Natural Approach to Endometriosis") == []


def test_a_symptom_a_reader_treats_at_home_is_a_condition(linter: Linter) -> None:
    body = "Drink peppermint tea after meals, walk for ten minutes and avoid fizzy drinks."
    found = codes(linter, body, "MED112", heading="How to get rid of stomach bloating fast")
    assert found and "self-treatment" in found[0]
    assert codes(linter, body, "MED112", heading="How to get rid of clutter fast") == []
