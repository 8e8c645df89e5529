"""A page about a weather hazard is about the illness it causes (round 15): a topic's
``exposures`` (hot weather for heat illness, cold weather and snow for hypothermia) named in
the title or H1, headline or not, give the page the topic when the main text names the
exposure or the topic at least twice. The wordings are the tests' own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.engine import Linter
from medlint.inspection import inspect_file

from .conftest import TODAY, fired

HOT = (
    "Hot weather can be dangerous, especially for older people and babies. During hot "
    "weather keep your home cool, drink plenty of water and stay out of the sun between "
    "11am and 3pm."
)
COLD = (
    "Cold weather can make some health problems worse. Keep your home heated to at least "
    "18C and wear several layers when you go out in the snow or in cold weather."
)


def topics(inspector: Linter, folder: Path, title: str, body: str) -> list[str]:
    page = folder / "page.md"
    page.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    return [t["id"] for t in inspect_file(str(page), inspector, TODAY)["topics"]]


@pytest.mark.parametrize(
    ("title", "body", "topic"),
    [
        ("Hot weather advice", HOT, "heat-illness"),
        ("Residents urged to stay safe in the heat", HOT, "heat-illness"),
        ("Keeping well in cold weather", COLD, "hypothermia"),
        ("Snow and ice", COLD, "hypothermia"),
    ],
)
def test_a_weather_title_gives_its_illness(
    inspector: Linter, tmp_path: Path, title: str, body: str, topic: str
) -> None:
    assert topics(inspector, tmp_path, title, body) == [topic]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the exposure named once in the text: a passing mention, not the page's subject
        ("Hot weather advice", "Drink water and rest in the shade on hot days."),
        # "heat" and "cold" alone are no exposure: a rash, a virus
        ("Heat rash", "Heat rash is itchy and usually settles on its own. " * 2),
        ("The common cold", "A cold is a mild viral infection of the nose and throat. " * 2),
    ],
)
def test_no_exposure_no_topic(inspector: Linter, tmp_path: Path, title: str, body: str) -> None:
    found = topics(inspector, tmp_path, title, body)
    assert "heat-illness" not in found and "hypothermia" not in found, found


def test_a_topic_the_title_names_wins(inspector: Linter, tmp_path: Path) -> None:
    """The title "Asthma in hot weather" is an asthma page: the exposure is read only when the title
    names no topic as its subject."""
    assert topics(inspector, tmp_path, "Asthma in hot weather", HOT) == ["asthma"]


def test_a_weather_page_is_asked_for_the_illness_signs(linter: Linter) -> None:
    assert any("heatstroke" in m for m in fired(linter, "MED109", HOT, "Hot weather advice"))


def test_a_weather_page_with_the_signs_and_help_passes(linter: Linter) -> None:
    body = (
        f"{HOT}\n\nCall 999 if someone has signs of heatstroke: confusion, a seizure, "
        "loss of consciousness, or hot skin that is not sweating.\n"
    )
    assert fired(linter, "MED109", body, "Hot weather advice") == []
