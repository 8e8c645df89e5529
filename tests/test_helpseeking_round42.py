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


def test_reading_lists_whole_stays_linear() -> None:
    """Every item asks for its list's lead-in; the walk back is remembered per line, so two
    600-item lists are read in about one pass (second review, round 42: 82 s before). The
    check is on the work done, not on time: the lines walked stay under a small multiple of
    the page's lines."""
    from medlint.checks import helpseeking

    lines = ["# Asthma", "", "Asthma is a long-term condition.", "", "Things people notice:"]
    lines += [f"- Severe shortness of breath and blue lips (case {i})." for i in range(600)]
    lines += ["", "Here is a list of other things:"]
    lines += [f"- Call 911 now (step {i})." for i in range(600)]
    walked = 0
    original = helpseeking.HelpStatements.__init__

    def counting(self: helpseeking.HelpStatements, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]

        class Leads(dict[int, int | None]):
            def __setitem__(self, key: int, value: int | None) -> None:
                nonlocal walked
                walked += 1
                super().__setitem__(key, value)

        self._leads = Leads()

    helpseeking.HelpStatements.__init__ = counting  # type: ignore[method-assign]
    try:
        linter = Linter(Options(today=TODAY, select=("MED109",)))
        _result, crashes = linter.lint_text("a.md", "\n".join(lines) + "\n")
    finally:
        helpseeking.HelpStatements.__init__ = original  # type: ignore[method-assign]
    assert crashes == 0
    assert 0 < walked <= 2 * len(lines)
