"""Issue 13, round 5: shapes of web claims, advice, doses and statistics.

Each case is a shape, not a phrase: the conditions, remedies and medicines vary and none of
them is in a lexicon. Sentences are our own (variants of the shapes seen on the dev2 split);
the negatives are the clinical or reported forms each shape must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks.shape import how_to, in_condition
from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


def test_how_to_infinitives() -> None:
    nouns = frozenset({"ways", "steps"})
    assert how_to(["how", "to"], nouns)
    assert how_to(["5", "steps", "to"], nouns)
    assert not how_to(["to"], nouns)
    assert not how_to(["you", "need", "to"], nouns)
    assert not how_to(["how", "it", "works"], nouns)


def test_should_opens_a_condition_only_by_inversion() -> None:
    assert in_condition(["should", "you", "need", "more"])  # "Should you need more, ..."
    assert not in_condition(["you", "should"])  # "You should reduce your insulin"
    assert in_condition(["if", "you", "should"])


# -- MED201: headline promises, remedy agents, speed -------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "How to Cure Gout Naturally",  # a how-to infinitive
        "7 Ways to Reverse Fatty Liver",
        "Ginger Can Cure Migraines",  # in a headline a modal sells
        "Beetroot Will Cure Your High Blood Pressure",
        "Apple Cider Vinegar: The Miracle Remedy",  # one remedy named as the miracle
        "5 Natural Foods That Prevent And Gradually Cure Diabetes",  # a remedy as subject
    ],
)
def test_headline_promises(linter: Linter, title: str) -> None:
    assert fired(linter, "MED201", "Read on.", title=title), title


@pytest.mark.parametrize(
    "title",
    [
        "How to Get Rid of Head Lice",  # a vanishing verb still needs an absolute
        "Surgery Can Cure Early Lung Cancer",  # a treatment as the subject
        "Can Surgery Cure Prostate Cancer?",  # a question
        "Drugs That Cure Hepatitis C",  # a treatment as the subject
        "How Doctors Try to Cure Leukemia",  # no how-to infinitive: a report
        "Miracle Water for Cancer",  # a topic named, no article
        "Wonder Drugs",
    ],
)
def test_headings_that_promise_nothing(linter: Linter, title: str) -> None:
    assert not fired(linter, "MED201", "Read on.", title=title), title


@pytest.mark.parametrize(
    "sentence",
    [
        "This allows the disease to be effectively cured by following the protocol.",
        "Gout is cured with our cherry extract.",
        "Our detox program prevents cancer from surviving and thus cures it.",
        "This tea works in days.",
        "Our patches work within 48 hours.",
        "This is the only treatment that really works.",
        "It works every time.",
    ],
)
def test_remedy_agents_and_speed(linter: Linter, sentence: str) -> None:
    assert fired(linter, "MED201", sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The infection is cured with antibiotics.",  # a treatment, not a remedy
        "Most skin cancers can be cured with surgery.",
        "Athlete's foot can be cured with an antifungal cream.",  # hedged by "can"
        "Cured meats are preserved with salt.",
        "Researchers hope this supplement may prevent and cure the disease.",
    ],
)
def test_clinical_passives_stay_clinical(linter: Linter, sentence: str) -> None:
    assert not fired(linter, "MED201", sentence), sentence


# -- MED202: how-to infinitives, a remedy in a medicine's place, amounts ------------------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Read on.", "5 Steps to Get Off Your Asthma Inhaler"),
        ("Read on.", "How to Stop Taking Statins Naturally"),
        ("Read on.", "Herbal Remedies That Can Replace Antidepressants"),
        ("This ginger tea will replace your blood pressure pills.", "Tea"),
        ("You should reduce your insulin once you start this diet.", "Diet"),  # a modal
        ("Try going off your blood pressure pills for a week.", "Pills"),
        ("Give up your sleeping pills and drink chamomile instead.", "Sleep"),  # a modifier
        ("Lower your thyroid medication when you take this supplement.", "Thyroid"),
        (
            "If you currently take 30mg of an antidepressant, cut that amount in half and take "
            "15mg for a few weeks.",
            "Tapering",
        ),
    ],
)
def test_medication_advice_by_shape(linter: Linter, body: str, title: str) -> None:
    assert fired(linter, "MED202", body, title=title), title


@pytest.mark.parametrize(
    "body",
    [
        "Generic drugs can replace brand-name drugs at a lower cost.",  # no remedy
        "Nicotine patches can replace cigarettes.",  # no medicine replaced
        "Your doctor may replace your tablets with a patch.",  # a professional's act
        "Ask your doctor how to stop taking opioids safely.",  # a prompt
        "Your doctor will explain how to stop the tablets.",
        "Beta cells stop producing insulin.",  # a bare gerund: another act
        "You can lower your blood pressure with medication.",
    ],
)
def test_not_medication_advice(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED202", body), body


# -- MED111: other places of care skipped, care said to hide the truth -------------------


@pytest.mark.parametrize(
    "body",
    [
        "Skip the pharmacy and make your own cough syrup.",
        "Doctors won't tell you about this cure.",
        "Physicians don't want you to know how well it works.",
    ],
)
def test_discouragement(linter: Linter, body: str) -> None:
    assert fired(linter, "MED111", body), body


@pytest.mark.parametrize(
    "body",
    [
        "Your doctor won't tell you the results until the biopsy is back.",
        "Never act on this page without asking your doctor first.",
    ],
)
def test_not_discouragement(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED111", body), body


# -- MED301: amounts in words, hearsay ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Take two capsules every morning.",
        "Chew one or two tablets after each meal.",
        "If possible, spray the throat with 10 activated drops in each ounce of water once an"
        " hour.",
    ],
)
def test_doses_in_words_and_named_forms(linter: Linter, body: str) -> None:
    assert fired(linter, "MED301", body, title="Remedies"), body


def test_a_dose_said_to_be_safe_is_hearsay(linter: Linter) -> None:
    body = "The tonic is reported to be safe when the dosage is one or two tablespoons daily."
    assert not fired(linter, "MED301", body, title="Remedies")
    [message] = fired(linter, "MED301", "Take two tablespoons daily.", title="Remedies")
    assert '"two tablespoons"' in message


# -- MED401: figures in words, rankings, named sources in the sentence --------------------


@pytest.mark.parametrize(
    "body",
    [
        "One in every five adults has tinnitus.",
        "About 1 person out of three will get shingles.",
        "Fifty million Americans have arthritis.",
        "Heart disease is the No. 1 killer of women.",
        "Nearly 500 peer-reviewed studies support black seed oil.",
        "Studies have proven that curcumin relieves joint pain.",
        "According to statistics, 26 million adults have kidney disease.",  # no source named
    ],
)
def test_statistics_that_need_a_source(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body), body


@pytest.mark.parametrize(
    "body",
    [
        "A 2019 study in the Lancet found that 40% of people improved.",
        "A similar survey by the Los Angeles Times found that 75% of readers agreed.",
        "The Diabetes Prevention Program (DPP) showed that metformin cut diabetes by 31%.",
        "Around 10% of adults have tinnitus, explains the British Tinnitus Association.",
        "Around 10% of adults have tinnitus, says the Mayo Clinic.",
        "In fact, 75% of children have an ear infection by the age of three. (1)",
        "Antibiotics gave little relief when the fever was below 39°C.(2)",
        "The effect was 9% after a mean follow-up of 4.3 years. 1",
        "Phase 2 trials are under way.",  # a phase, not a count of trials
        "There is no one cause for all cases of the condition.",  # no rank
        "Posted: December 14, 2018\n\nTwo new studies look at leukaemia.",  # a date above
    ],
)
def test_statistics_with_a_source_in_the_sentence(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body), body
