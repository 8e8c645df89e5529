"""A notice whose title names no topic takes the topic its lead names (round 14b, tried)."""

from __future__ import annotations

from medlint import kinds, reading
from medlint.audience import detect
from medlint.checks.aboutness import topic_finder
from medlint.engine import Linter, Options

from .conftest import TODAY

NOTICE = """# Weather advice

The council has prepared for a heatwave this week. Extreme heat can be dangerous.

Look after yourself and others during a heatwave: stay out of the sun and drink water.
"""

NOT_A_NOTICE = NOTICE.replace("# Weather advice", "# Our summer")
IN_PASSING = """# Weather advice

The council has prepared for a heatwave this week. Extreme heat can be dangerous.

Stay out of the sun and drink water.
"""


def _topics(text: str) -> list[tuple[str, str]]:
    linter = Linter(Options(today=TODAY, select=("MED109",)))
    linter.ensure_compiled()
    document, _ = reading.read_document("a.md", text.encode())
    assert document is not None
    ctx = kinds.Context(document, detect(document), TODAY, linter.bank)
    return [(m.topic.id, m.why) for m in topic_finder("topics").find(ctx)]


def test_a_notice_takes_the_topic_its_lead_names_and_its_text_names_again() -> None:
    found = _topics(NOTICE)
    assert [t for t, _ in found] == ["heat-illness"]
    assert "the notice's lead says 'heatwave'" in found[0][1]


def test_a_title_that_is_no_notice_takes_nothing_from_its_lead() -> None:
    assert _topics(NOT_A_NOTICE) == []


def test_a_topic_the_lead_names_once_is_a_passing_mention() -> None:
    assert _topics(IN_PASSING) == []
