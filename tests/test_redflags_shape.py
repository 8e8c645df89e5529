"""Help-seeking guidance recognised by shape (issue 12 part 6, checks/careshape.py): a care
verb and a care destination, with a trigger or under a help heading; negated, reported and
conditional verbs do not count; headings of that shape make help sections; an action after a
list with a conditional lead-in ties the list's signs; new knowledge-base topics."""

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


@pytest.mark.parametrize(
    ("sentence", "text", "level"),
    [
        ("Get help from 111 if your skin is hot.", "Get help from 111", SAME_DAY),
        (
            "If you develop a stiff neck, go to the emergency department.",
            "go to the emergency department",
            EMERGENCY,
        ),
        (
            "Contact your healthcare provider right away if the rash spreads.",
            "Contact your healthcare provider",
            SAME_DAY,
        ),
        (
            "Call poison control immediately if a child swallows it.",
            "Call poison control",
            EMERGENCY,
        ),
        (
            "Take your child to A&E straight away if they are floppy.",
            "Take your child to A&E",
            EMERGENCY,
        ),
        ("Ring 000 if someone collapses.", "Ring 000", EMERGENCY),
        ("Go to urgent care if the cut will not stop bleeding.", "Go to urgent care", SAME_DAY),
        ("If YES to any of the above phone 999 for an ambulance.", "phone 999", EMERGENCY),
        ("See a doctor if the pain lasts more than a week.", "See a doctor", PROMPT),
    ],
)
def test_instructions_by_shape(rf: Linter, sentence: str, text: str, level: int) -> None:
    assert shaped(rf, f"# Page\n\n{sentence}\n") == {text: level}


@pytest.mark.parametrize(
    "sentence",
    [
        "You do not need to call 911 for a mild rash.",  # negated
        "If you see a doctor, bring your notes.",  # the verb of the condition
        "In the study, patients were told to see a doctor.",  # reported, no trigger
        "Talk to your doctor about vaccines.",  # no trigger, no help heading
        "Severe attacks may require emergency care.",  # a description, not a care verb
    ],
)
def test_what_is_not_an_instruction(rf: Linter, sentence: str) -> None:
    assert shaped(rf, f"# Page\n\n{sentence}\n") == {}


def test_a_heading_of_that_shape_is_a_help_section(rf: Linter) -> None:
    text = (
        "# Cellulitis\n\nCellulitis is a skin infection.\n\n"
        "## Get help from 111 if\n\n"
        "- your skin is red, hot, swollen and spreading\n"
        "- you have a high temperature or shivering\n\n"
        "## Seek emergency care if you notice\n\n"
        "- confusion or slurred speech\n- blotchy skin\n"
    )
    assert "MED109" not in codes(lint(rf, text))


def test_an_action_after_a_conditional_list_is_guidance(rf: Linter) -> None:
    """NHS boxes: signs under "If your child has any of the following:", the action after
    the list. That is guidance for those signs; after a plain "Signs:" list it is not."""
    text = (
        "# Sepsis\n\nSepsis is the body's extreme response to an infection.\n\n"
        "If your child has any of the following:\n\n"
        "- a cough that will not settle\n- a runny nose\n- tiredness\n\n"
        "You need urgent help\n\nGo to the nearest A&E department or phone 999\n"
    )
    assert "MED109" not in codes(lint(rf, text))
    without_lead_in = text.replace("If your child has any of the following:", "Signs:")
    assert "MED109" in codes(lint(rf, without_lead_in))


def test_a_help_section_without_signs_does_not_cover(rf: Linter) -> None:
    text = (
        "# Sepsis\n\nSepsis is the body's extreme response to an infection.\n\n"
        "## When to get help\n\nCall 911 in an emergency.\n"
    )
    assert "MED109" in codes(lint(rf, text))


def test_guidance_tied_to_other_signs_covers_the_condition(rf: Linter) -> None:
    """An instruction that says for which signs (here the page's own) at the condition's
    urgency covers a knowledge-base condition whose exact signs the page words otherwise."""
    text = (
        "# Diabetes complications\n\nDiabetes can cause problems with your eyes and feet.\n\n"
        "If you feel nauseated, sluggish or shaky, seek emergency care.\n"
    )
    assert "MED109" not in codes(lint(rf, text))


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Sinusitis", "sinusitis"),
        ("Spinal Cord Injuries", "spinal-cord-injury"),
        ("Bipolar Disorder", "bipolar-disorder"),
        ("Post-Traumatic Stress Disorder", "ptsd"),
        ("Gonorrhea", "sexually-transmitted-infections"),
        ("Respiratory Syncytial Virus Infections", "bronchiolitis"),
        ("Meningococcal Infections", "meningitis"),
        ("Wrist Injuries", "limb-joint-injuries"),
    ],
)
def test_new_topics_are_assigned_from_the_title(rf: Linter, title: str, topic: str) -> None:
    text = f"# {title}\n\n{title} is a health problem. Some people with it think about suicide.\n"
    found = [v.message for v in lint(rf, text).violations if v.code == "MED109"]
    assert found, title
    assert all(f"red-flag topic {topic}," in m for m in found)


def test_umbrella_injury_pages_are_no_topic(rf: Linter) -> None:
    text = "# Hand Injuries and Disorders\n\nHand injuries and disorders are common.\n"
    assert "MED109" not in codes(lint(rf, text))


def test_safety_net_with_an_acute_kind_in_the_title(rf: Linter) -> None:
    body = (
        "Some people react to latex gloves. Symptoms include itching and a rash. "
        "A severe reaction can happen. Treatment is to avoid latex.\n"
    )
    assert "MED112" in codes(lint(rf, f"# Latex Allergy\n\n{body}"))
    assert "MED112" not in codes(lint(rf, f"# Latex Sensitivity\n\n{body}"))
    helped = body + "\nCall 911 if you have trouble breathing after touching latex.\n"
    assert "MED112" not in codes(lint(rf, f"# Latex Allergy\n\n{helped}"))


def test_a_consult_lead_in_ties_its_list_at_its_own_level(rf: Linter) -> None:
    """NCI pages: "Check with your doctor if you have any of the following:" over a list of
    signs. The items complete the lead-in's sentence, so a prompt-level consult covers the
    signs (as "see your doctor if your skin turns yellow" does; since round 9 emergency signs
    too, as the labelled consumer standard counts them), and a list under a plain lead-in is
    not guidance."""
    text = (
        "# Pancreatic Cancer\n\nPancreatic cancer is a disease of the pancreas.\n\n"
        "Signs may be caused by pancreatic cancer or by other conditions. "
        "Check with your doctor if you have any of the following:\n\n"
        "- Jaundice (yellowing of the skin and whites of the eyes).\n- Dark urine.\n"
    )
    assert "MED109" not in codes(lint(rf, text))
    plain = text.replace("Check with your doctor if you have any of the following:", "Signs:")
    assert "MED109" in codes(lint(rf, plain))
    emergency = (
        "# Sepsis\n\nSepsis is the body's extreme response to an infection.\n\n"
        "Check with your doctor if you have any of the following:\n\n"
        "- blotchy or blue skin\n- confusion or slurred speech\n"
    )
    assert "MED109" not in codes(lint(rf, emergency))
    described = emergency.replace(
        "Check with your doctor if you have any of the following:",
        "Talk to your doctor about sepsis. Signs include:",
    )
    assert "MED109" in codes(lint(rf, described))


@pytest.mark.parametrize(
    ("title", "demanded"),
    [
        ("Acute Kidney Injury", True),
        ("Acute Kidney Failure", True),
        ("Chronic Kidney Disease", False),  # a long-term name of the topic
        ("Kidney Failure: What to Expect", False),
        ("Amyloidosis and Kidney Disease", False),  # another condition beside it
        ("Hereditary Renal Failure", False),  # a long-term mark
        ("High Blood Pressure and Renal Failure", False),  # another topic beside it
    ],
)
def test_a_long_term_relative_is_not_asked_for_the_acute_form(
    rf: Linter, title: str, demanded: bool
) -> None:
    text = f"# {title}\n\n{title} means the kidneys stop working well. Kidneys filter blood.\n"
    found = [v.message for v in lint(rf, text).violations if v.code == "MED109"]
    assert any("acute kidney injury" in m for m in found) is demanded, found


def test_alcohol_use_disorder_is_not_asked_for_alcohol_poisoning(rf: Linter) -> None:
    body = "Alcohol use affects the liver and the brain. Many people drink too much.\n"

    def asks_for_poisoning(message: str) -> bool:
        return "help for alcohol poisoning" in message or "alcohol poisoning or its" in message

    poisoning = lint(rf, f"# Alcohol Poisoning\n\n{body}").violations
    assert any(asks_for_poisoning(v.message) for v in poisoning)
    disorder = lint(rf, f"# Alcohol Use Disorder\n\n{body}").violations
    assert not any(asks_for_poisoning(v.message) for v in disorder)
    assert any("withdrawal" in v.message for v in disorder)  # the long-term demand stays


def test_living_with_a_condition_is_not_asked_for_its_acute_situation(rf: Linter) -> None:
    """PEP after an exposure is HIV's acute situation: a page about living with HIV (a
    long-term mark in the title) is not asked for it; an HIV page is."""
    body = "HIV is a virus that attacks the immune system. Treatment keeps it under control.\n"

    def asks_for_pep(title: str) -> bool:
        found = lint(rf, f"# {title}\n\n{body}").violations
        return any("red-flag topic hiv," in v.message and "PEP" in v.message for v in found)

    assert asks_for_pep("HIV")
    assert not asks_for_pep("Living with HIV")


def test_a_consult_lead_in_covers_a_same_day_condition_by_its_own_signs(rf: Linter) -> None:
    """A conditional prompt over a list of the page's own signs covers a condition up to
    same-day urgency (guidance_covers), as it ties listed signs; never an emergency one."""
    lead_in = "Check with your doctor if you have any of the following:"
    same_day = (
        "# Chronic Eosinophilic Leukemia\n\nChronic eosinophilic leukemia is a blood cancer.\n\n"
        f"{lead_in}\n\n- Fever.\n- Feeling very tired.\n- Cough.\n"
    )
    assert "MED109" not in codes(lint(rf, same_day))
    assert "MED109" in codes(lint(rf, same_day.replace(lead_in, "Signs include:")))
    emergency = (
        "# Sepsis\n\nSepsis is the body's extreme response to an infection.\n\n"
        f"{lead_in}\n\n- Fever.\n- Feeling very tired.\n"
    )
    assert "MED109" in codes(lint(rf, emergency))
