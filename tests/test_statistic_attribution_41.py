"""Round 41 (S41): a statistic attributed by a reporting verb counts as sourced (MED401).

The sentences are written for the test, after the shapes round 40's blind judges read as
attributed ("The Centers for Disease Control and Prevention identified ...", "... states the
American Urological Association", "county health officials said", "She said"); the
unattributed and vaguely attributed stay reported.
"""

from __future__ import annotations

import pytest

from medlint.engine import Linter, Options

from .conftest import TODAY


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=TODAY, select=("MED401",)))


def findings(linter: Linter, body: str) -> list[str]:
    result, crashes = linter.lint_text("a.md", f"# Measles\n\n{body}\n")
    assert crashes == 0
    return [v.message for v in result.violations if v.code == "MED401"]


@pytest.mark.parametrize(
    "body",
    [
        "The Centers for Disease Control and Prevention identified 40,000 cases last year.",
        "About 8 million men have the condition, states the American Urological Association.",
        "The National Health Service recorded 12,000 admissions, about 3% of the total.",
        "Per the CDC, approximately 93 million adults are at high risk of losing their vision.",
        "Clark County health officials said 1 in 5 children had missed a dose.",
        "About 20% of users stop taking the drug because of nausea, he says.",
        "She said 20% of the cases were in children under five.",
        "In a survey performed by the National Rosacea Society, 42% reported feeling sad.",
        "A recent article in Consumer Reports states that 440,000 people die every year.",
    ],
)
def test_attributed_statistics_are_sourced(linter: Linter, body: str) -> None:
    assert findings(linter, body) == []


@pytest.mark.parametrize(
    "body",
    [
        "About 60% of adults get leg cramps at night.",
        "According to statistics, 26 million adults have kidney disease.",
        # "states" of a country, not a body's words
        "A survey showed that 20 percent of the adults in the United states have cracked skin.",
        # officials of no named place
        "Health officials said 1 in 5 children had missed a dose.",
        # "per" as a rate, not a source
        "Symptoms eased in 30% of patients taking 5 mg per day.",
    ],
)
def test_unattributed_statistics_are_still_reported(linter: Linter, body: str) -> None:
    assert len(findings(linter, body)) == 1


# The review of round 41 (mends): officials of no named place, a pronoun in another
# sentence or paragraph, "they", "per" as a rate, and "states" as places are no source.
@pytest.mark.parametrize(
    "body",
    [
        "Senior health officials said 1 in 5 children had missed a dose.",
        "Hospital officials said 40% of beds were full.",
        "Your health department reports that 30% of children are not vaccinated.",
        "Measles is rising in the UK. Health officials said 1 in 5 children had missed a dose.",
        "About 80% of strokes are preventable.\n\nMy mother had a stroke in May. She told her "
        "GP that her arm felt numb.",
        "Doctors are busy in winter, they said. About 30% of visits are for flu.",
        "There are about 2,300 patients per GP in England, and 30% wait more than a week.",
        "Deaths per ICU admission rose by 20% last winter.",
        "In the Southern states, 40% of adults are obese.",
        "Up to 40 Per Cent Of adults have it.",
    ],
)
def test_what_only_looks_like_an_attribution(linter: Linter, body: str) -> None:
    assert len(findings(linter, body)) == 1


def test_a_body_that_states_that(linter: Linter) -> None:
    body = "The American Urological Association states that 8 million men have it."
    assert findings(linter, body) == []


# The second review of round 41: hard-wrapped lines, "stated", a sentence-final "states",
# acronym bodies' officials, "Per CDC data," and a quotation's "she said" are sources; "Some
# State officials", a pronoun with no statistic in its sentence and "the Southern states"
# are not.
@pytest.mark.parametrize(
    "body",
    [
        "Clark County\nhealth officials said 1 in 5 children had missed a dose.",
        "About 20% of users stop because of nausea,\nhe says.",
        "She said\n20% of the cases were in children.",
        "The American Heart Association stated in 2020 that 8 million men have it.",
        "About 8 million men have it, the American Urological Association states.",
        "U.S. health officials said 1 in 5 children had missed a dose.",
        "CDC officials confirmed 1 in 5 children had missed a dose.",
        "Per CDC data, 1 in 4 adults is inactive.",
        '"About 30% of patients improve within a week," she said.',
    ],
)
def test_sources_the_first_mends_had_missed(linter: Linter, body: str) -> None:
    assert findings(linter, body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Some State officials said 1 in 5 children had missed a dose.",
        "About 80% of strokes are preventable. She said she felt better after 2 weeks.",
    ],
)
def test_not_sources_after_the_second_review(linter: Linter, body: str) -> None:
    assert len(findings(linter, body)) == 1
