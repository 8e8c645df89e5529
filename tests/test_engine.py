"""Engine behaviour: rule crashes, rule data validation, selection, safety of rule files."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from medlint import cli, kinds
from medlint.engine import Linter, Options
from medlint.model import Finding
from medlint.ruleset import RuleFileError, load_builtin_specs, parse_rule

from .conftest import EXAMPLES, TODAY

RULE = """\
code: MED777
name: test.rule
summary: A rule used by the tests.
severity: warning
kind: required
fix: Do the thing the test wants.
rationale: This rule exists only inside the test suite.
options:
  patterns: ["leg cramps"]
examples:
  fail:
    - name: f
      text: "nothing"
  pass:
    - name: p
      text: "leg cramps"
"""


def test_rule_file_errors_name_file_line_and_key() -> None:
    broken = RULE.replace("severity: warning", "severity: fatal")
    with pytest.raises(RuleFileError) as info:
        parse_rule(broken, "rules/test/MED777.yaml")
    assert str(info.value).startswith("rules/test/MED777.yaml:4: severity: 'fatal' is not one of")


def test_rule_file_yaml_syntax_error() -> None:
    with pytest.raises(RuleFileError, match=r"rules/x.yaml:\d+: not valid YAML"):
        parse_rule("code: [MED777\n", "rules/x.yaml")


def test_python_checks_must_live_in_medlint() -> None:
    spec = dataclasses.replace(
        parse_rule(RULE, "rules/test/MED777.yaml"), kind="python", check="os:system"
    )
    with pytest.raises(RuleFileError, match=r"must name a class in medlint\.checks"):
        kinds.build(spec)


def test_bad_pattern_fails_up_front_naming_the_file() -> None:
    spec = parse_rule(RULE.replace('["leg cramps"]', '["{leg|calf cramps"]'), "rules/t.yaml")
    linter = Linter(Options(today=TODAY), [*load_builtin_specs(), spec])
    # Compiled before the first file that needs NLP: the run stops, naming the file.
    with pytest.raises(RuleFileError, match=r"rules/t\.yaml: unclosed '\{' in"):
        linter.run([str(EXAMPLES / "leg-cramps-good.md")])


class _Crashing:
    needs_nlp = False
    OPTIONS_SCHEMA = kinds.RequiredRule.OPTIONS_SCHEMA  # stands in for the required kind

    def __init__(self, spec: object) -> None:
        self.spec = spec

    def register(self, bank: object) -> None:
        return None

    def check(self, ctx: kinds.Context) -> Iterator[Finding]:
        raise ZeroDivisionError("boom")


def test_a_crashing_rule_is_reported_and_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(kinds.KINDS, "required", _Crashing)
    linter = Linter(Options(today=TODAY, select=("MED101", "MED105", "MED902")))
    result, crashes = linter.lint_file(str(EXAMPLES / "back-pain-stale.txt"))
    assert crashes == 1
    assert [v.code for v in result.violations] == ["MED902"]
    assert "rule MED101 (safety.disclaimer-missing) crashed: ZeroDivisionError: boom" in (
        result.violations[0].message
    )
    run = CliRunner().invoke(
        cli.main, ["check", str(EXAMPLES), "--select", "MED101,MED902", "--no-cache"]
    )
    assert run.exit_code == 3
    assert "internal error" in run.stdout


def test_audience_limits_rules(linter: Linter) -> None:
    text = "---\ntitle: T\naudience: professional\n---\nNothing here.\n"
    result, _ = linter.lint_text("a.md", text)
    assert "MED110" not in {v.code for v in result.violations}  # consult prompt: consumers only
    result, _ = linter.lint_text("a.md", text.replace("professional", "consumer"))
    assert "MED110" in {v.code for v in result.violations}


def test_every_shipped_rule_is_documented_and_unique() -> None:
    specs = load_builtin_specs()
    assert len({s.code for s in specs}) == len(specs)
    assert len({s.name for s in specs}) == len(specs)
    for spec in specs:
        assert spec.source == f"rules/core/{Path(spec.source).name}"
        assert Path(spec.source).name.startswith(spec.code)
        assert spec.rationale and spec.fix


def test_red_flag_knowledge_base_covers_the_required_topics() -> None:
    from medlint.checks.knowledge import load_topics

    topics = load_topics()
    ids = {t.id for t in topics}
    assert len(ids) >= 150  # issue 12: at least 150 topics
    assert {
        "chest-pain", "heart-attack", "stroke-tia", "sudden-severe-headache", "sepsis",
        "meningitis", "anaphylaxis", "asthma", "seizures", "head-injury", "suicide-self-harm",
        "leg-swelling-dvt", "pulmonary-embolism", "back-pain", "abdominal-pain", "leg-cramps",
    } <= ids  # fmt: skip
    for topic in topics:
        assert topic.conditions and all(c.signs and c.sources for c in topic.conditions)


def test_pattern_language() -> None:
    import spacy

    from medlint.patterns import PatternError, compile_pattern

    tokenizer = spacy.blank("en").tokenizer
    assert compile_pattern("see a doctor", tokenizer)[0].phrase == "see a doctor"
    variants = compile_pattern("{cure|cures} {it}? {for good|forever}", tokenizer)
    # Small patterns are enumerated into phrases for the fast PhraseMatcher.
    assert sorted(" ".join(v.words) for v in variants) == sorted(
        f"{verb}{obj} {end}"
        for verb in ("cure", "cures")
        for obj in (" it", "")
        for end in ("forever", "for good")
    )
    large = compile_pattern("{a|b|c|d|e|f|g|h} {a|b|c|d|e|f|g|h} {x|y}", tokenizer)
    assert large[0].tokens[0] == {"LOWER": {"IN": list("abcdefgh")}} and not large[0].words
    assert compile_pattern("{do} n't", tokenizer)[0].words == ("do", "n't")
    assert {v.words for v in compile_pattern("{do} n't", tokenizer)} == {
        ("do", "n't"),
        ("do", "nt"),
    }
    with pytest.raises(PatternError, match="every part is optional"):
        compile_pattern("{a|the}? {your}?", tokenizer)
