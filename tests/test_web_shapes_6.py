"""Issue 13, round 6 (session 6): more shapes of web claims, advice, discouragement and doses.

Each case is a shape, not a phrase: the remedies, medicines and conditions vary and none of
them is in a lexicon. The sentences are our own (variants of shapes seen on the dev and dev2
splits); the negatives are the clinical, hedged, limited or reported forms each shape must
leave alone, several of them taken from the shared corpus (NIH pages) where a first version
of the shape misfired, and the four corpus findings the round-5 blind judges found wrong."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from medlint.checks.doses import frequency_dose
from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


# -- MED201: a remedy said to be safe or to work, a remedy as the means, "help" that sells --


@pytest.mark.parametrize(
    "body",
    [
        "This cleansing protocol is extremely safe and easy to use.",
        "Pure essential oils are safe for babies and toddlers.",
        "These elderberry drops are totally harmless.",
        "Our nasal spray is very effective against hay fever.",
        "By drinking our celery juice every morning, your eczema will be gone.",
        "With this simple detox program, you can get rid of your psoriasis.",
        "These herbal remedies help cure depression.",
        "Our drops help to reverse cataracts.",
        "Try black seed oil, the asthma cure",
        "Turmeric tea is the arthritis cure.",
    ],
)
def test_remedy_claims(linter: Linter, body: str) -> None:
    assert fired(linter, "MED201", body), body


@pytest.mark.parametrize(
    "body",
    [
        # a complement, a question reported, a hedge, a limit, a group
        "Good Manufacturing Practices require that every batch of supplements is safe.",
        "Research has been mixed on whether green tea is safe or effective for these uses.",
        "Ginger tea is generally safe for most adults.",
        "Peppermint oil is safe in small amounts.",
        "Honey is safe for persons 1 year of age and older.",
        "The vaccine is safe.",  # no remedy as the subject: a clinical judgement
        "Antibiotics are very effective against bacteria.",
        "Most herbal supplements are safe.",
        # a means that is no remedy, or a treatment; a hedged help
        "By the age of 5, most children get rid of it.",
        "With surgery, the tumour is gone.",
        "Cytokines help heal the body and defend it against infection.",
        "It protects teeth from decay, helps heal sores in your mouth, and prevents infection.",
        "Our tea may help cure colds.",
        "Surgery is the only cure.",
        "Scientists hope the drug is the cure.",
        # a mechanism, not a condition made to go away (a corpus finding judged wrong)
        "A patch is used to cover the hole in the septum. This patch stops oxygen-rich and "
        "oxygen-poor blood from mixing between the ventricles.",
    ],
)
def test_not_remedy_claims(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED201", body), body


@pytest.mark.parametrize(
    "title",
    [
        "Dissolve Gallstones With This Simple Juice",  # a remedy as the instrument
        "Heal Psoriasis With Our Cream",
        "Get Rid of Head Lice Using These Essential Oils",
    ],
)
def test_headline_imperatives_with_a_remedy(linter: Linter, title: str) -> None:
    assert fired(linter, "MED201", "Read on.", title=title), title


@pytest.mark.parametrize(
    "title",
    [
        "Heal Faster With Care",  # no remedy
        "Relieve Heartburn With These Foods",  # a change verb: self-care advice
        "Cure Hepatitis C With Antiviral Drugs",  # a treatment
        "How Doctors Dissolve Gallstones With Medicine",  # no imperative
    ],
)
def test_headline_imperatives_without_a_remedy(linter: Linter, title: str) -> None:
    assert not fired(linter, "MED201", "Read on.", title=title), title


# -- MED202: the medicine itself refused to the reader ---------------------------------------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Read on.", "7 Reasons Why You Should Not Take Antidepressants"),
        ("Don't take statins.", "Health information"),
        ("Never take antibiotics!", "Health information"),
        ("Read on.", "Consider Fish Oil Over Ritalin"),  # something chosen over a medicine
        ("Choose turmeric over your painkillers.", "Health information"),
    ],
)
def test_refusals(linter: Linter, body: str, title: str) -> None:
    assert fired(linter, "MED202", body, title=title), body


@pytest.mark.parametrize(
    "body",
    [
        "Do not take aspirin with food.",  # one use of it
        "Do not give aspirin to children.",
        "Pregnant women should not take raloxifene.",  # a group
        "Premenopausal women should not take raloxifene.",
        "If you are pregnant, do not take isotretinoin.",  # a case
        "Do not take at bedtime.",
        "Those with active ulcerative colitis should not take this medication.",
        "Do not stop taking your statin.",  # the double negation stays a prompt
        "Buy it over the counter.",  # no choice over a medicine
        "Choose water over sugary drinks.",
        "Many parents choose fish oil over Ritalin.",  # reported
        "Always choose generic drugs over brand-name drugs.",  # one medicine for another
        # the act the sentence before gives to a professional (a corpus finding judged wrong)
        "In hemodialysis, the health care provider can adjust the dose by increasing how "
        "quickly the blood flows. Another way to adjust the dose involves increasing the "
        "time of a dialysis session.",
    ],
)
def test_not_refusals(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED202", body), body


# -- MED111: something ranked over care; verdicts on how often; described behaviour ----------


@pytest.mark.parametrize(
    "body",
    [
        "Homeopathy is more effective at treating ear infections than conventional medicine.",
        "These herbs work better than chemotherapy.",
        "Eating well is better than a doctor.",
        "This herbal protocol is far better than radiation and chemotherapy.",  # a list
        "Checkups aren't needed.",
        "Do not worry, you can stop without asking your doctor.",
        "Drink this juice and avoid surgery.",  # an avoidance with no benefit to hedge it
    ],
)
def test_care_ranked_below(linter: Linter, body: str) -> None:
    assert fired(linter, "MED111", body), body


@pytest.mark.parametrize(
    "body",
    [
        # one treatment weighed against another, an outcome, a report, a hedge, a qualifier
        "Surgery is more effective than radiotherapy for early cancer.",
        "Acupuncture may be more effective than conventional treatment.",
        "For many people, a healthy diet is better than surgery.",
        "In addition, certain drugs taken in combination with chemotherapy, can help women "
        "with specific mutations better than chemotherapy alone.",
        "The combination led to better response than chemotherapy alone.",
        "Some schedules reportedly are more effective than conventional x-ray.",
        # a double negation whose "not" governs coordinated verbs (dev4)
        "Use any medications as directed and do not alter or stop your treatment regimen "
        "without talking to your doctor first.",
        # an avoidance coordinated with a possible benefit (dev4)
        "Treating gallstones early can help prevent pain and avoid the need for surgery.",
        # how often, not care itself (a corpus finding judged wrong)
        "Your child's doctor will let you know how often your child should have checkups. "
        "For an ASD, frequent checkups aren't needed.",
        # a list item completing a lead-in about others (a corpus finding judged wrong)
        "Compared to women, men are more likely to\n\n- Smoke and drink\n"
        "- Put off regular checkups and medical care",
    ],
)
def test_not_care_ranked_below(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED111", body), body


def test_a_lead_in_about_the_reader_still_advises(linter: Linter) -> None:
    body = "To save money, you need to\n\n- Put off regular checkups and medical care"
    assert fired(linter, "MED111", body)


# -- MED301: a dose told by its frequency alone ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "frequency"),
    [
        ("Drink this tonic three times a day, before meals.", "three times a day"),
        ("Sip 2 times per day in the morning and at night.", "2 times per day"),
        ("Rub more of the balm into the chest every 3 or 4 hours.", "every 3 or 4 hours"),
        ("In an acute attack you can repeat every 20 minutes", "every 20 minutes"),
        ("Dose: Every 6 hours until the cough settles.", "Every 6 hours"),
        ("All doses should be taken 3 times daily on an empty stomach.", "3 times daily"),
        ("Take one dose in the morning and evening.", "in the morning and evening"),
        ("Mix it and take the tonic daily before each meal.", "daily"),
    ],
)
def test_doses_by_frequency(linter: Linter, sentence: str, frequency: str) -> None:
    span = frequency_dose(sentence)
    assert span is not None and sentence[span[0] : span[1]] == frequency
    messages = fired(linter, "MED301", sentence)
    assert messages and f'"{frequency}"' in messages[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Drink plenty of water every day.",  # water, a feed, sunscreen, food: no dose
        "Give your baby a feed every 3 hours.",
        "Reapply sunscreen every 2 hours.",
        "Eat three meals a day.",
        "Patients took the drug twice a day.",  # reported
        "Take your medicine twice a day as prescribed by your doctor.",  # a caveat
        "Your doctor will tell you to use the inhaler twice a day.",
        "Brush your teeth twice a day.",  # no administration verb
        "The vaccine should be given twice a day.",  # a label's passive is "taken" only
        "- take longer than normal to finish daily tasks",  # "daily" as an adjective
        "Take each day one at a time.",  # day words need an object
        "Take low doses of the prescribed antibiotic daily for 6 months.",  # the prescriber's
        "Eat well, rest and take a walk every day.",
        # adherence to a prescription, not a dose (a corpus finding while tuning, NIDDK)
        "You must take immunosuppressants every day for as long as the kidney works.",
        "Take your medicine every day, even if you feel well.",
        # the care of teeth (a corpus finding while tuning, NCI oral complications)
        "Apply fluoride gel once a day at bedtime, after cleaning the teeth.",
    ],
)
def test_not_doses_by_frequency(linter: Linter, sentence: str) -> None:
    assert not fired(linter, "MED301", sentence), sentence


def test_a_dose_the_reader_was_instructed_to_take(linter: Linter) -> None:
    told = "If you are instructed to make a water dose, put 4 pellets in 8 oz water."
    assert not fired(linter, "MED301", told)
    assert fired(linter, "MED301", "Put 4 pellets in 8 oz water.")


def test_a_link_tag_is_no_list_item(linter: Linter) -> None:
    """MED111 asks for a list item's lead-in; before an HTML page's first "<li", a "<link"
    once crashed the look-up (a real page: Readability's test page 001)."""
    page = (
        '<html><head><link rel="stylesheet" href="a.css"><title>Colds</title></head>'
        "<body><article><h1>Colds</h1><p>Skip the doctor and rest at home.</p>"
        "</article></body></html>"
    )
    result, crashes = linter.lint_text("a.html", page)
    assert crashes == 0
    assert not [v for v in result.violations if v.code == "MED902"]


def test_a_link_tag_before_a_list_is_read_from_a_real_file_by_a_real_process(
    tmp_path: Path,
) -> None:
    """The same page, as a file checked by the medlint command in its own process: findings
    and an exit code, no crash finding and no traceback."""
    page = tmp_path / "colds.html"
    page.write_text(
        '<html><head><link rel="stylesheet" href="a.css"><title>Colds</title></head>'
        "<body><article><h1>Colds</h1><p>Skip the doctor and rest at home.</p>"
        "<ul><li>Drink fluids.</li></ul></article></body></html>",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "medlint",
            "check",
            "--isolated",
            "--no-cache",
            "-f",
            "json",
            "--today",
            "2026-12-01",
            str(page),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    codes = {v["code"] for f in report["files"] for v in f["violations"]}
    assert report["summary"]["internal_errors"] == 0
    assert "MED902" not in codes and "MED111" in codes
