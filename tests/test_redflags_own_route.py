"""The page's own route (issue 12, round 15d; guidance.yaml ``care_shape.own_route_verbs``):
an imperative contact verb, with an urgency word and a condition that points at the list on
the next lines, is same-day help whatever it names as the destination - a leaflet names its
own service in its own words."""

from __future__ import annotations

import pytest

from medlint.checks.knowledge import SAME_DAY
from medlint.engine import Linter

from .test_redflags_care_routes import shaped

LIST = "\n\n- Your fingers go white or numb\n- The pain gets much worse\n"


@pytest.mark.parametrize(
    "lead_in",
    [
        "Ring the orthotics department straight away if you notice any of the following:",
        "Contact us immediately if any of the following happen.",
        "Phone the number below urgently if one or more of the following occur:",
    ],
)
def test_an_urgent_contact_lead_in_over_a_list_is_same_day_help(
    linter: Linter, lead_in: str
) -> None:
    levels = shaped(linter, f"# Looking after your splint\n\n{lead_in}{LIST}")
    assert SAME_DAY in levels.values(), levels


@pytest.mark.parametrize(
    "lead_in",
    [
        "Contact us if any of the following happen.",  # no urgency word
        "The nurse will contact you immediately if any of the following happen.",  # no imperative
        "Tell us immediately about any of the following.",  # no condition
    ],
)
def test_without_urgency_imperative_or_condition_it_is_not_help(
    linter: Linter, lead_in: str
) -> None:
    assert shaped(linter, f"# Looking after your splint\n\n{lead_in}{LIST}") == {}


def test_without_a_list_after_it_is_not_help(linter: Linter) -> None:
    text = "# Splints\n\nContact us immediately if any of the following happen.\n\nKeep it dry.\n"
    assert shaped(linter, text) == {}
