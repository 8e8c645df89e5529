"""The Markdown parser: markdown-it-py block structure, exact offsets, front matter."""

from __future__ import annotations

import random

import pytest

from medlint import document as d
from medlint.parsing import parse
from medlint.parsing.mdinline import mask_inline


def _same_shape(source: str, masked: str) -> None:
    assert len(masked) == len(source)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [
        i for i, c in enumerate(source) if c == "\n"
    ]


def test_indented_code_is_not_prose() -> None:
    doc = parse("a.md", "# T\n\nText here.\n\n    stop taking your pills\n\nMore text.\n")
    assert "stop taking" not in doc.masked
    assert "Text here." in doc.masked and "More text." in doc.masked


def test_hash_inside_an_html_block_is_not_a_heading() -> None:
    doc = parse("a.md", '# Real\n\n<div class="x">\n# not a heading\n</div>\n\nBody.\n')
    assert doc.headings() == ("Real",)
    assert "not a heading" not in doc.masked


def test_a_four_backtick_fence_is_not_closed_by_three() -> None:
    source = "# T\n\n````\n```\nsee a doctor\n```\n````\n\nAfter.\n"
    doc = parse("a.md", source)
    assert "see a doctor" not in doc.masked
    assert "After." in doc.masked


def test_heading_inside_a_block_quote_and_a_list_item() -> None:
    doc = parse("a.md", "> # Quoted heading\n> quoted text\n\n- ## Item heading\n")
    assert [(s.heading, s.level) for s in doc.sections] == [
        ("Quoted heading", 1),
        ("Item heading", 2),
    ]
    assert doc.masked.startswith("  # ".replace("#", " ") + "Quoted heading")
    assert ">" not in doc.masked


def test_setext_heading_over_two_lines() -> None:
    doc = parse("a.md", "Leg cramps\nat night\n---\n\nText.\n")
    assert doc.headings() == ("Leg cramps at night",)


def test_toml_front_matter_with_key_positions_and_string_dates() -> None:
    source = (
        '+++\ntitle = "Leg cramps"\ndateModified = 2025-06-03\n\n[reviewedBy]\nname = "Dr X"\n'
        "+++\n# Leg cramps\n\nBody.\n"
    )
    doc = parse("a.md", source)
    assert doc.front_matter == {
        "title": "Leg cramps",
        "dateModified": "2025-06-03",
        "reviewedBy": {"name": "Dr X"},
    }
    assert doc.metadata[d.DATE_MODIFIED].value == "2025-06-03"
    assert doc.location(doc.node_offsets[("dateModified",)]) == (3, 1)
    assert doc.location(doc.node_offsets[("reviewedBy", "name")]) == (6, 1)
    assert doc.headings() == ("Leg cramps",)
    assert "title" not in doc.masked


def test_invalid_toml_front_matter_names_the_line() -> None:
    doc = parse("a.md", '+++\ntitle = "Leg cramps"\ntitle = "Again"\n+++\nBody.\n')
    (problem,) = doc.problems
    assert "TOML" in problem.message
    assert doc.location(problem.start)[0] == 3
    assert "Body." in doc.masked


@pytest.mark.parametrize("opening", ["---", "+++"])
def test_unclosed_front_matter_is_a_parse_problem(opening: str) -> None:
    doc = parse("a.md", f"{opening}\ntitle: x\n\n# Heading\n")
    assert len(doc.problems) == 1
    assert "never closed" in doc.problems[0].message


def test_yaml_duplicate_keys_and_bad_yaml() -> None:
    doc = parse("a.md", "---\ntitle: a\ntitle: b\n---\nBody.\n")
    assert ["appears more than once" in p.message for p in doc.problems] == [True]
    bad = parse("a.md", "---\ntitle: [a\n---\nBody.\n")
    assert len(bad.problems) == 1


def test_metadata_in_a_second_block_after_an_empty_one_is_the_front_matter() -> None:
    # The layout of some export pipelines (28 NCI pages of the shared corpus): an empty
    # block, a blank line, then the metadata in a second block.
    source = (
        "---\n---\n\n---\ntitle: Leg cramps\nlastReviewed: '2025-12-24'\n"
        "dateModified: June 3, 2025\n---\n\n# Leg cramps\n\nBody text.\n"
    )
    doc = parse("a.md", source)
    assert doc.front_matter == {
        "title": "Leg cramps",
        "lastReviewed": "2025-12-24",
        "dateModified": "June 3, 2025",
    }
    assert doc.metadata[d.LAST_REVIEWED].value == "2025-12-24"
    assert doc.location(doc.node_offsets[("dateModified",)]) == (7, 1)
    assert doc.problems == ()
    (note,) = doc.front_matter_notes
    assert "first '---' block is empty" in note.message and doc.location(note.start) == (1, 1)
    (edit,) = note.edits
    assert edit.safe and edit.replacement == ""
    fixed = source[: edit.start] + source[edit.end :]
    assert fixed.startswith("---\ntitle: Leg cramps\n")
    again = parse("a.md", fixed)
    assert again.front_matter == doc.front_matter and again.front_matter_notes == ()
    assert doc.headings() == ("Leg cramps",)
    assert "lastReviewed" not in doc.masked and "Body text." in doc.masked
    _same_shape(source, doc.masked)


@pytest.mark.parametrize(
    "second",
    [
        "---\nJust a paragraph between rules.\n---\n",  # not a mapping: body text
        "---\n---\n",  # empty too
        "---\ntitle: [a\n---\n",  # not YAML
        "---\ntitle: never closed\n",  # no closing line
    ],
)
def test_a_second_block_that_is_not_metadata_stays_body_text(second: str) -> None:
    doc = parse("a.md", f"---\n---\n\n{second}\nBody text.\n")
    assert doc.front_matter == {}
    assert doc.front_matter_notes == () and doc.problems == ()
    assert "Body text." in doc.masked


def test_a_filled_first_block_keeps_a_later_block_as_body_text() -> None:
    doc = parse("a.md", "---\ntitle: T\n---\n\n---\nauthor: X\n---\nBody.\n")
    assert doc.front_matter == {"title": "T"}
    assert doc.front_matter_notes == ()
    assert "author: X" in doc.masked


def test_yaml_front_matter_after_a_byte_order_mark_and_crlf() -> None:
    source = "\ufeff---\r\ntitle: T\r\n---\r\nBody text.\r\n"
    doc = parse("a.md", source)
    assert doc.front_matter == {"title": "T"}
    assert "Body text." in doc.masked and "title" not in doc.masked


def test_links_images_and_references_are_masked_in_place() -> None:
    source = (
        'See [your doctor](https://x.org/a_(b) "Title") and ![a chart](c.png) or '
        "[the guide][g] and [note] and `[code](x)`.\n\n[g]: https://example.org/guide\n"
    )
    doc = parse("a.md", source)
    _same_shape(source, doc.masked)
    assert "See  your doctor" in doc.masked
    for gone in ("https", "Title", "chart", "png", "code", "[g]", "example"):
        assert gone not in doc.masked
    assert "the guide" in doc.masked
    assert "[note]" in doc.masked  # no definition: literal brackets


def test_entities_emphasis_and_escapes() -> None:
    masked = mask_inline("don&rsquo;t **stop** \\*now\\* &amp; snake_case_word")
    assert masked.split() == ["don'", "t", "stop", "now", "snake_case_word"]


def test_code_span_runs_pair_by_length() -> None:
    assert mask_inline("a `` b ` c `` d ``` e").split() == ["a", "d", "```", "e"]


@pytest.mark.parametrize(
    "source",
    [
        "[" * 10_000,
        "![" * 10_000,
        "*_" * 50_000,
        "[a](" * 10_000,
        "`a``" * 10_000,
        "<!--" * 10_000,
        "<a " * 10_000,
        ">" * 5_000 + " deep\n",
        "".join("  " * i + "- item\n" for i in range(300)),
        "word " * 200_000,
    ],
    ids=[
        "brackets",
        "images",
        "emphasis",
        "links",
        "backticks",
        "comments",
        "tags",
        "quotes",
        "lists",
        "long-line",
    ],
)
def test_adversarial_inputs_parse_with_exact_offsets(source: str) -> None:
    doc = parse("a.md", source)
    _same_shape(source, doc.masked)


def test_random_markdown_keeps_offsets() -> None:
    rng = random.Random(9)
    alphabet = [*list("ab #>-*_`[]()!<>/\\&;|=~+:\n\n\t1.\r"), "```", "---", "+++", "    "]
    for _ in range(300):
        source = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        doc = parse("a.md", source)
        _same_shape(source, doc.masked)
        for section in doc.sections:
            assert 0 <= section.start <= section.body_start <= section.end <= len(source)


def test_punctuation_runs_do_not_reach_the_tokenizer() -> None:
    """spaCy's tokenizer is quadratic on a long token of punctuation (2,000 "(" take
    10 s); such runs are not prose, and the NLP layer blanks them."""
    from medlint.engine import Linter, Options

    from .conftest import TODAY, codes

    linter = Linter(Options(today=TODAY, select=("MED201",)))
    for junk in ("(" * 20_000, "*_" * 10_000, "![" * 10_000, "x" * 50_000):
        result, crashes = linter.lint_text("a.md", f"# T\n\n{junk}\n\nTurmeric cures arthritis.\n")
        assert (codes(result), crashes) == (["MED201"], 0)


def test_the_emphasis_scan_finds_the_runs_as_read() -> None:
    """``mdinline._EMPHASIS`` (written to start with the run's first character) finds the
    spans of ``EMPHASIS_AS_READ`` on every string of up to 6 characters over "*", "_",
    a letter, a space and a newline, on random longer ones with non-ASCII letters and
    tabs, and on corpus-like prose."""
    import itertools
    import re

    from medlint.parsing import mdinline

    read = re.compile(mdinline.EMPHASIS_AS_READ)

    def same(text: str) -> bool:
        return [m.span() for m in mdinline._EMPHASIS.finditer(text)] == [
            m.span() for m in read.finditer(text)
        ]

    for n in range(7):
        for chars in itertools.product("*_ a\n", repeat=n):
            assert same("".join(chars)), chars
    rnd = random.Random(12)
    for _ in range(20_000):
        text = "".join(rnd.choice("*_ a\n\t.é_*9") for _ in range(rnd.randint(0, 16)))
        assert same(text), text
    prose = "**Bold** and *it*, snake_case_name, 2*3*4, ***x***, _a_ * b, **\n**c**_"
    assert same(prose) and mdinline._EMPHASIS.findall(prose)
