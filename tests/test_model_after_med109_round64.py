"""Round 64 (K87): where a page's title names a known red-flag topic only as a qualifier and
MED109 takes no topic from it ("Easy breakfast ideas for acid reflux"), MED112 used to leave it
to MED109 and nobody asked it. Now the page model alone may still ask it, under the model's own
conditions (a named subject, its threshold, no help statement, a reader who can act), never for
a title about another sense of the topic (a vaccine, research, rehabilitation ...)."""

from __future__ import annotations

from medlint.engine import Linter
from medlint.selection import Options

from .conftest import TODAY

BODY = (
    "It's usually the first meal of the day that sets the tone. These gentle breakfasts help\n"
    "avoid the burning feeling in your chest and throat, and many people like to prepare them\n"
    "the night before. Oatmeal with banana, egg whites on wholegrain toast and a small bowl of\n"
    "melon are all good choices. Avoid coffee, citrus juice and fried food, which can make the\n"
    "pain worse.\n\n"
    "Eat slowly, stop before you feel full, and stay upright for an hour after eating. Keeping a\n"
    "food diary usually helps people see which foods cause their symptoms.\n"
)
TITLE = "Easy breakfast ideas for acid reflux"


def _found(linter: Linter, title: str, body: str) -> list[tuple[str, str]]:
    result, _ = linter.lint_text("article.md", f"# {title}\n\n{body}")
    return [(v.code, v.message) for v in result.violations if v.code in ("MED109", "MED112")]


def test_the_model_asks_a_page_med109_takes_no_topic_from(linter: Linter) -> None:
    found = _found(linter, TITLE, BODY)
    assert [code for code, _ in found] == ["MED112"]
    assert "the page model reads it" in found[0][1]


def test_without_the_model_nobody_asks_it() -> None:
    quiet = Linter(Options(today=TODAY, rule_options=(("MED112", "page_model", None),)))
    assert _found(quiet, TITLE, BODY) == []


def test_a_title_about_another_sense_is_not_asked(linter: Linter) -> None:
    # (asked without the guard: the review's mutation test)
    assert _found(linter, "Acid reflux vaccine", BODY) == []


def test_saying_when_answers_it(linter: Linter) -> None:
    body = BODY + "See a doctor if you have trouble swallowing or you lose weight.\n"
    assert _found(linter, TITLE, body) == []
