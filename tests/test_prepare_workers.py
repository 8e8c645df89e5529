"""What a run builds before its workers fork (``FileRunner.prepare_workers``, the rules'
optional ``prepare``): the workers inherit it instead of each building its own, and no
finding depends on it."""

from __future__ import annotations

import pytest

from medlint import kinds
from medlint.checks import aboutness, readability
from medlint.engine import Linter, Options

from .conftest import EXAMPLES, TODAY

_COMPILED = ("senses", "triggers", "trigger_gates", "long_terms", "excludes", "exposures")

# A page whose title names a topic: the finder's regexes are all read for it.
_PAGE = "# Sepsis\n\nSepsis is the body's extreme response to an infection.\n"


def test_prepared_rules_compile_no_topic_regex_on_their_first_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    linter = Linter(Options(today=TODAY, select=("MED109", "MED112", "MED501")))
    aboutness.topic_finder.cache_clear()  # a finder nothing has used yet
    readability._hyphenator.cache_clear()
    linter.prepare_workers()
    finder = aboutness.topic_finder("topics")  # as the rules ask for it
    assert all(name in vars(finder) for name in _COMPILED)
    assert readability._hyphenator.cache_info().currsize == 1

    def refuse(*_args: object) -> object:
        raise AssertionError("a topic regex compiled after prepare_workers")

    monkeypatch.setattr(aboutness, "pattern_regex", refuse)
    result, crashes = linter.lint_text("sepsis.md", _PAGE)
    assert crashes == 0 and result.violations


def test_unprepared_rules_still_build_on_first_use() -> None:
    """``prepare`` is optional: a rule used without it builds what it needs itself."""
    aboutness.topic_finder.cache_clear()
    linter = Linter(Options(today=TODAY, select=("MED109", "MED112")))
    linter.ensure_compiled()
    assert "triggers" not in vars(aboutness.topic_finder("topics"))
    assert linter.lint_text("sepsis.md", _PAGE)[0].violations


def test_findings_are_the_same_prepared_or_not() -> None:
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.iterdir())]
    texts.append(("sepsis.md", _PAGE))
    aboutness.topic_finder.cache_clear()
    plain = Linter(Options(today=TODAY))
    unprepared = [plain.lint_text(path, text) for path, text in texts]
    aboutness.topic_finder.cache_clear()
    prepared_linter = Linter(Options(today=TODAY))
    prepared_linter.prepare_workers()
    assert [prepared_linter.lint_text(path, text) for path, text in texts] == unprepared


def test_a_fixing_rule_passes_prepare_on() -> None:
    class Builds:
        spec = None
        needs_nlp = False
        prepared = 0

        def prepare(self) -> None:
            self.prepared += 1

    class Plain:
        spec = None
        needs_nlp = False

    rule = Builds()
    kinds.Fixing(rule, None).prepare()  # type: ignore[arg-type]
    kinds.Fixing(Plain(), None).prepare()  # type: ignore[arg-type]
    assert rule.prepared == 1
    assert isinstance(rule, kinds.Prepares) and not isinstance(Plain(), kinds.Prepares)


def test_prepared_workers_inherit_the_parsers_their_files_need() -> None:
    """The parsers the files' suffixes name are built before the fork (markdown-it's
    parser object here); a sniffed suffix or another format builds nothing it does not
    need, and the findings are those of a parser built on first use."""
    from medlint.parsing import markdown

    linter = Linter(Options(today=TODAY, select=("MED109",)))
    markdown._parser.cache_clear()
    linter.prepare_workers(["notes.txt", "stdin-without-suffix"])
    assert markdown._parser.cache_info().currsize == 0
    unprepared = linter.lint_text("sepsis.md", _PAGE)
    markdown._parser.cache_clear()
    linter.prepare_workers(["a/b.txt", "c/D.MD"])
    assert markdown._parser.cache_info().currsize == 1
    assert linter.lint_text("sepsis.md", _PAGE) == unprepared
