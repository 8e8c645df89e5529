"""A page's subtitle names the title's topic in another sense (issue 12, round 14c): a GP
practice's "Influenza (Flu)" page whose first line under the title is "Flu vaccination clinic
2024" is a vaccination page, not flu's patient page, so MED109 asks it for no flu warning
signs. The subtitle is the heading-like first line of the opening (short, not a sentence);
it must name the title's topic together with a ``subtitle_senses`` word of guidance.yaml.
The pages are written by the medlint developers, not taken from any evaluation split."""

from __future__ import annotations

import pytest

from medlint.checks.aboutness import subtitle
from medlint.checks.knowledge import load_guidance
from medlint.engine import Linter
from medlint.parsing import parse

from .conftest import lint

FLU_BODY = (
    "Flu is a common infection caused by a virus. It spreads through coughs and sneezes, "
    "and flu can make you feel very unwell for about a week.\n"
)


def med109(linter: Linter, text: str) -> list[str]:
    return [v.message for v in lint(linter, text).violations if v.code == "MED109"]


def test_the_vaccine_sense_is_data() -> None:
    assert load_guidance().subtitle_senses


@pytest.mark.parametrize(
    "page",
    [
        # plain text: the visible title repeated, then the subtitle as a line of its own
        "---\ntitle: Influenza (Flu)\n---\nInfluenza (Flu)\n\nFlu vaccination clinic 2024\n\n"
        + FLU_BODY,
        # Markdown: the subtitle as the first line under the H1
        "# Flu\n\n**Flu jabs for adults at the surgery**\n\n" + FLU_BODY,
    ],
)
def test_a_vaccination_subtitle_under_the_disease_title_is_no_disease_page(
    rf: Linter, page: str
) -> None:
    assert med109(rf, page) == []


@pytest.mark.parametrize(
    ("page", "line"),
    [
        # a first sentence that mentions the vaccine is the disease page's lead
        ("# Flu\n\nFlu is an infection; the flu vaccine protects you each winter.\n\n", ""),
        # a subtitle with the vaccine sense of another disease says nothing of flu
        ("# Flu\n\nShingles vaccination clinic 2024\n\n", "Shingles vaccination clinic 2024"),
        # a subtitle naming flu in no other sense
        ("# Flu\n\nFlu in adults\n\n", "Flu in adults"),
    ],
)
def test_the_disease_page_keeps_its_topic(rf: Linter, page: str, line: str) -> None:
    assert subtitle(parse("a.md", page + FLU_BODY)) == line
    assert med109(rf, page + FLU_BODY)


def test_a_subheading_before_any_text_is_no_subtitle() -> None:
    page = "# Flu\n\n## Flu vaccine\n\nThe vaccine is offered every autumn.\n"
    assert subtitle(parse("a.md", page)) == ""


def test_a_long_first_line_is_a_sentence_not_a_subtitle() -> None:
    page = (
        "# Flu\n\nThe flu vaccine is offered every autumn to adults over 65 and to people "
        "with long-term conditions\n"
    )
    assert subtitle(parse("a.md", page)) == ""
