"""Round 64 (G85): MED112's page model asks a page that names no listed condition as its
subject only when its score reaches ``page_model_unnamed_threshold`` (3.5), above the
threshold for a page that names one (3.0): a daily stretching routine, a quit-smoking diary.
The gates, the help statements and the animal and plant openings work as before."""

from __future__ import annotations

from medlint.engine import Linter
from medlint.selection import Options

from .conftest import TODAY

STRETCHES = (
    "It's easy to feel stiff when you get up. These gentle stretches help warm up the muscles in\n"
    "your lower back, hips and feet, and many people like to do them before work. Hold each\n"
    "stretch for twenty seconds and breathe slowly. Avoid bouncing, and stop a stretch if it\n"
    "causes pain. You're aiming for a mild pull, not a strain.\n\n"
    "Start with a hamstring stretch: sit on the edge of a chair with one leg straight and lean\n"
    "forward. Then do a calf stretch against a wall, a warm shoulder roll, and a slow neck turn.\n"
    "Doing these every day usually helps people feel looser and move more easily.\n"
)
TITLE = "Stretches to get you going every morning"


def _med112(linter: Linter, title: str, body: str) -> list[str]:
    result, _ = linter.lint_text("article.md", f"# {title}\n\n{body}")
    return [v.message for v in result.violations if v.code == "MED112"]


def _with(**given: object) -> Linter:
    return Linter(
        Options(
            today=TODAY,
            select=("MED112",),
            rule_options=tuple(("MED112", k, v) for k, v in given.items()),
        )
    )


def test_a_confident_page_is_asked_without_a_named_condition(linter: Linter) -> None:
    found = _med112(linter, TITLE, STRETCHES)
    assert found and "no listed condition in its title, headings or text" in found[0]
    assert "the page model reads it" in found[0]


def test_without_the_unnamed_threshold_the_subject_test_keeps_it_quiet() -> None:
    assert _med112(_with(page_model_unnamed_threshold=None), TITLE, STRETCHES) == []


def test_the_unnamed_threshold_is_a_higher_bar() -> None:
    # the named threshold alone does not lower the bar for a page that names no condition
    assert _med112(_with(page_model_unnamed_threshold=100.0), TITLE, STRETCHES) == []
    assert (
        _med112(
            _with(page_model_unnamed_threshold=100.0, page_model_threshold=-100.0), TITLE, STRETCHES
        )
        == []
    )


def test_saying_when_answers_it(linter: Linter) -> None:
    body = STRETCHES + "See a doctor if the pain spreads down a leg or you feel numb.\n"
    assert _med112(linter, TITLE, body) == []
