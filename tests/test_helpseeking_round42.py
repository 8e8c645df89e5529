"""Round 42 (P42b): lists read whole once each glyph-bulleted item is its own sentence
(parsing/markdown.py, checks/helpseeking.py).

A lead-in that ends in its condition word ("Call 911 now if" with the items under it) is a
condition completed by its list, as "... if:" is; and a statement in a later item of the same
list ties what an earlier item names. Pages written for the test.
"""

from __future__ import annotations

import pytest

from medlint.engine import Linter, Options

from .conftest import TODAY


@pytest.fixture(scope="module")
def med109() -> Linter:
    return Linter(Options(today=TODAY, select=("MED109",)))


ASTHMA = """---
title: "Asthma attack"
---
A care guide for parents.

When to call

Call 911 now (your child may need an ambulance) If
  • Severe trouble breathing (fighting for each breath, can hardly talk or cry)
  • Fainted
  • Lips or face turn blue when not coughing
Call your doctor now (night or day) If
  • Your child looks very sick
"""

SNAKE = """# Snake bite on the trail

A snake bite far from help is frightening, but staying calm matters most.

Here is what to do:

  • Take off rings and watches before the swelling starts.
  • Keep still and calm: moving spreads the venom faster.
  • Get help: if you have a phone signal, call 911 at once.
"""


@pytest.mark.parametrize("text", [ASTHMA, SNAKE])
def test_glyph_lists_read_whole_tie_their_signs(med109: Linter, text: str) -> None:
    result, crashes = med109.lint_text("a.md", text)
    assert crashes == 0
    assert result.violations == ()


def test_a_bare_if_lead_in_without_a_list_is_no_condition(med109: Linter) -> None:
    # the lead-in's list was lost: nothing says for which signs to call
    text = ASTHMA.split("Call 911 now")[0] + "Call 911 now If\n\nAsthma is common in children.\n"
    result, _ = med109.lint_text("a.md", text)
    assert [v.code for v in result.violations] == ["MED109"]


def test_a_later_sentence_of_the_same_item_is_no_later_item(med109: Linter) -> None:
    """An item that names the condition and then describes care ("Severe asthma attacks may
    require emergency care") tells no one when to act: only another item of the list ties."""
    text = (
        "# Asthma\n\nAsthma affects the airways. Symptoms include\n\n- Wheezing\n"
        "- Shortness of breath. When symptoms get worse than usual, it's called an asthma "
        "attack. Severe asthma attacks may require emergency care.\n"
    )
    result, _ = med109.lint_text("a.md", text)
    assert [v.code for v in result.violations] == ["MED109"]


@pytest.mark.parametrize("glyph", ["·", "▪", "●", "■", "✓", "►"])
def test_every_item_glyph_is_a_list_item_for_the_help_reader(med109: Linter, glyph: str) -> None:
    """The glyphs that make an item a sentence of its own make it a list item too (first
    review, round 42: one set, parsing.common.BULLET_GLYPHS)."""
    result, _ = med109.lint_text("a.md", SNAKE.replace("•", glyph))
    assert result.violations == ()
