"""Red flags, round 9 (issue 12): pages the reader may act on that were read as something
else. A notice to the public in a news section (a school's letter about cases, a health
department's advice release) is advice, judged as patient information; a report of research
in the same section stays news. Each test pairs the form that counts with a near miss; the
wordings are the tests' own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.checks import genre
from medlint.engine import Linter
from medlint.parsing import parse

from .conftest import codes, lint, title_topics

SCHOOL = (
    "---\ntitle: 'For parents: scarlet fever'\nurl: https://example-school.org/pages/news/123\n"
    "---\n{lead}\n\nScarlet fever usually starts with a sore throat, a headache and a high "
    "temperature. A rough, pink rash follows a day or two later and spreads over the body.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "We have had two confirmed cases of scarlet fever in school this week.",
        "Your child may have been exposed to scarlet fever at school.",
        "Please look out for symptoms in your child over the next week.",
        "Parents are advised to keep children at home while they are unwell.",
    ],
)
def test_a_notice_to_the_public_in_a_news_section_is_advice(lead: str) -> None:
    page = parse("a.md", SCHOOL.format(lead=lead))
    found = genre.detect(page)
    assert found.value == genre.ARTICLE
    assert "a notice to the public" in found.reason


def test_a_notice_is_asked_for_its_topics_red_flags(rf: Linter) -> None:
    text = SCHOOL.format(lead="We have had two confirmed cases of scarlet fever in school.")
    assert "MED109" in codes(lint(rf, text))


@pytest.mark.parametrize(
    "lead",
    [
        # a report of research in the same section: news, whatever it says of cases
        "Researchers found that cases of scarlet fever in the community rose. The study was "
        "published in a journal this week.",
        # a news item that notifies nothing and advises no one
        "The school choir sang at the town hall this week.",
    ],
)
def test_a_report_in_a_news_section_stays_news(lead: str) -> None:
    assert genre.detect(parse("a.md", SCHOOL.format(lead=lead))).value == genre.NEWS


def test_a_page_declared_news_in_its_metadata_stays_news() -> None:
    text = SCHOOL.format(lead="We have had two confirmed cases of scarlet fever in school.")
    declared = text.replace("---\ntitle", "---\ngenre: news\ntitle")
    assert genre.detect(parse("a.md", declared)).value == genre.NEWS


@pytest.mark.parametrize(
    ("title", "topics"),
    [
        # a document kind after the topic keeps it the subject, as "leaflet" and "tips" do
        ("Norovirus advice", ["diarrhoea-vomiting"]),
        ("Chickenpox letter to parents", ["chickenpox"]),
        ("Warning after several cases of chickenpox", ["chickenpox"]),
        ("Scarlet fever update for families", ["scarlet-fever"]),
        # near miss: another content word between the topic and the document kind
        ("Norovirus cleaning advice", []),
        ("Chickenpox vaccination letter", []),
    ],
)
def test_a_document_kind_in_the_title_keeps_the_topic_the_subject(
    inspector: Linter, tmp_path: Path, title: str, topics: list[str]
) -> None:
    assert title_topics(inspector, tmp_path, title) == topics


# Aftercare at home in plain, non-acute words (no "emergency", "severe", "sudden").
AFTERCARE = (
    "# {title}\n\nBite gently on the gauze for half an hour. Rest for the remainder of the "
    "day and keep your head raised at night. Rinse with warm salt water from the next day, "
    "after meals. Eat soft food and avoid hot drinks, straws and smoking for two days. Take "
    "paracetamol as the label says if the area is sore.\n\n{help}\n"
)


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        # the title says the page is care at home after a procedure
        ("Care After a Tooth Extraction", True),
        ("After your extraction", True),
        ("Tooth extraction aftercare", True),
        ("Post-operative instructions", True),
        ("Post Extraction Care", True),
        # near misses: "after" that is no aftercare (a later stage of life, a condition
        # named after a procedure), and a procedure page that is no aftercare
        ("Life after dental treatment", False),
        ("Dry socket after extraction", False),
        ("Tooth extraction", False),
    ],
)
def test_an_aftercare_title_makes_a_page_the_reader_may_act_on(
    rf: Linter, title: str, fires: bool
) -> None:
    """No acute wording is needed on aftercare: the reader is recovering at home and
    consumer aftercare leaflets say which signs need the surgery or the dentist."""
    text = AFTERCARE.format(title=title, help="")
    assert ("MED112" in codes(lint(rf, text))) is fires


def test_an_aftercare_page_that_says_when_is_not_asked(rf: Linter) -> None:
    help_ = "Call the practice if the bleeding does not stop or the swelling gets worse."
    text = AFTERCARE.format(title="Care After a Tooth Extraction", help=help_)
    assert "MED112" not in codes(lint(rf, text))


def test_the_finding_on_an_aftercare_page_says_why(rf: Linter) -> None:
    text = AFTERCARE.format(title="Care After a Tooth Extraction", help="")
    [message] = [v.message for v in lint(rf, text).violations if v.code == "MED112"]
    assert "says it is aftercare ('Care After a Tooth Extraction')" in message
    assert "none needed for aftercare" in message


@pytest.mark.parametrize(
    ("title", "topics"),
    [
        # a headline's evaluative fillers name no other subject
        ("5 Effective Self-care Tips for Conjunctivitis", ["red-eye"]),
        ("The Best Way to Treat an Ankle Sprain Effectively", ["sprains"]),
        # near miss: a content word of its own still qualifies the topic away
        ("5 Effective Tips for Conjunctivitis Screening Clinics", []),
    ],
)
def test_a_headlines_fillers_keep_the_topic_the_subject(
    inspector: Linter, tmp_path: Path, title: str, topics: list[str]
) -> None:
    assert title_topics(inspector, tmp_path, title) == topics
