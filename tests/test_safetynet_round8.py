"""MED112, round 8 (issue 12, point 4): which consumer pages are about a problem the reader
may have now, and which are not. A title whose subject is a symptom the reader notices is
asked without the acute-wording gate; a title that names a group of conditions is not asked;
an instruction for every case of a symptom ("you should always see your doctor") says when.
Each test pairs the form that counts with a near miss that must not; the wordings are the
tests' own."""

from __future__ import annotations

import pytest

from medlint.engine import Linter

from .conftest import codes, lint

# A symptom page in plain, non-acute words, with room for its title and its help.
SYMPTOM = (
    "# {title}\n\n{subject} is common. Dry skin, dandruff, new hair products and head lice "
    "can all cause it. Treatment depends on the cause: medicated shampoos help many people, "
    "and a pharmacist can suggest one.\n\n{help}\n"
)


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        # the title's subject is a symptom the reader notices
        ("Scalp Itching", True),
        ("Itching of the Scalp", True),
        # a qualifier of another subject, a long-term mark, a condition's name: no symptom page
        ("Anti-itch Shampoos", False),
        ("Chronic Scalp Itching", False),
        ("Itching Disorders of the Scalp", False),
    ],
)
def test_a_symptom_in_the_title_makes_a_page_the_reader_may_act_on(
    rf: Linter, title: str, fires: bool
) -> None:
    """No acute wording is needed when the page is about a symptom the reader has: consumer
    sources on a symptom always say when it needs a doctor."""
    text = SYMPTOM.format(title=title, subject="An itchy scalp", help="")
    assert ("MED112" in codes(lint(rf, text))) is fires


def test_a_symptom_page_that_says_when_is_not_asked(rf: Linter) -> None:
    help_ = "See a doctor if the itching lasts more than two weeks or keeps you awake."
    text = SYMPTOM.format(title="Scalp Itching", subject="An itchy scalp", help=help_)
    assert "MED112" not in codes(lint(rf, text))


def test_the_finding_on_a_symptom_page_names_the_symptom(rf: Linter) -> None:
    text = SYMPTOM.format(title="Scalp Itching", subject="An itchy scalp", help="")
    [message] = [v.message for v in lint(rf, text).violations if v.code == "MED112"]
    assert "names the symptom 'Itching'" in message
    assert "none needed for a symptom" in message


# An acute page in words MED112 reads as acute, with room for its title.
ACUTE = (
    "# {title}\n\nAn empyema is a collection of pus in the space around the lung. It can be "
    "life-threatening. Symptoms include sudden, severe chest pain and a high fever. "
    "Treatment is with antibiotics and draining the pus.\n"
)


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        ("Pleural Empyema", True),
        # a group of conditions heads an overview: no single "when to get help" applies
        ("Pleural Disorders", False),
        ("Pleural Diseases - Health Library", False),
        ("Chest Infections and Disorders", False),
        # a plural category inside the name of one condition's page is not the head
        ("Empyema in People with Lung Diseases Treated at Home", True),
    ],
)
def test_a_title_that_names_a_group_of_conditions_is_not_asked(
    rf: Linter, title: str, fires: bool
) -> None:
    assert ("MED112" in codes(lint(rf, ACUTE.format(title=title)))) is fires


# A symptom page whose help, if any, is the last paragraph.
BLEEDING = (
    "# Bleeding After Menopause\n\nBleeding after the menopause has several possible causes, "
    "such as thinning of the womb lining or polyps. {help}\n"
)


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # an instruction for every case of the symptom named just before says when
        ("It is often harmless, but you should always see your doctor.", False),
        ("It is often harmless but always speak to your GP.", False),
        # negated, followed by a complement of its own, or with no symptom near: none
        ("It is often harmless, so you do not always need to see your doctor.", True),
        ("Always tell your doctor about the medicines you take.", True),
        ("Polyps are one. Always see your doctor.", True),
    ],
)
def test_an_instruction_for_every_case_of_a_symptom_says_when(
    rf: Linter, help_: str, fires: bool
) -> None:
    assert ("MED112" in codes(lint(rf, BLEEDING.format(help=help_)))) is fires


def test_always_far_from_the_symptom_does_not_say_when(rf: Linter) -> None:
    """The symptom must be in the instruction's sentence or the one before."""
    text = BLEEDING.format(
        help="Your doctor may suggest an ultrasound scan. Scans are painless and quick. "
        "Waiting lists vary by area. Always bring a list of questions to your doctor."
    )
    assert "MED112" in codes(lint(rf, text))


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # on a symptom page its own symptom is a symptom word, in any of its forms
        ("See a doctor if you itch all night for more than a week.", False),
        ("Ask your doctor for advice if the itchiness spreads to your neck.", False),
        # a condition about something else still says nothing of when
        ("See a doctor if you would like a stronger shampoo.", True),
    ],
)
def test_the_symptom_a_page_is_about_counts_in_its_help(
    rf: Linter, help_: str, fires: bool
) -> None:
    """MedlinePlus's Bruises page: "See your health care provider if you seem to bruise for
    no reason" gives the help in the page's own symptom word."""
    text = SYMPTOM.format(title="Scalp Itching", subject="An itchy scalp", help=help_)
    assert ("MED112" in codes(lint(rf, text))) is fires
