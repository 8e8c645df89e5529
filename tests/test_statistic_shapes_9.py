"""Issue 13, round 9 (helper dose): MED401 reads more sources and fewer figures of speech.

Our own wordings of shapes seen on the dev2, dev4, dev5, dev6 and dev7 sentence splits.
Not the article's statistic: an unhedged "100% of" (a figure of speech), someone else's claim
the article reports ("X claims that ...", "..., the ads exclaim"), an appeal that gives the
reason for advice ("should see a GP, as doctors say ..."), uncounted cells or germs. Sources:
a named author's publication ("Dr. Lee's BMJ paper", "reported in her book"), a body's
document ("The FTC's complaint says"). Still statistics: a European thousands figure
("70.000 people"), a large count by the year, "half of all North Americans", "a third of
the time", and "according to science" names no source. Each has a near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.engine import Linter, Options

from .conftest import fired


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


@pytest.mark.parametrize(
    "body",
    [
        "I would never trust a remedy that works 100% of the time.",
        "To get 100 percent of the benefit, stay on the plan for a month.",
        'The seller claims that "95% of users are cured in a week".',
        "It is clinically proven to work, the labels boast.",
        "Older people should still see a GP, as doctors say they are more at risk.",
        "Chemotherapy kills millions of cells in the body.",
        "Only 12% of these cases were flu, as Dr. Lee's BMJ paper explained.",
        "About 40 percent of them died. That is what Ann Ross reported in her book.",
        "The FTC's complaint says the company sold 2 million bottles.",
    ],
)
def test_not_an_unsupported_statistic(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body), body


@pytest.mark.parametrize(
    "body",
    [
        # hedged, "100%" is a measured share
        "Nearly 100% of people with the gene develop the disease.",
        # the article's own figure next to someone's claim is still its own
        "About 30% of adults have it, and 95% of users are cured, the seller claims on TV.",
        "According to science, 57% of patients get worse after the procedure.",
        "It has been reported that about 70.000 people each year are hurt by this procedure.",
        "Over 750,000 knee operations are performed each year in the United States.",
        "It is estimated that nearly half of all North Americans have this yeast.",
        "However, a third of the time the tablets fail.",
        "Viruses kill millions of people every year.",
    ],
)
def test_an_unsupported_statistic(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body), body


def test_a_dose_by_the_year_is_no_count(linter: Linter) -> None:
    assert not fired(linter, "MED401", "Take 1,000 mg a day, every day, for a year.")


@pytest.mark.parametrize(
    "body",
    [
        "- Stage IA: Less than 10% of the skin surface is covered with patches.",
        "- More than 5% of the cells in the bone marrow are blasts.",
        "Prediabetes means an A1C level of 5.7 to 6.4 percent.",
        "Losing 5 to 7 percent of your body weight lowers the risk.",
    ],
)
def test_a_measure_of_one_body_is_no_share_of_people(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body), body


def test_a_share_of_people_beside_a_body_word_is_still_a_statistic(linter: Linter) -> None:
    assert fired(linter, "MED401", "About 80% of people with the rash have itchy skin.")
    assert fired(linter, "MED401", "The virus is found in about 80% of the tumors tested.")


@pytest.mark.parametrize(
    "body",
    [
        # skin lesions are counted things, not the body's surface
        "The cream cleared 65.5 percent of skin lesions.",
        # a hypothesis is no one else's claim; a new clause is the article's own voice
        "Some researchers believe it is rare, and some studies have shown it works.",
        "Researchers believe that it is as common as achondroplasia, which occurs in 1 in "
        "15,000 newborns.",
    ],
)
def test_still_a_statistic_round_9_near_misses(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body), body


def test_a_range_of_the_body_is_a_criterion(linter: Linter) -> None:
    body = "- In accelerated phase, 10% to 19% of the cells in the blood are blasts."
    assert not fired(linter, "MED401", body)


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("A normal A1C level is below 5.7 percent.", False),
        ("A mother with the variant has a 25% (1 in 4) chance to have a daughter with it.", False),
        # near misses: a share of people with a level, a chance said of a population
        ("About 38 percent of adults have a level above the normal range.", True),
        ("About 30% of children have a chance to outgrow it.", True),
    ],
)
def test_levels_and_a_parents_odds(linter: Linter, body: str, fires: bool) -> None:
    assert bool(fired(linter, "MED401", body)) is fires, body
