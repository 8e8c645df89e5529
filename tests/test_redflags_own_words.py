"""MED109 reads a page's own help (round 8, issue 12): pages that give the warning signs and
the action in their own words were MED109's commonest false alarm (corpus judging: Eye
Injuries, Rabies, Heart Failure; labelled dev pages: Fractures, a diarrhoea leaflet). Three
mechanisms of the shared help reader (helpseeking.py, signwords.py), each with a near miss
that must still fire. The wordings are this file's own, not the pages'."""

from __future__ import annotations

import pytest

from medlint.checks.signwords import SignWords, normal, words_of
from medlint.engine import Linter

from .conftest import lint

BLEEDING = "a serious cause"  # the diarrhoea topic's emergency condition, in its message
KIDNEY = "kidney infection"
FRACTURE = "a serious fracture"
BITE = "bite infection"


def asked_for(rf: Linter, text: str, condition: str) -> bool:
    return any(v.code == "MED109" and condition in v.message for v in lint(rf, text).violations)


DIARRHOEA = (
    "# Diarrhoea in children\n\nDiarrhoea means loose, watery poo. Most children get better "
    "in a few days with plenty of fluids.\n\n{help}\n"
)


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # the sign's words in the page's own order, inside an urgent instruction
        ("Take your child to a doctor straight away if their poo turns black.", False),
        ("Phone a doctor right away if you see blood mixed into the poo.", False),
        # the same words in a description, with help that names no sign
        ("Iron medicine can turn poo black. Phone a doctor right away if you are unsure.", True),
        # a conditional prompt in the sign's own sentence ties it at any urgency (round 9)
        ("Talk to your doctor if their poo turns black.", False),
        # ... a prompt in another sentence does not
        ("Iron medicine can turn poo black. Talk to your doctor if you are unsure.", True),
    ],
)
def test_a_sign_in_the_pages_own_words_counts_inside_its_help(
    rf: Linter, help_: str, fires: bool
) -> None:
    """ "stools containing blood", "stools that are black and tarry" are the knowledge
    base's "blood in stools", "black stools" in another order (signwords.py)."""
    assert asked_for(rf, DIARRHOEA.format(help=help_), BLEEDING) is fires


UTI = (
    "# Urinary tract infections (UTIs)\n\nA UTI is an infection of the bladder or the "
    "kidneys. It can cause pain when you pee, a high temperature, and pain in your back "
    "or side.\n\n{help}\n"
)


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # a suspicion of the page's subject, with a prompt: same-day signs are tied
        ("If you think you may have a UTI, see a GP.", False),
        ("See your doctor if you suspect you have a UTI.", False),
        # the subject named where the condition is not about it
        ("If your UTI medicine runs out, see your doctor.", True),
        ("If you feel well, talk to your doctor about the antibiotics that treat a UTI.", True),
        # a description of the subject is no instruction
        ("A UTI usually needs a doctor's care.", True),
    ],
)
def test_help_whose_condition_is_the_pages_subject_ties_its_signs(
    rf: Linter, help_: str, fires: bool
) -> None:
    """The MedlinePlus UTI page ("If you think you have a UTI it is important to see your
    doctor") gives the kidney-infection signs as the UTI's and ties the UTI to help."""
    assert asked_for(rf, UTI.format(help=help_), KIDNEY) is fires


FRACTURES = (
    "# Fractures\n\nA fracture is a broken bone. When the bone comes through the skin it is "
    "called an open fracture. Signs are pain, swelling and a limb that looks bent.\n\n{help}\n"
)


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # urgent help for the subject itself covers its emergency condition
        ("Get medical care straight away for any fracture.", False),
        # not urgent, or a description rather than an instruction
        ("See a doctor about any fracture.", True),
        ("A fracture requires emergency treatment.", True),
    ],
)
def test_urgent_help_for_the_subject_covers_its_emergency_condition(
    rf: Linter, help_: str, fires: bool
) -> None:
    """MedlinePlus "Fractures": "You need to get medical care right away for any
    fracture" after the signs."""
    assert asked_for(rf, FRACTURES.format(help=help_), FRACTURE) is fires


BITES = (
    "# Animal bites\n\nPets and wild animals can bite. Bites can pass on infections such as "
    "tetanus or rabies.\n\n{help}\n"
)


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # an exposure in the active voice is a condition about the reader's health
        ("If a dog bites you, rinse the wound under a tap and then see a doctor.", False),
        ("When an animal bites your child, clean the wound and call your doctor.", False),
        # an instruction hedged by an elliptical clause leaves the when to the reader
        ("If a dog bites you, rinse the wound under a tap. See a doctor if needed.", True),
    ],
)
def test_an_exposure_to_the_subject_with_an_instruction_ties_it(
    rf: Linter, help_: str, fires: bool
) -> None:
    """MedlinePlus "Rabies" ("If an animal bites you, wash the wound well; then get medical
    care", judged wrong in round 6) and "Animal Bites" ("Get medical attention if
    necessary", labelled as giving no signs)."""
    assert asked_for(rf, BITES.format(help=help_), BITE) is fires


def test_sign_words_are_the_keywords_content_words_in_any_order() -> None:
    words = SignWords.of(["{bloody|black} {stools|poo}", "blood in {your}? stools"])
    assert words.found_in(words_of(["stools", "that", "are", "black", "and", "tarry"]))
    assert words.found_in(words_of(["stools", "containing", "blood"]))
    assert not words.found_in(words_of(["black", "coffee"]))
    # one content word is not read by words (the exact match reads it), nor a number
    assert SignWords.of(["{a|the} fever"]).keywords == ()
    assert SignWords.of(["vomiting for more than #num days"]).keywords == ()
    # negation and quantity words are content: "no urine" is not "urine"
    assert not SignWords.of(["{little|no} urine"]).found_in(words_of(["dark", "urine"]))
    assert normal("Stools") == normal("stool") and normal("injuries") == "injury"


EYE = (
    "# Eye injuries\n\nMost small scratches to the eye heal in a day or two. Bathe the eye "
    "with cool water.\n\n{help}\n"
)


@pytest.mark.parametrize(
    ("help_", "fires"),
    [
        # the UK name of the emergency department is a place of care
        ("If a foreign body is stuck in your eye, go straight to casualty.", False),
        ("If a foreign body is stuck in your eye, go straight to eye casualty.", False),
        # a casualty that is not a place of care
        ("Eye injuries are a common casualty of sport.", True),
    ],
)
def test_casualty_is_an_emergency_destination(rf: Linter, help_: str, fires: bool) -> None:
    """A short UK routing page (dev7) sends stuck foreign bodies to "Eye Casualty"; the
    eye topic's own triggers already read "foreign body" as an object in the eye."""
    assert asked_for(rf, EYE.format(help=help_), "a serious eye injury") is fires
