"""Round 67 (S102): what keeps a page from MED112's page model, and what names its subject.

An animal or a plant the opening names once or twice (fish as a food on a diet page, the
plants of a herbal remedy, a pet) no longer keeps a person's health page from the page model;
an opening that speaks of animals or plants again and again (``page_model_other_life``), or
says its subject is an animal's or a plant's disease (``page_model_not``), still does. A
consumer topic's own acronym of three letters ("IBS", "UTI") names its condition when written
in capitals (condition-names.yaml ``acronyms``, tools/condition_names.py)."""

from __future__ import annotations

from pathlib import Path

from medlint.checks.conditiontitle import reader
from medlint.checks.knowledge import load_guidance

from .conftest import cli, fired, rule_linter

DIET = (
    "Gout is a painful kind of arthritis. A diet for gout keeps uric acid low: cut down on\n"
    "red meat, organ meats, {food} and beer, and drink plenty of water. Cherries and low-fat\n"
    "dairy may help. Many people with gout take a medicine every day to lower uric acid, and\n"
    "losing weight slowly eases the pressure on painful joints during a gout attack.\n"
)


def test_a_food_animal_named_once_leaves_the_page_to_the_model() -> None:
    anything = rule_linter("MED112", page_model_threshold=-100.0)
    with_fish = DIET.format(food="oily fish such as sardines")
    without = DIET.format(food="sugary drinks such as sodas")
    title = "Eating well to keep uric acid down"
    assert fired(anything, "MED112", without, title)  # the page model reads the page ...
    assert fired(anything, "MED112", with_fish, title)  # ... the fish in its list changes nothing


def test_an_opening_full_of_animals_still_keeps_the_page_out() -> None:
    anything = rule_linter("MED112", page_model_threshold=-100.0)
    pets = DIET.format(food="oily fish").replace("Many people with gout", "Dogs, cats and birds")
    assert fired(anything, "MED112", pets, "Eating well to keep uric acid down") == []
    # the bar is the rule's option: once is enough at 1
    strict = rule_linter("MED112", page_model_threshold=-100.0, page_model_other_life=1)
    assert fired(strict, "MED112", DIET.format(food="oily fish"), "Uric acid and food") == []


def test_a_topic_acronym_names_its_condition_only_in_capitals() -> None:
    names = reader(load_guidance())
    assert names is not None
    assert names._names("Low FODMAP diet: what to eat for IBS") == {"ibs": 1}
    assert names._names("How I cured my UTI") == {"uti": 1}
    assert names._names("Ibs and more") == {}  # not written as the acronym
    assert names._names("LIVING WITH IBS") == {"ibs": 1}  # a title in capitals reads it too
    # an acronym whose other senses are as common in a title is pruned by hand
    # (tools/condition_names.py PRUNED: terms of service, a nursing home's Minimum Data Set)
    assert names._names("TOS AND PRIVACY") == {}
    assert names._names("MDS assessment in a nursing home") == {}


def test_a_guard_count_below_one_is_a_configuration_error(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.medlint.rules]\nMED112 = { page_model_other_life = 0 }\n")
    (tmp_path / "a.md").write_text("# IBS\n\nIBS causes tummy pain and bloating.\n")
    code, _, err = cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert code == 2
    assert (
        f"{config}:2: [tool.medlint] rules.MED112.page_model_other_life: 0 is less than the "
        "minimum of 1"
    ) in err
    assert "Traceback" not in err
