"""How a page's title names a knowledge-base topic (issue 12, round 7): the same name in the
forms real titles give it. Names are normalised the same way in the triggers and the title
(apostrophes, possessives, plurals before a link, "in" written as a bracket or a dash), the
longest trigger wins, a title's furniture ("What is", "leaflet", "Q&A", "danger signs",
"Caring for") is an aspect, not a rival subject, and a page's own "Also called" line gives
the title's synonyms. Each test pairs the form that now names the topic with the trap that
still must not. The titles are written by the medlint developers, not taken from any
evaluation split."""

from __future__ import annotations

import pytest

from medlint.checks.aboutness import TopicFinder
from medlint.checks.knowledge import load_guidance, load_topics, pattern_regex
from medlint.engine import Linter

from .conftest import asked, lint


@pytest.fixture(scope="module")
def finder() -> TopicFinder:
    guidance = load_guidance()
    return TopicFinder(load_topics(), guidance.title_senses, guidance.title_reading)


def subjects(finder: TopicFinder, title: str) -> set[str]:
    """The topics a title names as its subject, less those its exclusions or senses remove."""
    if finder.senses is not None and finder.senses.search(title):
        return set()
    return {
        h.topic.id for h in finder._subject_hits(title) if not finder._excluded(h.topic, [title])
    }


# -- names normalised the same way on both sides -------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Alzheimer's disease", "Alzheimer’s disease", "Alzheimers disease", "Alzheimer disease"],
)
def test_a_possessive_eponym_is_one_name_in_every_spelling(title: str) -> None:
    assert pattern_regex(("alzheimer's disease",)).fullmatch(title)


def test_an_apostrophe_is_not_invented_where_the_name_has_none() -> None:
    assert not pattern_regex(("hiv",)).search("Hive's")


def test_the_longest_trigger_is_read_whole() -> None:
    regex = pattern_regex(("{dog|cat|human|bat|monkey} {bite|bites}", "{animal|dog} bite wounds"))
    match = regex.search("Dog bite wounds and rabies")
    assert match is not None and match.group() == "Dog bite wounds"


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Fevers in children", True),
        ("Fever (children)", True),
        ("High temperature (babies aged under 3 months)", True),
        ("Fever - children", True),
        ("Fever and children's vaccines", False),
        ("Children's fever-reducing medicines", False),
    ],
)
def test_a_population_link_may_be_plural_a_bracket_or_a_dash(title: str, found: bool) -> None:
    regex = pattern_regex(("{fever|high temperature} in {children|babies}",))
    assert bool(regex.search(title)) is found


# -- title furniture is an aspect, not a rival subject ---------------------------------------


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("What is fever?", "fever-adults"),
        ("Patient information leaflet: encephalitis", "encephalitis"),
        ("Your guide to encephalitis", "encephalitis"),
        ("Caring for a child with croup", "croup"),
        ("Asthma Q&A", "asthma"),
        ("Concussion danger signs", "head-injury"),
        ("Croup leaflet", "croup"),
        ("Paediatric encephalitis", "encephalitis"),
        ("Fever / High Temperature (Babies aged under 3 months)", "fever-children"),
        ("Alzheimer disease", "dementia"),
    ],
)
def test_the_title_names_its_topic_through_its_furniture(
    finder: TopicFinder, title: str, topic: str
) -> None:
    assert topic in subjects(finder, title), title


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Lassa fever", "fever-adults"),  # another disease's name
        ("Marburg hemorrhagic fever", "fever-adults"),
        ("Q fever", "fever-adults"),
        ("La Crosse encephalitis", "encephalitis"),
        ("Diabetic heart disease", "diabetes"),  # a pre-modifier
        ("Depression after stroke", "stroke-tia"),  # after a link
        ("Heat stroke", "stroke-tia"),  # a longer trigger of another topic
        ("Wolff-Parkinson-White syndrome", "parkinsons"),
        ("Flu vaccine leaflet", "influenza"),  # the vaccine sense
        ("Fever (babies): vaccines", "fever-children"),
        ("Epidemic Kaposi sarcoma (HIV-associated Kaposi sarcoma)", "hiv"),  # a bracketed modifier
    ],
)
def test_the_traps_stay_traps(finder: TopicFinder, title: str, topic: str) -> None:
    assert topic not in subjects(finder, title), title


# Forms of a title around a condition's name, from the shapes real consumer pages use.
FORMS = (
    "{x}",
    "{X}",
    "What is {x}?",
    "{x}: information for parents",
    "Patient leaflet: {x}",
    "{x} leaflet",
    "{x} Q&A",
    "{x} danger signs",
    "About {x}",
    "{x} - symptoms and treatment",
)


@pytest.mark.parametrize("topic", load_topics(), ids=lambda t: t.id)
def test_every_topic_is_named_by_the_usual_title_forms(finder: TopicFinder, topic) -> None:  # type: ignore[no-untyped-def]
    """The topic's own name (its first plain trigger) in each form names the topic, or a
    longer trigger of another topic that covers it ("heat stroke")."""
    name = next((t for t in topic.triggers if t.replace(" ", "").replace("-", "").isalpha()), None)
    if name is None:
        pytest.skip(f"{topic.id}: no plain trigger")
    for form in FORMS:
        title = form.format(x=name, X=name.upper())
        found = subjects(finder, title)
        if finder.senses is not None and finder.senses.search(title):
            continue  # "preventing falls": the title's sense is not the condition's
        assert topic.id in found or found, f"{topic.id}: {title!r} names no topic"


# -- the page's own synonyms ------------------------------------------------------------------

ALSO = (
    "---\ntitle: {title}\n---\n\n{line}\n\n{title} happens when the blood supply to part of "
    "the brain is cut off. It is a medical emergency and can affect anyone.\n"
)


def test_an_also_called_line_gives_the_titles_synonyms(rf: Linter) -> None:
    page = ALSO.format(title="Cerebrovascular accident", line="Also called: Stroke, CVA")
    assert asked(lint(rf, page), "topic 'Stroke")
    assert not asked(lint(rf, ALSO.format(title="Cerebrovascular accident", line="")), "topic")


def test_an_also_called_line_keeps_the_titles_traps(rf: Linter) -> None:
    page = ALSO.format(title="Cerebrovascular accident", line="Also called: Stroke vaccine")
    assert not asked(lint(rf, page), "topic 'Stroke")


def test_an_also_called_phrase_is_read_only_in_the_opening(rf: Linter) -> None:
    later = (
        "---\ntitle: Cerebrovascular accident\n---\n\nA condition of the brain's blood "
        "vessels that needs care.\n\n## Tests\n\nThe scan is also called a stroke scan.\n"
    )
    assert not asked(lint(rf, later), "topic 'Stroke")
    first = (
        "---\ntitle: Cerebrovascular accident\n---\n\nA cerebrovascular accident (also called "
        "a stroke) happens when the blood supply to the brain is cut off. It is a medical "
        "emergency.\n"
    )
    assert asked(lint(rf, first), "topic 'Stroke")


def test_a_synonym_names_the_topic_only_when_it_is_a_name_whole(rf: Linter) -> None:
    """Rubella is "also called German measles": a synonym that only contains a topic's name
    is another condition, not that topic."""
    page = (
        "---\ntitle: Rubella\n---\n\nAlso called: German measles, Three-day measles\n\n"
        "Rubella is an infection caused by a virus. It is usually mild in children.\n"
    )
    assert not asked(lint(rf, page), "topic 'Measles")
