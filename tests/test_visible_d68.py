"""Round 60 (D68; tests/eval/corpus-judging/round60/criterion-60.md): a header line that holds
a full date among byline furniture, or a date field that opens a block, is the page's
publication date; a sentence that names a date, a month and a year inside a line, and a date
below the page's first blocks are not."""

from __future__ import annotations

import pytest

from medlint import document as d
from medlint.parsing import parse
from medlint.visible import recognise

BODY = "Leg cramps are common and usually harmless, and most of them pass within minutes."


def published(text: str) -> list[object]:
    return [f.value for f in recognise(parse("a.md", text)) if f.key == d.DATE_PUBLISHED]


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Apr 2, 2025\nAI Therapist Team\n4 min read", "Apr 2, 2025"),  # the date above
        ("Dr Aaron Chiam\nSep 13, 2021", "Sep 13, 2021"),  # ... and below the author
        ("Wael Tinawi • May 1, 2024", "May 1, 2024"),
        ("by John Brana October 27, 2023", "October 27, 2023"),
        ("19 November 2025 0 Comments Marcus Patrick", "19 November 2025"),
        ("Oct 19, 2021 | Body", "Oct 19, 2021"),
        ("Published 1:00 pm Monday, July 15, 2019", "Monday, July 15, 2019"),
    ],
)
def test_a_header_line_with_a_full_date_is_the_page_date(header: str, value: str) -> None:
    assert published(f"# Leg cramps\n\n{header}\n\n{BODY}\n") == [value]


def test_a_date_field_that_opens_a_block() -> None:
    text = "# Nipah alert\n\n date 2025-07-04 Kerala Health Department gave an alert today.\n"
    assert published(text) == ["2025-07-04"]


@pytest.mark.parametrize(
    "header",
    [
        # a sentence that names a date: more than six words beside it
        "On May 3, 2018 the national guidelines were changed for most adults.",
        # a month and a year inside a line: no day
        "Dr Aaron Chiam, March 2021",
        # D68b, the review's mend: another thing's date
        "April 27, 2023 @ 1:00 pm 2:00 pm",  # an event's time
        "Health Symposium: March 1, 2026",  # another thing's label
        "October 25-October 26, 2010",  # a range
        "Product Recalls: January 13, 2021 – February 17, 2021",
        "- 1 May 1998: first case reported",  # a timeline's entry
        "Next appointment: 14 January 2027",
        "Jane Doe, born 12 March 1950",
        "Posted in Forum — Reply from Anna, May 2, 2017",
        "© 2019 Health Co. Cookie policy updated 01/02/2019",
    ],
)
def test_not_a_header_date(header: str) -> None:
    assert published(f"# Leg cramps\n\n{header}\n\n{BODY}\n") == []


def test_a_date_line_far_below_the_top_is_not_the_page_date() -> None:
    paragraphs = "\n\n".join(f"Paragraph {i}: {BODY}" for i in range(8))
    assert published(f"# Leg cramps\n\n{paragraphs}\n\nJane Doe\nMay 1, 2024\n") == []


def test_a_date_in_the_site_chrome_is_not_the_page_date() -> None:
    html = (
        "<html><body><header><nav><span>Friday, December 4, 2026 | Sign in</span> Home</nav>"
        f"</header><main><h1>Leg cramps</h1><p>{BODY}</p></main></body></html>"
    )
    assert [f.value for f in recognise(parse("a.html", html)) if f.key == d.DATE_PUBLISHED] == []
