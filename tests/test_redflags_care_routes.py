"""Help routes by care setting (issue 12, round 14; guidance.yaml ``care_routes``): a page for
the people of one care setting sends them to that setting's route - a 24-hour chemotherapy
helpline, the labour ward, the ward, the renal unit, a key worker - and such an instruction is
help at the urgency the route offers. A time limit of a day or less ("certainly within 24
hours") makes a prompt same-day help."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint import kinds, reading
from medlint.audience import detect
from medlint.checks.helpseeking import HelpStatements
from medlint.checks.knowledge import EMERGENCY, PROMPT, SAME_DAY, load_guidance
from medlint.engine import Linter

from .conftest import codes, lint


def shaped(linter: Linter, text: str) -> dict[str, int]:
    """The instructions recognised by shape, text to level."""
    document, _ = reading.read_document("a.md", text.encode())
    assert document is not None
    ctx = kinds.Context(document, detect(document), dt.date(2026, 12, 1), linter.bank)
    help_ = HelpStatements(ctx, load_guidance())
    return {
        s.mention.text: s.level for s in help_.statements if s.mention.label.parts[-1] == "shape"
    }


def test_the_care_settings_routes_join_the_care_shapes_destinations() -> None:
    """(Every setting's public sources are required by schemas/red-flag-guidance.schema.json.)"""
    routes = load_guidance().care_routes
    assert {r.setting.split(" ")[0] for r in routes} >= {"cancer", "pregnancy", "kidney"}
    care = load_guidance().care_shape
    assert care is not None
    for route in routes:
        for level, patterns in route.destinations.items():
            assert set(patterns) <= set(care.destinations[level]), route.setting


@pytest.mark.parametrize(
    ("sentence", "text", "level"),
    [
        (
            "Call the 24-hour chemotherapy helpline if your temperature is 38C or higher.",
            "Call the 24-hour",
            EMERGENCY,
        ),
        (
            "There is a 24 hour helpline that you can call if you feel unwell.",
            "24 hour helpline that you can call",
            EMERGENCY,
        ),
        ("Contact the labour ward if you have any bleeding.", "Contact the labour ward", EMERGENCY),
        ("Ring the ward if your wound becomes red and hot.", "Ring the ward", SAME_DAY),
        ("Phone your dialysis unit if you feel breathless.", "Phone your dialysis unit", SAME_DAY),
        ("Contact your key worker if you have new back pain.", "Contact your key worker", PROMPT),
        (
            "If you have any of these symptoms, speak with your doctor as soon as is practical.",
            "speak with your doctor",
            SAME_DAY,
        ),
        (
            "If you have any of these symptoms, tell your nurse, certainly within 24 hours.",
            "tell your nurse",
            SAME_DAY,
        ),
    ],
)
def test_routes_of_a_care_setting(rf: Linter, sentence: str, text: str, level: int) -> None:
    found = shaped(rf, f"# Page\n\n{sentence}\n")
    assert any(t.startswith(text) and lv == level for t, lv in found.items()), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Our 24-hour helpline is run by nurses.",  # a route named, no one told to use it
        "We run a 24 hour helpline that you can call.",  # no "when"
        "The helpline number you were given is on your card.",  # no care verb
        "If you call the labour ward, have your notes ready.",  # the verb of the condition
    ],
)
def test_a_route_alone_is_not_an_instruction(rf: Linter, sentence: str) -> None:
    assert shaped(rf, f"# Page\n\n{sentence}\n") == {}


def test_a_chemotherapy_page_whose_help_is_the_24_hour_helpline(rf: Linter) -> None:
    """A haematology unit's page: the temperature is the sign, its own 24-hour line the help
    (an emergency route; no 999 needed). Without the line the page still lacks help."""
    text = (
        "# Neutropenic sepsis\n\n"
        "Neutropenic sepsis is a serious infection in people with low blood counts after "
        "chemotherapy.\n\n"
        "There is a 24 hour helpline that you can call if you develop a temperature of 38C or "
        "higher or feel shivery.\n"
    )
    assert "MED109" not in codes(lint(rf, text))
    told = text.replace("There is a 24 hour helpline that you can call if", "Tell us if")
    assert "MED109" in codes(lint(rf, told))
