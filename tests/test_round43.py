"""Round 43: what a verb acts on (A43, MED202) and sources named in the figure's own sentence
or list (D43, MED401).

Every text here is written for the test (no labelled page's text). A43 reads a medicine that
is the means of an act, a supply already missed or left over, drops put in, a prescription as
how a medicine is bought, a role contrasted, a question after a label, "every time you ..." as
a condition and a trailing attribution as reported speech; D43 reads a body's count with an
auxiliary or a participle, a trial named by its acronym or proper name, a dataset named by its
publisher, and a figure claimed as a verb's object.
"""

from __future__ import annotations

import pytest

from medlint.checks.shape import in_condition
from medlint.engine import Linter, Options

from .conftest import TODAY


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=TODAY, select=("MED202", "MED401")))


@pytest.fixture(scope="module")
def red_flags() -> Linter:
    return Linter(Options(today=TODAY, select=("MED109",)))


def codes(linter: Linter, body: str) -> list[str]:
    result, _ = linter.lint_text("a.md", "# Medicines\n\n" + body + "\n")
    return [v.code for v in result.violations]


@pytest.mark.parametrize(
    "words",
    [
        ["every", "time", "you"],
        ["each", "time", "you", "feel", "sick", "and"],
    ],
)
def test_every_time_opens_a_condition(words: list[str]) -> None:
    assert in_condition(words)


@pytest.mark.parametrize(
    "words",
    [
        ["this", "time", "you"],
        ["time", "to"],
        ["every", "day"],
        ["at", "any", "time", "you", "can"],
        ["eating", "garlic", "every", "time", "you", "sit", "down"],
    ],
)
def test_other_times_open_none(words: list[str]) -> None:
    assert not in_condition(words)


def test_a_condition_closed_by_a_comma_is_no_longer_open() -> None:
    assert not in_condition(["every", "time", "you", "feel", "ill", ","])


@pytest.mark.parametrize(
    "body",
    [
        "Stop heartburn with antacids.",
        "If you miss a dose, skip the missed dose and take the next one at the usual time.",
        "Throw away any expired tablets at a pharmacy take-back point.",
    ],
)
def test_medicine_not_stopped(linter: Linter, body: str) -> None:
    assert "MED202" not in codes(linter, body)


@pytest.mark.parametrize(
    "body",
    [
        "Stop taking your statins today and drink beetroot juice instead.",
        "Skip your morning dose of blood pressure tablets and use garlic.",
        "Throw out your inhaler and try breathing exercises.",
        "Every week, skip your thyroid tablets on Sunday.",
        "Eating garlic every time you eat, stop your blood pressure pills.",
        "Skip the remaining doses of your antibiotic once the fever breaks.",
        "Stop your therapy with lithium once your mood is stable.",
        "Drop your eye drops and rinse with salt water instead.",
        "Rather than poison yourself with statins, eat garlic.",
        "Stop your antidepressants: why stay numb forever?",
        "At any time you can safely stop your antidepressants.",
    ],
)
def test_medicine_still_stopped(linter: Linter, body: str) -> None:
    assert "MED202" in codes(linter, body)


@pytest.mark.parametrize(
    "body",
    [
        "The Ministry of Health (MOH) has confirmed 2,300 cases of cholera this year.",
        "The Kent County Health Department has recorded 45% more cases than last year.",
        "Cases rose, with the Public Health Agency recording 40% more infections in May.",
        "In the SPRINT trial, intensive treatment cut heart attacks by 25%.",
        "In the Nurses' Health Study, 30% of women had high blood pressure.",
        "NHS England figures show 7.6 million people waiting for treatment.",
    ],
)
def test_named_source_in_the_sentence(linter: Linter, body: str) -> None:
    assert "MED401" not in codes(linter, body)


@pytest.mark.parametrize(
    "body",
    [
        "A large study found that 30% of adults had high blood pressure.",
        "The US study found 40% of teenagers sleep too little.",
        "Officials said 1 in 5 children had missed a dose.",
        "The county health department has recorded 45% more cases than last year.",
        "A review of 1,000 patients, reported that 20% improved.",
        "Heart disease claims over 600,000 lives every year.",
        "Our clinic boasts a 98% success rate.",
        "The Miracle Detox Tea has reported a 90% reduction in bloating.",
        "The CBD trial showed an 80% drop in seizures.",
        "In the Amazing Turmeric Trial, 85% of people felt better.",
        "HIV statistics show that 1 in 5 people do not know their status.",
    ],
)
def test_unnamed_source_still_flagged(linter: Linter, body: str) -> None:
    assert "MED401" in codes(linter, body)


DENGUE_PAGE = """# Dengue fever: symptoms and home care

Dengue fever is spread by mosquito bites. It causes a high fever, headache, pain behind the
eyes and aching muscles and joints. Most people get better in a week with rest, fluids and
paracetamol. Avoid ibuprofen and aspirin, which can make bleeding more likely.
"""


def test_a_dengue_page_is_asked_for_dengue_not_malaria_warning_signs(red_flags: Linter) -> None:
    """T43 (round 43): dengue is a topic of its own (rules/knowledge/topics/dengue.yaml), no
    longer a trigger of 'Malaria and fever after travel'."""
    result, _ = red_flags.lint_text("dengue.md", DENGUE_PAGE)
    messages = [v.message for v in result.violations]
    assert any("topic 'Dengue'" in m for m in messages), messages
    assert not any("Malaria" in m for m in messages), messages


def test_a_dengue_page_with_its_warning_signs_passes(red_flags: Linter) -> None:
    page = DENGUE_PAGE + (
        "\nGo to hospital or call your local emergency number straight away if you have "
        "severe belly pain, keep vomiting, bleed from the gums or nose, or feel very tired "
        "or restless, especially as the fever goes down.\n"
    )
    result, _ = red_flags.lint_text("dengue.md", page)
    assert not [v for v in result.violations if "Dengue" in v.message]


@pytest.mark.parametrize(
    "help_text",
    [
        "Call an ambulance if you are being sick several times a day or have severe tummy pain.",
        "Bring the patient to the nearest hospital right away if you see these danger signs: "
        "nosebleeds, black stools, vomiting blood or drowsiness.",
        "Go to the emergency room if you keep vomiting, bleed from the gums or nose, or feel "
        "extremely tired or restless.",
    ],
)
def test_dengue_warning_signs_in_other_words_count(red_flags: Linter, help_text: str) -> None:
    """The round's third review: the NHS's, CDC's and Philippine health pages' wording of the
    warning signs, and "bring the patient to hospital", are warning signs given."""
    result, _ = red_flags.lint_text("dengue.md", DENGUE_PAGE + "\n" + help_text + "\n")
    assert not [v for v in result.violations if "Dengue" in v.message]


@pytest.mark.parametrize(
    ("title", "asked"),
    [("Getting vaccinated against dengue", False), ("Breakbone fever", True)],
)
def test_dengue_topic_titles(red_flags: Linter, title: str, asked: bool) -> None:
    body = DENGUE_PAGE.split("\n", 1)[1]
    result, _ = red_flags.lint_text("dengue.md", f"# {title}\n{body}")
    assert any("Dengue" in v.message for v in result.violations) is asked
