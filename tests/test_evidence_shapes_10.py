"""Issue 13, round 10 (helper s10-dose): appeals to evidence and statistics in the shapes of
the dev8 split (fresh web pages), in our own wordings. An appeal is read by its shape: an
evidence noun as the subject of a finding verb, whatever stands before the noun or between
("a survey in Ohio concluded", "which several trials have linked to"), an impersonal "it has
been shown that", evidence asserted as there to be had ("there is good evidence that"),
evidence claimed by its breadth ("in numerous trials"). A source is a publication or a named
meeting or institution, not a place. Near misses of each shape stay clean: a denied or
concessive appeal, a purpose ("the goal of this research is to find"), an embedded question,
a percentage that is a strength ("5% acidic") or a state ("feeling 100%")."""

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
        "A survey in Ohio concluded that most leftover pills end up in the trash.",
        "Ibuprofen is a common painkiller, which several trials have linked to kidney damage.",
        "It has been shown that a spoonful of honey soothes a night cough.",
        "It was found out from recent research that garlic lowers blood pressure.",
        "There is good evidence that zinc shortens a cold.",
        "Elderberry shortens the flu by days, as seen in numerous trials.",
        "The majority of research seems to show that green tea protects the liver.",
        "Researchers have long linked poor sleep to weight gain.",
    ],
)
def test_round_10_appeals(linter: Linter, body: str) -> None:
    assert fired(linter, "MED401", body, title="Remedies"), body


@pytest.mark.parametrize(
    "body",
    [
        # denied, conceded, a purpose, an embedded question
        "There are no herbal remedies that have been proven to cure an ear infection.",
        "While some studies highlight its benefits, it should not replace your medicine.",
        "The goal of this research is to find ways to prevent these disorders.",
        "Here we explain what research shows about ginger for nausea.",
        # another subject in the noun's modifier
        "In a study of 25 people all patients were found to have the symptom.",
        # a named source: a publication, a meeting, an institution
        "A study in the Journal of Pediatrics concluded that honey eases coughs.",
        "Work presented at the virtual ObesityWeek conference found that 12 percent were in "
        "remission.",
        "Researchers at the University of Pittsburgh found that 12 percent went into remission.",
        # a headline, a study named before, a patient's tests, a clinical sign, not yet found
        "Study Suggests New Treatment Option for Some Lymphomas",
        "The trial enrolled 600 women. The study showed that the shorter course worked.",
        "Imaging studies of the brain usually reveal a small cerebellum.",
        "Treat for three days, until there is evidence of clinical improvement.",
        "Evidence of a blocked duct may indicate the need for surgery.",
        "Once researchers discover the genes involved, the types may be regrouped.",
        # a purpose, a place where something is found, a patient's lab analysis, a quote
        "This work includes studies in the laboratory to discover how nerves degenerate.",
        "It is also found in some foods that come from animals.",
        "Analysis of serum amino acids usually shows high alanine.",
        "The study's findings have confirmed that this is the case, Bliss said.",
        "Pain is studied through studies associated with pain research.",
        # a strength and a state, not a share of people
        "This vinegar is only 5% acidic, but that is still acidic for teeth.",
        "Rest, fluids and sleep will have you feeling 100% in no time.",
    ],
)
def test_round_10_near_misses(linter: Linter, body: str) -> None:
    assert not fired(linter, "MED401", body, title="Remedies"), body


def test_a_study_in_a_place_names_no_source(linter: Linter) -> None:
    assert fired(linter, "MED401", "A study in Sweden concluded that half of all pills are wasted.")
    assert not fired(
        linter, "MED401", "A study in JAMA concluded that half of all pills are wasted."
    )


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ("About 1 in 1 million people get this each year.", '"1 in 1 million"'),
        ("About 3 in 10 thousand babies are born with it.", '"3 in 10 thousand"'),
        ("About 1 in 100,000 people get this each year.", '"1 in 100,000"'),
    ],
)
def test_a_rate_is_quoted_with_its_scale_word(linter: Linter, body: str, quoted: str) -> None:
    """The message quotes the whole figure: "1 in 1" for "1 in 1 million" misstates it."""
    (message,) = fired(linter, "MED401", body)
    assert quoted in message, message
