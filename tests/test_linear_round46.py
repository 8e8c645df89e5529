"""Round 46 (R46): three scans that were quadratic in a page's shape are linear, with the
same answers. The wire-credit regex (genre.py ``_WIRE``) tried a block start at every place
in a run of blanks and read the rest of the run from each (80,000 blanks after "(AP)" took
134 s) and read a page of capital words after double blanks from every word; the topic
finder asked every section heading about every mention and copied the whole text once per
heading (aboutness.py ``_body_evidence``, ``_without_headings``). Times are benchmark figures
(benchmarks/bench_adversarial.py), never asserted here: these tests hold the answers equal."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from medlint.checks import aboutness, genre
from medlint.document import Document, Section

# The round-45 pattern, before R46: the reference the linear one is compared with.
OLD_WIRE = re.compile(
    r"(?:^|\n|(?<=\s\s))[^\S\n]*(?:[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+)*(?:,[ \t]*[\w.]+"
    r"(?:[ \t]+[\w.]+){0,2}){0,4}[ \t]+)?\((?:AP|Reuters(?: Health)?|AFP|UPI|CNN"
    r"|HealthDay(?: News)?)\)[ \t]*[-—–]"
)

DATELINES = [
    "(AP) - The agency said",
    "LONDON (Reuters) - Officials said",
    "RIO DE JANEIRO, Brazil, March 3, 2020 (AP) — A study",
    "text   WASHINGTON (AP) – the",
    "Alpha fetoprotein (AFP) - a protein",
    "Anteroposterior (AP) - taken lying down",
    "x\n   NEW YORK (HealthDay News) - More",
    "a  \n  (UPI) -b",
    "one\t\t  (CNN)-two",
]


def _span(pattern: re.Pattern[str] | object, text: str) -> tuple[int, int] | None:
    m = pattern.search(text)  # type: ignore[attr-defined]
    return None if m is None else m.span()


@pytest.mark.parametrize("text", DATELINES)
def test_the_linear_wire_pattern_finds_the_same_match(text: str) -> None:
    assert _span(genre._WIRE, text) == _span(OLD_WIRE, text)


def test_the_linear_wire_pattern_agrees_on_random_texts() -> None:
    rng = random.Random(46)
    pieces = ["  ", " ", "\n", "\t", "AB", "NEW", "YORK", ",", " 2020", "(AP)", "(Reuters)",
              " - ", "—", "x", "said", "  ", "   "]  # fmt: skip
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert _span(genre._WIRE, text) == _span(OLD_WIRE, text), text


def test_a_run_of_blanks_after_a_credit_gives_the_same_answer() -> None:
    # 2,000 blanks: the old pattern answers in about a tenth of a second here
    text = "# Title\n\nWASHINGTON (AP) " + " " * 2000 + "said the agency.\n"
    assert _span(genre._WIRE, text) == _span(OLD_WIRE, text) is None
    text = "# Title\n\n" + " " * 2000 + "WASHINGTON (AP) - the agency said.\n"
    assert _span(genre._WIRE, text) == _span(OLD_WIRE, text) is not None


def _old_without_headings(text: str, heads: list[tuple[int, int]]) -> str:
    for a, b in heads:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def test_headings_are_blanked_as_before() -> None:
    rng = random.Random(4646)
    for _ in range(500):
        text = "".join(rng.choice("ab #\n") for _ in range(rng.randint(0, 80)))
        heads = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, len(text))
            heads.append((a, min(len(text), a + rng.randint(0, 12))))
        heads.sort()
        document = SimpleNamespace(
            masked=text, sections=[SimpleNamespace(start=a, body_start=b) for a, b in heads]
        )
        got = aboutness._without_headings(document)  # type: ignore[arg-type]
        assert got == _old_without_headings(text, heads)


def test_spans_answer_as_asking_every_span() -> None:
    rng = random.Random(46)
    for _ in range(500):
        spans = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 60)
            spans.append((a, a + rng.randint(0, 10)))
        held = Document(
            "page.md",
            "markdown",
            "",
            "",
            sections=tuple(Section("h", 1, a, b, b) for a, b in spans),
        )
        for at in range(-2, 75):
            assert held.in_heading(at) == any(a <= at < b for a, b in spans), (spans, at)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # 100,000 blanks after a wire credit on one line: 134 s for 80,000 before R46
        ("blanks.md", "# Flu season\n\nWASHINGTON (AP) " + " " * 100_000 + "said the agency.\n"),
        # capital words after double blanks, a credit at the end
        ("capitals.md", "# Flu season\n\n" + "AB  " * 25_000 + "(AP) said\n"),
        # thousands of headings naming a topic
        ("headings.md", "# Stroke\n\n" + "## Symptoms of stroke\n\nIt is sudden.\n\n" * 4_000),
    ],
)
def test_the_cli_reads_a_page_of_that_shape_to_the_end(
    tmp_path: Path, name: str, text: str
) -> None:
    # a real file through the real command: a normal verdict, no traceback (the time is a
    # benchmark figure, benchmarks/bench_adversarial.py, never asserted)
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "medlint", "check", str(page), "--isolated", "--no-cache"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    assert "Traceback" not in run.stderr
    assert name in run.stdout
