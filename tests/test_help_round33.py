"""Round 33 (tests/eval/corpus-judging/round33/criterion-33.md).

X33: a condition about a symptom's course or return ("if they cause persistent discomfort",
"if it keeps coming back") is about symptoms, and care named as what a symptom needs ("needs
a medical assessment", "should prompt follow-up with a healthcare provider") is a prompt.

M33: a title that names a medicine, on a page that speaks of its side effects at least twice,
is a page for people taking it: MED112 asks it when to get help with no acute wording, and a
condition about its side effects says when.
"""

from __future__ import annotations

import re

import pytest

from medlint.checks.knowledge import TitleNames, load_guidance, pattern_regex
from medlint.engine import Linter

from .test_care import codes

BONE = (
    "Osteomyelitis is an infection in a bone. It can be a medical emergency: the infection "
    "can destroy the bone quickly. Symptoms include sudden, severe bone pain, swelling and "
    "fever. Treatment is with antibiotics. "
)


@pytest.mark.parametrize(
    "help_line",
    [
        "If it causes persistent discomfort, you may need to see a doctor.",
        "Talk to your doctor if the infection keeps coming back.",
        "An infection that lasts more than two weeks needs a medical assessment.",
        "Pain that lasts more than a week should prompt follow-up with a healthcare provider.",
    ],
)
def test_the_course_or_return_of_a_symptom_says_when(linter: Linter, help_line: str) -> None:
    assert codes(linter, BONE, "MED112", heading="Osteomyelitis")  # asked without it
    assert not codes(linter, BONE + help_line, "MED112", heading="Osteomyelitis")


@pytest.mark.parametrize(
    "near_miss",
    [
        "The leaflet needs a medical review every two years.",  # no condition, not the reader's
        "Talk to your doctor about which antibiotic is right for you.",  # no condition at all
        "If the bone is badly damaged, the surgeon may need a closer look.",  # no care shape
    ],
)
def test_near_misses_still_ask(linter: Linter, near_miss: str) -> None:
    assert codes(linter, BONE + near_miss, "MED112", heading="Osteomyelitis")


IBUPROFEN = (
    "Ibuprofen is a painkiller you can buy without a prescription. Take it with food. "
    "Common side effects include an upset stomach and heartburn. Side effects are less "
    "likely if you take the lowest dose for the shortest time. "
)


def test_a_medicine_page_is_asked_when_to_get_help(linter: Linter) -> None:
    found = codes(linter, IBUPROFEN, "MED112", heading="Ibuprofen: what to know")
    assert len(found) == 1
    assert "the title names the medicine 'Ibuprofen'" in found[0]
    assert "speaks of side effects 2 times" in found[0]
    assert "taking a medicine" in found[0]


def test_a_condition_about_its_side_effects_says_when(linter: Linter) -> None:
    body = IBUPROFEN + "Call your doctor if you get side effects that do not settle."
    assert not codes(linter, body, "MED112", heading="Ibuprofen: what to know")


def test_a_medicine_class_by_name_counts(linter: Linter) -> None:
    body = (
        "Antihistamines ease hay fever. Drowsiness is the side effect people notice most; "
        "other side effects are rare."
    )
    found = codes(linter, body, "MED112", heading="Antihistamines")
    assert found and "names the medicine 'Antihistamines'" in found[0]


def test_a_page_that_never_speaks_of_effects_is_not_a_medicine_page(linter: Linter) -> None:
    body = "Aspirin was first made in 1897 from willow bark. It was sold as a powder."
    assert not codes(linter, body, "MED112", heading="Aspirin: a history")


def test_one_mention_of_side_effects_is_enough(linter: Linter) -> None:
    # M33b: the excerpts of medicine pages often stop after the first mention
    body = "Aspirin was first made in 1897 from willow bark. It has side effects."
    found = codes(linter, body, "MED112", heading="Aspirin: a history")
    assert found and "speaks of side effects once" in found[0]


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Does ashwagandha have side effects?", "ashwagandha"),
        ("Iron supplements: how to take them", "Iron supplements"),
        ("Taking melatonin", "melatonin"),
        ("St John's wort", "St John's wort"),
    ],
)
def test_a_supplement_is_taken_as_a_medicine_is(linter: Linter, title: str, named: str) -> None:
    body = "Many people take it to feel better. Side effects include headaches and nausea."
    found = codes(linter, body, "MED112", heading=title)
    assert found and f"names the medicine {named!r}" in found[0]


def test_a_condition_named_by_its_title_keeps_its_own_reason(linter: Linter) -> None:
    # "Neuroleptic Malignant Syndrome": the title's own words say it is a condition; the
    # medicine it names only lowers the acute bound
    body = (
        "Neuroleptic malignant syndrome is a reaction to some medicines. It causes a high "
        "fever and stiff muscles. Side effects of the medicine are a warning."
    )
    found = codes(linter, body, "MED112", heading="Neuroleptic Malignant Syndrome")
    assert found and "says 'Syndrome'" in found[0] and "names the medicine" not in found[0]


def test_a_remedy_title_stays_self_care(linter: Linter) -> None:
    # a self-treatment title is judged as self-care (its own reason), not as a medicine page
    body = (
        "Garlic and honey fight germs. Antibiotics have side effects such as diarrhoea, and "
        "side effects are one reason people look for other options. Symptoms of an infection "
        "include fever and pain. Eat two cloves of garlic a day."
    )
    found = codes(linter, body, "MED112", heading="Natural alternatives to antibiotics")
    assert found and "self-treatment" in found[0] and "names the medicine" not in found[0]


def test_the_guidance_loads_the_medicine_lexicons() -> None:
    guidance = load_guidance()
    assert guidance.medicine_title is not None
    for title in ("Lisinopril Side Effects", "Can I take omeprazole long term", "Statins"):
        assert guidance.medicine_title.search(title), title
    for title in ("Tonsil stones", "Living with eczema", "Heat wave advice"):
        assert not guidance.medicine_title.search(title), title
    assert guidance.min_acute_medicine_title == 0
    assert guidance.min_medicine_side_effects == 1


# -- the title names' word gate (review mend): the same matches as the one regex -----------

TITLES = (
    "Ibuprofen Side Effects",
    "Statins",
    "Fish-oil capsules: what to know",
    "St. John's Wort and the pill",
    "Alzheimers drugs",
    "Omega-3s for heart health",
    "Armour Thyroid vs levothyroxine",
    "ACE inhibitors",
    "Beta-carotene",
    "5-HTP for sleep",
    "Same day surgery",
    "Tonsil stones: causes and treatment",
    "Antibiotics – what you should know",
    "Blood thinners and bruising",
    "Vitamin D3 drops for babies",
    "Zinc picolinate or zinc gluconate?",
    "Apixabans compared",  # a final plural the names do not list
)


def _regex_and_gate() -> tuple[TitleNames, re.Pattern[str]]:
    names = load_guidance().medicine_title
    assert names is not None
    return names, pattern_regex(names.patterns)


def _same(names: TitleNames, regex: re.Pattern[str], title: str) -> None:
    found = names.search(title)
    want = regex.search(title)
    assert (found and found.span()) == (want and want.span()), title


def test_the_gate_finds_what_the_regex_finds() -> None:
    names, regex = _regex_and_gate()
    for title in TITLES:
        _same(names, regex, title)


def test_the_gate_on_every_corpus_title() -> None:
    from .conftest import CORPUS
    from .test_reliability_labels import RESTRICTED

    files = sorted(CORPUS.rglob("*.md"))[:2000] + sorted(RESTRICTED.glob("reliability*/docs/*.md"))
    if not files:
        pytest.skip("no corpus or page texts here")
    names, regex = _regex_and_gate()
    for path in files:
        head = path.read_text(encoding="utf-8", errors="replace")[:600]
        for line in head.splitlines()[:8]:
            _same(names, regex, line.removeprefix("title:").strip(" #\"'"))


def test_same_is_no_supplement() -> None:
    names, _regex = _regex_and_gate()
    assert names.search("Same day surgery") is None
    assert names.search("SAM-e for low mood") is not None
