"""MED109 on the topic knowledge base and the MED112 safety net (issue 12): aboutness, sense
traps, section-aware coverage, proportion, news, locale wording and inspect evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.checks.knowledge import load_topics, pattern_regex
from medlint.engine import Linter, Options
from medlint.model import FileResult
from medlint.ruleset import RuleFileError

from .conftest import TODAY, cli, title_topics


@pytest.fixture(scope="module")
def rf() -> Linter:
    return Linter(Options(today=TODAY, select=("MED109", "MED112")))


def lint(linter: Linter, text: str, name: str = "a.md") -> FileResult:
    result, crashes = linter.lint_text(name, text)
    assert crashes == 0
    return result


def messages(result: FileResult, code: str = "MED109") -> list[str]:
    return [v.message for v in result.violations if v.code == code]


SEPSIS = "# Sepsis\n\nSepsis is the body's extreme response to an infection. {extra}\n"


def test_sepsis_without_help_is_reported_with_its_evidence(rf: Linter) -> None:
    found = messages(lint(rf, SEPSIS.format(extra="It is treated with antibiotics.")))
    assert len(found) == 1
    assert "topic 'Sepsis' (the title says 'Sepsis'" in found[0]
    assert "not clinically reviewed" in found[0]
    assert "Why this is asked:" in found[0]


def test_signs_under_a_help_heading_count(rf: Linter) -> None:
    text = SEPSIS.format(
        extra="\n\n## Call 911 if\n\n- slurred speech or new confusion\n- blotchy skin\n"
    )
    assert messages(lint(rf, text)) == []


def test_signs_in_a_list_under_a_lead_in_count(rf: Linter) -> None:
    text = SEPSIS.format(
        extra="\n\n## Symptoms\n\nCall your local emergency number if someone has:\n\n"
        "- slurred speech or new confusion\n- blotchy skin\n- breathing very fast\n"
        "- a rash that does not fade\n- no urine all day\n"
    )
    assert messages(lint(rf, text)) == []


def test_the_same_signs_in_a_causes_section_do_not_count(rf: Linter) -> None:
    text = (
        "# Sepsis\n\nSepsis is the body's extreme response to an infection.\n\n"
        "## When to get help\n\nCall 911 in an emergency.\n\n"
        "## Causes\n\nIn people with dementia, confusion and slurred speech are common.\n"
    )
    assert len(messages(lint(rf, text))) == 1


def test_negated_signs_do_not_count(rf: Linter) -> None:
    text = SEPSIS.format(extra="Sepsis does not cause confusion. Call 911 in an emergency.")
    assert len(messages(lint(rf, text))) == 1


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Flu vaccine: who should get it", None),  # vaccine, not the disease
        ("How to burn calories walking", None),  # "burn" as in calories
        ("Heat stroke", "heat-illness"),  # heat illness, not stroke
        ("Stroke rehabilitation", None),  # a service, not the emergency
        ("Stroke", "stroke-tia"),
    ],
)
def test_sense_traps(inspector: Linter, tmp_path: Path, title: str, topic: str | None) -> None:
    # What `medlint inspect` calls, with one Linter; the command itself is run by
    # test_redflags_precision.test_the_inspect_command_reports_the_title_topic.
    assert title_topics(inspector, tmp_path, title) == ([topic] if topic else [])


def test_a_symptom_inside_another_conditions_page_is_not_its_topic(rf: Linter) -> None:
    text = (
        "# Lupus\n\nLupus is an autoimmune disease.\n\n## Symptoms\n\n"
        "Symptoms include fever, chest pain, headache, joint pain and tiredness. "
        "Chest pain can come and go. Headache is common.\n"
    )
    assert messages(lint(rf, text)) == []


def test_two_main_headings_make_a_topic_when_the_title_names_none(rf: Linter) -> None:
    text = (
        "# Our health guide\n\nA guide for families.\n\n## What is sepsis?\n\n"
        "Sepsis is an emergency.\n\n## Treating sepsis\n\nAntibiotics are used.\n"
    )
    found = messages(lint(rf, text))
    assert found and "2 main headings name it" in found[0]


def test_compartment_syndrome_is_not_demanded_of_a_cramp_page(rf: Linter) -> None:
    text = (
        "# Leg cramps\n\nLeg cramps after exercise are common.\n\n## When to get help\n\n"
        "See a doctor the same day if one leg is swollen, warm and painful.\n"
    )
    assert messages(lint(rf, text)) == []


def test_professional_pages_must_name_the_condition(rf: Linter) -> None:
    base = "---\ntitle: Thigh cramps\naudience: professional\n---\nMuscle strain is common. {x}\n"
    assert len(messages(lint(rf, base.format(x="Electrolytes matter.")))) == 1
    assert messages(lint(rf, base.format(x="Always consider deep vein thrombosis."))) == []


def test_news_is_judged_by_its_own_standard(rf: Linter) -> None:
    news = (
        "---\ntitle: New study on sepsis survival\n---\nResearchers found that faster "
        "antibiotics improved sepsis survival in a large study published in a journal. "
        "If you or your child had sepsis, you may want to read it.\n"
    )
    result = lint(rf, news)
    assert messages(result) == []  # no red-flag demand on a research report
    net = messages(result, "MED112")
    assert len(net) == 1 and "news or research report" in net[0]
    prompted = news + "\nIf you have questions about your own health, talk to your doctor.\n"
    assert messages(lint(rf, prompted), "MED112") == []
    declared = news.replace("---\ntitle", "---\ngenre: news\ntitle").replace("study", "trial")
    assert messages(lint(rf, declared)) == []


ACUTE = (
    "# Respiratory failure\n\nRespiratory failure is a condition in which the lungs cannot get "
    "enough oxygen into the blood. It can be life-threatening. Sudden trouble breathing is a "
    "symptom. {extra}\n"
)


@pytest.mark.parametrize(
    ("extra", "fires"),
    [
        ("Treatment depends on the cause.", True),
        ("You do not need to see a doctor if you get a little breathless.", True),  # negated
        ("Call 911 if you have sudden trouble breathing.", False),
        ("See your doctor if your symptoms get worse.", False),
        ("If you are planning a trip, talk with your doctor.", True),  # not about symptoms
    ],
)
def test_safety_net(rf: Linter, extra: str, fires: bool) -> None:
    assert bool(messages(lint(rf, ACUTE.format(extra=extra)), "MED112")) is fires


@pytest.mark.parametrize(
    "page",
    [
        "# Netherton syndrome\n\nSudden, life-threatening dehydration can occur.\n\n"
        "## What are the genetic changes related to Netherton syndrome?\n\nSPINK5.\n",
        "# Sepsis statistics\n\nSudden, life-threatening sepsis killed many people.\n",
        "# Clinical trials for heart failure\n\nSudden, life-threatening symptoms. NCT01234567.\n",
        "# Medicare coverage for emergencies\n\nSudden, life-threatening conditions are covered.\n",
        "# Dictionary of cancer terms\n\nSudden: quick. Life-threatening: may cause death.\n",
    ],
)
def test_safety_net_boundary(rf: Linter, page: str) -> None:
    result = lint(rf, page)
    assert messages(result, "MED112") == [] and messages(result) == []


def test_locale_wording() -> None:
    page = SEPSIS.format(extra="It is treated with antibiotics.")

    def message(**options: str) -> str:
        rule_options = tuple(("MED109", k, v) for k, v in options.items())
        linter = Linter(Options(today=TODAY, select=("MED109",), rule_options=rule_options))
        return messages(lint(linter, page))[0]

    neutral = message()
    assert "call your local emergency number" in neutral
    assert "call 911" in message(emergency_number="911")
    assert "call 999" in message(locale="en-GB")
    assert "call 000" in message(locale="en-AU")
    with pytest.raises(RuleFileError, match="unknown locale"):
        message(locale="xx-XX")


def test_every_condition_advice_is_locale_neutral() -> None:
    for topic in load_topics():
        for condition in topic.conditions:
            assert "999" not in condition.advice and "A&E" not in condition.advice, topic.id


def test_pattern_regex_matches_titles() -> None:
    regex = pattern_regex(("{night|nocturnal} {leg}? cramps", "heart attack"))
    assert regex.search("Night leg cramps in older adults")
    assert regex.search("Nocturnal cramps")
    assert regex.search("Heart attacks: the signs")
    assert not regex.search("Heartbeat")


def test_inspect_shows_the_evidence(tmp_path: Path) -> None:
    page = tmp_path / "sepsis.md"
    page.write_text(SEPSIS.format(extra="It is treated with antibiotics."))
    _code, out, _err = cli("inspect", str(page))
    assert "sepsis: the title says 'Sepsis'; the text names it" in out


def test_unknown_declared_topics_are_ignored(rf: Linter) -> None:
    page = "---\ntitle: Gardening\ntopics: [no-such-topic]\n---\nDig the soil in spring.\n"
    assert lint(rf, page).violations == ()


def test_emergency_number_from_the_configuration(tmp_path: Path) -> None:
    (tmp_path / ".medlint.toml").write_text('[organization]\nemergency-number = "112"\n')
    page = tmp_path / "sepsis.md"
    page.write_text(SEPSIS.format(extra="It is treated with antibiotics."))
    _code, out, _err = cli("check", str(page), "--select", "MED109", "--today", "2026-11-21")
    assert "call 112" in out and "local emergency number" not in out
