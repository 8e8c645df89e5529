"""Issue 13, second half: consult prompts and discouragement, doses, statistics, syllables."""

from __future__ import annotations

import datetime as dt

import pytest

from medlint.checks import readability
from medlint.engine import Linter, Options


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Options(today=dt.date(2026, 12, 1)))


def codes(linter: Linter, body: str, code: str, heading: str = "Leg cramps") -> list[str]:
    result, _ = linter.lint_text("article.md", f"# {heading}\n\n{body}\n")
    return [v.message for v in result.violations if v.code == code]


# -- MED501: syllables from the pronunciation dictionary --------------------------------


def test_dictionary_counts_what_hyphenation_misses() -> None:
    # pyphen has no hyphenation point in "medicine" or "area"; CMUdict has 3 syllables.
    assert readability.hyphenation_syllables("medicine") == 1
    assert readability.syllables("medicine") == 3
    assert readability.syllables("area") == 3
    assert readability.syllables("Diabetes") == 4


def test_unknown_words_fall_back_to_hyphenation() -> None:
    word = "pembrolizumabium"
    assert word not in readability._pronunciations()
    assert readability.syllables(word) == readability.hyphenation_syllables(word)


def test_grade_uses_dictionary_syllables() -> None:
    sentences = ["The medicine area is every evaluation of diabetes."] * 3
    scores = readability.score(sentences)
    assert scores is not None
    assert scores.syllables == 3 * (1 + 3 + 3 + 1 + 3 + 5 + 1 + 4)
