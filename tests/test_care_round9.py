"""Issue 13, round 9: discouraging care (MED111) and medication advice (MED202) read by the
shape of the sentence, including what a pronoun stands for (checks/anaphora.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks import anaphora
from medlint.engine import Linter, Options


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


def fired(linter: Linter, body: str, code: str) -> list[str]:
    result, _ = linter.lint_text("article.md", f"# Health information\n\n{body}\n")
    return [v.message for v in result.violations if v.code == code]


# -- anaphora.py: number agreement -----------------------------------------------------


@pytest.mark.parametrize(
    ("pronoun", "noun", "expected"),
    [
        ("it", "knee surgery", True),
        ("it", "your tablets", False),
        ("them", "orthopedists", True),
        ("them", "chemotherapy", False),
        ("these", "your meds", True),
        ("it", "diagnosis", True),
        ("them", "diagnosis", False),
        ("which", "pills", False),
    ],
)
def test_pronouns_agree_in_number(pronoun: str, noun: str, expected: bool) -> None:
    assert anaphora.agrees(pronoun, noun) is expected


# -- MED111: an imperative against care whose object is a pronoun ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Scheduled for knee surgery? Cancel it!",
        "Chemotherapy is some bad stuff, stay away from it!",
        "Orthopedists want to operate. So don't listen to them.",
        "Doctors lie. Don't listen to any of them.",
        "Your mammogram is due. Skip it and eat well.",
    ],
)
def test_care_avoided_through_a_pronoun(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED111")


@pytest.mark.parametrize(
    "body",
    [
        # the avoidance limited by what follows the pronoun
        "Your doctor may suggest surgery. Avoid it before the scan.",
        # inside a condition, negated, reported, asked
        "Your doctor may suggest surgery. If you are pregnant, avoid it.",
        "Chemotherapy has side effects. Do not avoid it.",
        "Vaccines are safe. Many people avoid them.",
        "Your doctor may suggest surgery. Do you want to avoid it?",
        # the pronoun stands for no care, or does not agree with the care named
        "Smoking harms you. Avoid it.",
        "Surgery is an option. Avoid them.",
    ],
)
def test_pronouns_that_do_not_stand_for_care_avoided(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED111")


def test_message_quotes_the_imperative_and_the_pronoun(linter: Linter) -> None:
    (message,) = fired(linter, "Orthopedists want to operate. So don't listen to them.", "MED111")
    assert '"don\'t listen to them"' in message


# -- MED202: a medicine named in the sentence before, changed through a pronoun ----------


def test_medicine_swapped_through_a_pronoun_in_the_next_sentence(linter: Linter) -> None:
    body = "Painkillers are harsh. Instead of using them, you can try this home recipe."
    assert fired(linter, body, "MED202")


@pytest.mark.parametrize(
    "body",
    [
        # number disagrees: "it" cannot be "painkillers"
        "Painkillers are harsh. Instead of using it, you can try this home recipe.",
        "Statins cause muscle aches. Many people stop them.",
        "Statins cause muscle aches. Do not stop them without advice.",
    ],
)
def test_pronoun_medicine_near_misses(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED202")


# -- MED111: an act of undergoing care denied by a need ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "You don't need to sign up for a phony operation to heal your own aching knees.",
        "You don't even have to step foot near the operating room.",
        "You don't need to undergo surgery.",
    ],
)
def test_an_act_of_care_denied(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED111")


@pytest.mark.parametrize(
    "body",
    [
        # another act's object stands between the act and the care
        "You don't need to have a full bladder for the scan.",
        "You don't need to take time off work to see your GP.",
        # another act, a hedge, a qualifier, a subordinate clause
        "You don't need to worry about the operation.",
        "You may not need to have an operation.",
        "Most people don't need to have surgery.",
        "You do not need to stop eating before the operation.",
    ],
)
def test_acts_that_do_not_deny_care(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED111")


# -- MED202: something tried before a medicine, told to the reader -----------------------


@pytest.mark.parametrize(
    "body",
    [
        "I urge you to try dietary and lifestyle modifications before trying prescription "
        "medications.",
        "Try yoga first, before you resort to sleeping pills.",
        "Try relaxation techniques before taking sleeping pills.",
    ],
)
def test_medicine_put_off_for_something_tried(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED202")


@pytest.mark.parametrize(
    "body",
    [
        "Eat something before taking your tablets.",  # no trial: an act before the dose
        "Try to eat before taking your tablets.",  # an infinitive, nothing tried
        "Some people try yoga before taking sleeping pills.",  # a group's act
        "Your doctor may try physical therapy before prescribing painkillers.",
        "Do not try home remedies before taking antibiotics.",
        "Try ibuprofen before taking opioids.",  # one medicine before another
    ],
)
def test_trials_that_do_not_put_a_medicine_off(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED202")


# -- MED202: a suggestion put as a question ---------------------------------------------


def test_a_suggestion_put_as_a_question_is_advice(linter: Linter) -> None:
    body = (
        "Instead of resorting to prescription drugs, consider first trying a herbal cure "
        "for insomnia?"
    )
    assert fired(linter, body, "MED202")


@pytest.mark.parametrize(
    "body",
    [
        "Should I swap my statins for red yeast rice?",
        "Do you stop your pills when you feel better?",
        "Can you replace insulin with cinnamon?",
        "Think it's a good idea to stop taking your antidepressant? Think again.",
    ],
)
def test_questions_asked_stay_questions(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED202")


# -- MED111: the modality of an imperative against care, and its limits ------------------


@pytest.mark.parametrize(
    "body",
    [
        "Thus, to avoid unnecessary biopsies, it is best to ignore irrelevant screening tests.",
        "It is best to avoid chemotherapy.",
        "You should avoid chemotherapy.",
        "Skip your antenatal appointments if you feel well.",
    ],
)
def test_care_avoided_with_a_modal_or_a_verdict(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED111")


@pytest.mark.parametrize(
    "body",
    [
        "Avoid x-rays during pregnancy.",
        "You should avoid x-rays during pregnancy.",
        "It is best to avoid live vaccines while you are on chemotherapy.",
        "You should never ignore your screening tests.",
    ],
)
def test_avoidance_limited_to_a_case_is_a_precaution(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED111")


# -- MED202: "then" closes a condition with no comma ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "If you can find a way to naturally improve this function then you can either "
        "completely get off of the thyroid meds that you are using.",
        "If your tablets upset your stomach then just stop them.",
    ],
)
def test_instruction_after_then(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED202")


@pytest.mark.parametrize(
    "body",
    [
        "If you stop your statins then your cholesterol may rise.",
        "If you stop taking antibiotics too early, the infection can come back.",
    ],
)
def test_the_condition_itself_stays_hypothetical(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED202")


# -- corpus precision reads (NIH pages) -------------------------------------------------


def test_haste_denied_is_no_care_denied(linter: Linter) -> None:
    body = (
        "In most cases, delaying cataract surgery will not cause long-term damage to your "
        "eye. You do not have to rush into surgery."
    )
    assert not fired(linter, body, "MED111")


def test_a_determiner_is_no_pronoun_for_the_medicine_before(linter: Linter) -> None:
    body = (
        "Patients are given a synthetic form of cortisol such as hydrocortisone or "
        "prednisone to compensate. Most people can stop this replacement therapy in less "
        "than 1 or 2 years, but some must be on it for life."
    )
    assert not fired(linter, body, "MED202")


# -- MED202: an adverb of manner inside the infinitive; a dose with no determiner --------


@pytest.mark.parametrize(
    "body",
    [
        "It is important to gradually decrease the dose when using steroid cream.",
        "I take Armour. Reduce dosage by trimming off a little every week.",
    ],
)
def test_dose_changes_told_to_the_reader(linter: Linter, body: str) -> None:
    assert fired(linter, body, "MED202")


@pytest.mark.parametrize(
    "body",
    [
        "Medicines can cause your blood glucose to slowly drop.",
        "Your doctor may decide to gradually reduce the dose.",
        "It is important not to suddenly stop your antidepressants.",
        "Reduce the amount of salt you eat.",
    ],
)
def test_dose_change_near_misses(linter: Linter, body: str) -> None:
    assert not fired(linter, body, "MED202")


def test_comparative_doses_are_no_change_told(linter: Linter) -> None:
    # corpus precision read (NIH PDQ pages): "lower doses" is an adjective and a noun
    body = (
        "Low-risk Hodgkin lymphoma requires fewer cycles of treatment, fewer anticancer "
        "drugs, and lower doses of anticancer drugs. Lower doses given to older people may "
        "provide better pain relief."
    )
    assert not fired(linter, body, "MED202")
