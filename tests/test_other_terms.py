"""A topic's trigger word inside another established term is not the topic (issue 12, item
1; round 16b): "Hearing Aids" is not HIV/AIDS, "Hay Fever" and "Q fever" are not fever, a
"swimming stroke" is not a stroke, while "AIDS", "fever in babies" and a trigger beside its
own topic's longer trigger still take the topic. The terms come from WordNet
(tools/wordnet_senses.py, rules/knowledge/other-terms.yaml). Titles are written by the
medlint developers, not taken from any evaluation split."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint import reading
from medlint.checks.aboutness import topic_finder
from medlint.checks.knowledge import load_other_terms
from medlint.document import Document
from medlint.engine import Linter

from .conftest import WORDNET, generator_check, title_topics


def page(title: str, body: str = "This page explains it in plain words for readers.") -> Document:
    doc, _ = reading.read_document("a.md", f"# {title}\n\n{body}\n".encode())
    assert doc is not None
    return doc


@pytest.mark.parametrize(
    "title",
    [
        "Hearing Aids",  # WordNet's hearing aid, a device
        "Hay Fever",  # an allergy
        "Valley Fever",  # coccidioidomycosis
        "Q fever",
        "Choosing a swimming stroke for a bad back",
        "How to give a pep talk",
        "Fever Blister",  # a cold sore
    ],
)
def test_a_trigger_inside_another_term_names_no_topic(title: str) -> None:
    assert not topic_finder().named_in_title(page(title))


@pytest.mark.parametrize(
    "title",
    [
        "AIDS",  # the acronym, in capitals
        "HIV and AIDS: what you need to know",
        "Living with Aids",  # a title-case word alone: no longer term around it
        "Fever in babies",  # the childhood topic's own trigger
        "Fever",
        "Scarlet fever",  # a topic's own multiword trigger wins
        "Hay fever and asthma",  # the other topic in the title is still named
        "Stroke: signs and symptoms",
        "Hearing aids for people with HIV",  # HIV itself is named
    ],
)
def test_near_misses_still_name_a_topic(title: str) -> None:
    assert topic_finder().named_in_title(page(title))


def test_an_acronym_sense_in_lower_case_is_the_ordinary_word() -> None:
    """WordNet writes the condition only as "AIDS": lower-case "aids" in a mixed-case title
    is the verb or the plural noun, a capitalised "AIDS" is the acronym."""
    assert "AIDS" in load_other_terms().acronyms
    assert not topic_finder().named_in_title(page("Fibre in the diet aids digestion"))
    assert topic_finder().named_in_title(page("Living with HIV and AIDS"))


@pytest.mark.parametrize(
    ("title", "topics"),
    [
        ("Malignant hyperthermia", []),  # an anaesthetic reaction, not heat illness
        ("Hyperthermia", ["heat-illness"]),
        ("Hay fever", []),
        ("Fever in adults", ["fever-adults"]),
    ],
)
def test_the_topics_inspect_reports(
    inspector: Linter, tmp_path: Path, title: str, topics: list[str]
) -> None:
    assert title_topics(inspector, tmp_path, title) == topics


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet (wordnet-base) absent")
def test_the_other_terms_are_what_the_tool_generates() -> None:
    status, output = generator_check("wordnet_senses.py")
    assert status == 0, output


def test_every_term_holds_a_trigger_word_of_its_topic() -> None:
    finder = topic_finder()
    for topic_id, terms in load_other_terms().terms.items():
        assert topic_id in finder.by_id, topic_id
        trigger = finder.triggers[topic_id]
        # the term, or its plural ("hearing aid": "hearing aids" holds "aids")
        assert all(trigger.search(t) or trigger.search(t + "s") for t in terms), topic_id
