"""Red flags, round 10 (issue 12): pages read as something they are not. An encyclopedia
article is reference, not patient information; a letter to parents in a school's news
section is a notice they act on; a title addressed to parents places its topic in
childhood; a list lead-in whose list is missing names no sign. Each test pairs the form
that counts with a near miss; the wordings are the tests' own."""

from __future__ import annotations

from pathlib import Path

import pytest

from medlint.checks import genre
from medlint.engine import Linter
from medlint.parsing import parse

from .conftest import codes, lint, title_topics

ANAPHYLAXIS = (
    "Anaphylaxis is a serious allergic reaction that comes on quickly. Typical symptoms "
    "include an itchy rash, swelling of the throat or tongue, wheezing and low blood "
    "pressure. Common triggers are insect stings, foods and medicines.\n"
)


@pytest.mark.parametrize(
    "page",
    [
        f"# Anaphylaxis\n\nFrom Wikipedia, the free encyclopedia\n\n{ANAPHYLAXIS}",
        # a mirror's credit line
        f"# Anaphylaxis\n\n{ANAPHYLAXIS}\nThis article uses material from the Wikipedia "
        "article Anaphylaxis.\n",
        # a saved page's footer
        f"# Anaphylaxis\n\n{ANAPHYLAXIS}\nRetrieved from "
        '"https://en.wikipedia.org/w/index.php?title=Anaphylaxis"\n',
        # the source its front matter declares
        f"---\ntitle: Anaphylaxis\nsource: Simple English Wikipedia\n---\n{ANAPHYLAXIS}",
        f"---\ntitle: Anaphylaxis\nurl: https://en.wikipedia.org/wiki/Anaphylaxis\n---\n"
        f"{ANAPHYLAXIS}",
    ],
)
def test_an_encyclopedia_article_is_not_asked_for_help(rf: Linter, page: str) -> None:
    assert genre.detect(parse("a.md", page)).value == genre.ENCYCLOPEDIA
    assert codes(lint(rf, page)) == []


@pytest.mark.parametrize(
    "page",
    [
        # MedlinePlus's Medical Encyclopedia is patient information
        f"# Anaphylaxis\n\nMedical Encyclopedia\n\n{ANAPHYLAXIS}",
        # a page that only mentions the encyclopedia
        f"# Anaphylaxis\n\n{ANAPHYLAXIS}\nWhat you read on Wikipedia may be out of date.\n",
    ],
)
def test_a_page_that_only_names_an_encyclopedia_is_patient_information(
    rf: Linter, page: str
) -> None:
    assert genre.detect(parse("a.md", page)).value == genre.ARTICLE
    assert "MED109" in codes(lint(rf, page))


SCHOOL = (
    "---\ntitle: 'Re: Sickness and diarrhoea'\nurl: https://example-school.org/news/2019-11\n"
    "---\n{lead}\n\nWe have had a number of pupils absent this week with norovirus, which "
    "causes diarrhoea and vomiting. Please keep your child at home until 48 hours after the "
    "last episode and wash hands well with soap and water.\n"
)


@pytest.mark.parametrize(
    "lead", ["Dear Parents/Carers,", "Dear parent or carer", "Dear all parents"]
)
def test_a_letter_to_parents_in_a_news_section_is_advice(rf: Linter, lead: str) -> None:
    page = SCHOOL.format(lead=lead)
    found = genre.detect(parse("a.md", page))
    assert found.value == genre.ARTICLE
    assert "a notice to the public" in found.reason
    assert "MED109" in codes(lint(rf, page))


@pytest.mark.parametrize(
    "lead",
    [
        # "dear" that opens no letter
        "Our dear parents helped at the Christmas fair.",
        # a letter to colleagues (professionals), not to the readers who act on it
        "Dear colleagues,",
    ],
)
def test_a_news_item_that_is_no_letter_to_readers_stays_news(lead: str) -> None:
    page = SCHOOL.format(lead=lead).replace("Please keep your child at home", "Children stay")
    assert genre.detect(parse("a.md", page)).value == genre.NEWS


@pytest.mark.parametrize(
    ("title", "topics"),
    [
        ("Fever (advice for parents)", ["fever-children"]),
        ("Fever: a guide for parents and carers", ["fever-children"]),
        ("Rash - information for parents", ["rash-children"]),
        ("A parents' guide to rashes", ["rash-children"]),
        # no childhood form: the topic itself
        ("Croup: advice for parents", ["croup"]),
        # near misses: no title addressed to parents
        ("Fever", ["fever-adults"]),
        ("Fever in new parents", ["fever-adults"]),
        ("Talking to parents about a rash", ["rash-adults"]),
    ],
)
def test_a_title_addressed_to_parents_places_its_topic_in_childhood(
    inspector: Linter, tmp_path: Path, title: str, topics: list[str]
) -> None:
    assert title_topics(inspector, tmp_path, title) == topics


FEVER = (
    "# Fever (advice for parents)\n\nFever is common in children and most fevers are caused "
    "by viral infections that get better on their own.\n\n## When should you worry?\n\n"
    "If your child has any of the following:\n\n{items}"
    "You need urgent help. Go to the nearest emergency department or phone 999.\n"
)


def test_a_lead_in_whose_list_is_missing_names_no_sign(rf: Linter) -> None:
    assert "MED109" in codes(lint(rf, FEVER.format(items="")))


def test_a_lead_in_over_its_list_says_when(rf: Linter) -> None:
    items = (
        "- a rash that does not fade when a glass is pressed against it\n"
        "- a stiff neck, or a child who is floppy or hard to wake\n"
        "- blue, pale or blotchy skin, or grunting breathing\n"
        "- a baby under 3 months with a temperature of 38C or higher\n"
        "- a fever lasting 5 days or more, or no wet nappies\n\n"
    )
    assert codes(lint(rf, FEVER.format(items=items))) == []
