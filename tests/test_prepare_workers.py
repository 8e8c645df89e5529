"""What a run builds before its workers fork (``FileRunner.prepare_workers``, the rules'
optional ``prepare``): the workers inherit it instead of each building its own, and no
finding depends on it."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from medlint import kinds, running
from medlint.checks import aboutness, readability
from medlint.engine import Linter, Options
from medlint.model import FileResult

from .conftest import EXAMPLES, TODAY

_COMPILED = ("senses", "triggers", "trigger_gates", "long_terms", "excludes", "exposures", "other")

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


def test_a_common_preparation_leaves_the_topics_regexes_to_the_pages_that_need_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not ``complete`` (workers that are never replaced): what every page reads is built
    before the fork, a topic's trigger and exclusion regexes only on a page whose title
    may name the topic, and the findings are those of a complete preparation."""
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.iterdir())]
    texts.append(("sepsis.md", _PAGE))
    aboutness.topic_finder.cache_clear()
    complete = Linter(Options(today=TODAY))
    complete.prepare_workers()
    expected = [complete.lint_text(path, text) for path, text in texts]
    aboutness.topic_finder.cache_clear()
    linter = Linter(Options(today=TODAY))
    linter.prepare_workers(complete=False)
    finder = aboutness.topic_finder("topics")
    common = ("senses", "trigger_gates", "trigger_index", "long_terms", "exposures")
    assert all(name in vars(finder) for name in common)
    assert not any(name in vars(finder) for name in ("triggers", "excludes", "other"))
    compiled: list[tuple[str, ...]] = []
    original = aboutness.pattern_regex

    def counted(patterns: tuple[str, ...]) -> object:
        compiled.append(patterns)
        return original(patterns)

    monkeypatch.setattr(aboutness, "pattern_regex", counted)
    assert [linter.lint_text(path, text) for path, text in texts] == expected
    assert 0 < len(compiled) < len(finder.topics)  # sepsis's, not every topic's


def test_workers_that_will_be_replaced_inherit_everything() -> None:
    """lint_paths prepares completely only when its workers will be replaced (more than
    one pool), so that no replacement compiles the topics' regexes again."""
    paths = [f"file-{i}" for i in range(40)]
    worker = (Linter, Options(today=TODAY), ())
    for per_worker, complete in ((20, False), (19, True)):
        runner = _Recorder()
        results = running.lint_paths(runner, paths, 2, worker, files_per_worker=per_worker)
        assert len(list(results)) == 40
        assert runner.complete == [complete]


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


class _Recorder:
    """A RunsFiles that lints nothing and records how it was prepared."""

    def __init__(self) -> None:
        self.complete: list[bool] = []

    def lint_file(self, path: str) -> tuple[FileResult, int]:
        return FileResult(path), 0

    def from_cache(self, path: str, key: str | None = None) -> tuple[FileResult, int] | None:
        return None

    def run_record(self, paths: Sequence[str]) -> None:
        return None

    def ensure_compiled(self) -> None:
        return None

    def prepare_workers(self, paths: Sequence[str] = (), complete: bool = True) -> None:
        self.complete.append(complete)


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


def test_the_collector_is_paused_while_rules_are_built_and_restored_after() -> None:
    """``collector_paused``: off inside (nested too), back as it was after, and left off
    when the embedding program had turned it off."""
    import gc

    assert gc.isenabled()
    with running.collector_paused():
        assert not gc.isenabled()
        with running.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with running.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_forked_run_leaves_the_collector_on_and_nothing_frozen() -> None:
    """lint_paths freezes what prepare_workers built before the collector is back, and
    unfreezes it when the run ends, as its pools do; stopping early unfreezes it too."""
    import gc

    paths = [f"file-{i}" for i in range(40)]
    worker = (Linter, Options(today=TODAY), ())
    assert len(list(running.lint_paths(_Recorder(), paths, 2, worker))) == 40
    assert gc.isenabled() and gc.get_freeze_count() == 0
    results = running.lint_paths(_Recorder(), paths, 2, worker)
    next(results)
    results.close()
    assert gc.isenabled() and gc.get_freeze_count() == 0
