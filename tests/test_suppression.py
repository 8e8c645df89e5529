"""Inline suppression comments."""

from __future__ import annotations

import dataclasses

from medlint.engine import Linter, Options

from .conftest import TODAY

CLAIMS = """# Joints

<!-- medlint-disable MED201 -- quoting claims to debunk them -->
Turmeric cures arthritis.

Garlic cures hypertension.
<!-- medlint-enable MED201 -->

Honey cures asthma.
"""


def lint(text: str, *, require_reason: bool = False, name: str = "a.md") -> list[tuple[str, int]]:
    options = Options(
        today=TODAY, select=("MED2", "MED9"), require_suppression_reason=require_reason
    )
    result, _ = Linter(options).lint_text(name, text)
    return [(v.code, v.line) for v in result.violations]


def test_disable_enable_block() -> None:
    assert lint(CLAIMS) == [("MED201", 9)]


def test_disable_line_and_next_line() -> None:
    text = (
        "# Joints\n\nTurmeric cures arthritis. <!-- medlint-disable-line claims.cure-claim -->\n\n"
        "<!-- medlint-disable-next-line claims -- debunked below -->\nGarlic cures hypertension.\n"
    )
    assert lint(text) == []


def test_disable_file_with_tag_selector_and_counts() -> None:
    text = "<!-- medlint-disable-file claims -->\n# Joints\n\nTurmeric cures arthritis.\n"
    result, _ = Linter(Options(today=TODAY, select=("MED2", "MED9"))).lint_text("a.md", text)
    assert result.violations == () and result.suppressed == 1


def test_unused_and_unknown_suppressions_are_reported() -> None:
    text = (
        "# Cramps\n\n<!-- medlint-disable-next-line MED201 -->\nCramps are common.\n\n"
        "<!-- medlint-disable-next-line MED299 -->\nStretch.\n"
    )
    assert lint(text) == [("MED903", 3), ("MED904", 6)]


def test_reason_required_for_error_level_rules_when_configured() -> None:
    text = "# Joints\n\n<!-- medlint-disable-next-line MED201 -->\nTurmeric cures arthritis.\n"
    assert lint(text) == []
    assert lint(text, require_reason=True) == [("MED905", 3)]
    with_reason = text.replace("MED201 -->", "MED201 -- quoted to debunk it -->")
    assert lint(with_reason, require_reason=True) == []


def test_engine_findings_cannot_be_suppressed() -> None:
    text = "---\ntitle: [broken\n---\n<!-- medlint-disable-file -->\n"
    codes = [c for c, _ in lint(text)]
    assert "MED901" in codes


def test_plain_text_comments_are_not_prose() -> None:
    text = (
        "Joints\n\n<!-- medlint-disable-next-line MED201 -- quoted -->\nTurmeric cures arthritis.\n"
    )
    assert lint(text, name="a.txt") == []


def test_suppression_is_a_frozen_value() -> None:
    from medlint.suppression import parse_directives

    directive = parse_directives(
        "<!-- medlint-disable MED1, MED2 -- why -->", lambda o: (1, o + 1)
    )[0]
    assert directive.selectors == ("MED1", "MED2") and directive.reason == "why"
    assert dataclasses.is_dataclass(directive)
