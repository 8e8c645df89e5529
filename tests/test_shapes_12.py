"""Issue 13, round 12 (helper s12-dose): dose instructions, statistics and consult prompts
on fresh web text, in our own wordings. Each mechanism has a near miss of the same shape
that must stay clean (or fire). The round's held-out record is in docs/context.md, "Round
12"."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


# MED401: a magnitude in words that sets the scene (a fronted subordinate clause) or is
# supposed ("there must be millions") is not a statistic the sentence asserts.
@pytest.mark.parametrize(
    "body",
    [
        "With millions of people living with asthma worldwide, inhaler makers are looking "
        "for cheaper propellants.",
        "Although there are billions of cups of coffee drunk every year, few people know "
        "where the beans grow.",
        "There may be millions of people with gout who have never been told why.",
    ],
)
def test_background_magnitude_is_no_statistic(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body, title="Remedies"), body


@pytest.mark.parametrize(
    "body",
    [
        # the magnitude is the sentence's own claim
        "Asthma affects millions of people worldwide.",
        "Millions of people take this supplement every day without trouble.",
        # a figure in digits in the same fronted clause still needs its source
        "With 30% of adults now obese, the problem is growing.",
        # the fronted clause has closed: the magnitude is in the main clause
        "With winter coming, millions of people will catch the flu.",
    ],
)
def test_asserted_magnitude_stays_a_statistic(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body, title="Remedies"), body


def _prompted(linter: Linter, sentence: str) -> bool:
    """Does a one-sentence consumer article count as prompting (MED110 quiet)?"""
    text = f"---\ngenre: patient information\n---\n# Health information\n\n{sentence}\n"
    result = linter.lint_text("a.md", text)[0]
    return result.audience == "consumer" and not any(v.code == "MED110" for v in result.violations)


# MED110: a narrative verb governing the consult from its clause ("I went to see my doctor")
# tells a story, not the reader what to do.
@pytest.mark.parametrize(
    "sentence",
    [
        "I went to see my doctor, and she told me to rest.",
        "My neighbour decided to ask her pharmacist about the rash.",
    ],
)
def test_story_of_a_visit_is_no_prompt(linter: Linter, sentence: str) -> None:
    assert not _prompted(linter, sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the narrative verb is in another clause, or a modal follows it
        "Anyone who took the drug should talk to their doctor.",
        "If the child took too much, call your doctor.",
        "If you went abroad recently, tell your doctor.",
        # a passive participle after a modal, not a story
        "Such remedies should be discussed and carried out under the guidance of a qualified "
        "health professional.",
        "Consult your doctor before stopping any medication.",
        # the story is followed by what the reader should do (lead's review)
        "She decided to ask her pharmacist, and you should too.",
        "I went to see my doctor, and you should do the same.",
    ],
)
def test_prompt_near_a_narrative_verb_stays_a_prompt(linter: Linter, sentence: str) -> None:
    assert _prompted(linter, sentence), sentence


# MED110: "find" and "seek" take the carer to consult as their object, told to the reader.
@pytest.mark.parametrize(
    "sentence",
    [
        "If the cough lasts more than three weeks, find a GP who can examine you.",
        "Seek a dermatologist if the mole changes shape.",
    ],
)
def test_find_or_seek_a_carer_prompts(linter: Linter, sentence: str) -> None:
    assert _prompted(linter, sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # someone else finds or seeks one; a topic named as an embedded question
        "We helped her find a doctor.",
        "Many people seek a doctor only when the pain is severe.",
        "Learn how to find a doctor who treats sleep problems.",
        # how hard a consult is to get is a report of it
        "It can be hard to find a specialist who knows how to treat your rare disease.",
    ],
)
def test_find_or_seek_not_told_to_the_reader(linter: Linter, sentence: str) -> None:
    assert not _prompted(linter, sentence), sentence


# Decimal amounts are quoted exactly as written: ".5 mg" reported as "5 mg" would be a
# tenfold error in the message (issue 13).
@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ("Take .5 mg of melatonin every night.", '".5 mg"'),
        ("Take 0.25 mg of the tablets at bedtime.", '"0.25 mg"'),
        ("Give children 2.5 mL of the syrup every 4 hours.", '"2.5 mL"'),
        ("Use 12.5 mcg of the drops daily.", '"12.5 mcg"'),
        ("Take 1,000 mg of vitamin C twice a day.", '"1,000 mg"'),
        ("Adults: take ½ tsp of the powder twice a day.", '"½ tsp"'),
        ("Take 1 1/2 teaspoons of the tincture three times a day.", '"1 1/2 teaspoons"'),
    ],
)
def test_dose_quoted_exactly(linter: Linter, body: str, quoted: str) -> None:
    found = fired(linter, "MED301", body, title="Sleep")
    assert len(found) == 1 and quoted in found[0], found


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ("About .5% of children have this allergy.", '".5%"'),
        ("About 0.5% of children have this allergy.", '"0.5%"'),
        ("Roughly 8.3 percent of adults have diabetes.", '"8.3 percent"'),
        ("About .8 million adults have the condition.", '".8 million"'),
        ("Eczema affects 1 in 10.5 people.", '"1 in 10.5"'),
    ],
)
def test_statistic_quoted_exactly(linter: Linter, body: str, quoted: str) -> None:
    found = fired(linter, "MED401", body, title="Allergies")
    assert len(found) == 1 and quoted in found[0], found


def test_decimal_is_not_glued_across_sentences(linter: Linter) -> None:
    found = fired(linter, "MED401", "It affects 1 in 10 people. 5% of them are children.")
    assert found and '"1 in 10"' in found[0], found
