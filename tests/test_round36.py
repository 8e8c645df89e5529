"""Round 36: the reading adopted on fresh blind data (tests/eval/corpus-judging/round36/
criterion-36.md).

T36 (title reading): a topic right after a question's auxiliary that opens the title or a part
of it, alone or after question words, with exactly one content word after it in its phrase, is
the question's subject, that word its predicate ("How long does pneumonia last?", "Is shingles
dangerous for the elderly?"). Before it, the word after the topic was read as a head noun the
topic qualifies, so no topic was found and neither MED109 nor MED112 judged the page. A topic
followed by more than one word ("Do Diabetic Foot Ulcers Heal?") stays a qualifier.
"""

from __future__ import annotations

import re

import pytest

from medlint.checks.aboutness import topic_finder
from medlint.checks.knowledge import load_guidance
from medlint.checks.titlehead import Span
from medlint.engine import Linter
from medlint.parsing import parse

from .test_care import codes


def _subject(title: str, topic: str) -> bool:
    """Whether the title reading calls the topic word (its first occurrence) the subject."""
    reading = load_guidance().title_reading
    assert reading is not None
    at = re.search(re.escape(topic), title)
    assert at is not None
    return reading.subjects(title, [Span(at.start(), at.end())])[0]


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("How long does pneumonia last?", "pneumonia"),
        ("How Long Do Concussion Symptoms Last?", "Concussion"),
        ("Is shingles dangerous for the elderly?", "shingles"),
        ("How long is shingles contagious after starting medication", "shingles"),
        ("Is bronchitis contagious?", "bronchitis"),
        ("Pneumonia: how long does your pneumonia last?", "pneumonia"),
    ],
)
def test_a_topic_asked_about_is_the_subject(title: str, topic: str) -> None:
    assert _subject(title, topic)


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        # more than one word after the topic: a noun phrase the topic qualifies
        ("Do Diabetic Foot Ulcers Heal Faster?", "Diabetic"),
        # no auxiliary right before the topic
        ("Why pneumonia vaccines matter", "pneumonia"),
        ("Doctors say pneumonia rates are falling", "pneumonia"),
        # words before the auxiliary that are not question words: not a question opening
        ("Children who are asthma sufferers", "asthma"),
    ],
)
def test_near_misses_keep_the_topic_a_qualifier(title: str, topic: str) -> None:
    assert not _subject(title, topic)


def test_the_question_names_a_known_topic() -> None:
    document = parse("a.md", "# How long does pneumonia last?\n\nText.\n")
    assert topic_finder().known_in_title(document)


PNEUMONIA = (
    "Pneumonia is an infection of the lungs. Most people feel better within two to three "
    "weeks, although a cough and tiredness can last for a month or more. Rest, drink plenty "
    "of fluids and finish your course of antibiotics."
)


def test_med109_judges_a_page_that_asks_how_long_its_topic_lasts(linter: Linter) -> None:
    found = codes(linter, PNEUMONIA, "MED109", heading="How long does pneumonia last?")
    assert found, "the page is about pneumonia and never gives its warning signs"
    assert "'pneumonia'" in found[0]  # the evidence names the title's word
    # the same page titled as a statement about something else is not a pneumonia page
    assert codes(linter, PNEUMONIA, "MED109", heading="Why pneumonia vaccines matter") == []
