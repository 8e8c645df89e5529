"""Rule policy owned by rule files: options fed from the configuration (``from_config``),
the engine's diagnostics by identity (``diagnostic:``), the audit's staleness threshold."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from medlint.config import Config
from medlint.diagnostics import Diagnostic, Diagnostics
from medlint.engine import Linter, Options
from medlint.ruleset import RuleFileError, load_builtin_specs, parse_rule

from .conftest import TODAY

WORDING = "This article is for information only and is not a substitute for medical advice."


def linter(config: Config, *rule_options: tuple[str, str, object]) -> Linter:
    return Linter(Options(today=TODAY, config=config, rule_options=rule_options))


def option(linter: Linter, name: str, key: str) -> object:
    (spec,) = [s for s in linter.all_specs if s.name == name]
    return spec.options[key]


def test_organisation_settings_feed_the_options_rule_files_declare() -> None:
    org = Config(
        organization={
            "disclaimers": [WORDING],
            "approved-review-statuses": ["published"],
            "required-fields": ["reviewedBy"],
        }
    )
    fed = linter(org)
    assert option(fed, "safety.disclaimer-missing", "approved_wording") == [WORDING]
    assert option(fed, "review.not-approved", "approved") == ["published"]
    assert option(fed, "review.reviewer-missing", "approved") == ["published"]
    assert option(fed, "metadata.front-matter-schema", "required_fields") == ["reviewedBy"]
    plain = linter(Config())
    assert option(plain, "review.not-approved", "approved") == ["approved", "published"]


def test_an_option_set_for_the_rule_wins_over_the_organisation_setting() -> None:
    both = Config(
        organization={"approved-review-statuses": ["published"]},
        rules={"review.not-approved": {"approved": ["final"]}},
    )
    assert option(linter(both), "review.not-approved", "approved") == ["final"]
    assert option(linter(both), "review.reviewer-missing", "approved") == ["published"]
    given = linter(both, ("review.not-approved", "approved", ["signed-off"]))
    assert option(given, "review.not-approved", "approved") == ["signed-off"]


def rule_file(code: str, extra: str) -> str:
    return (
        f"code: {code}\nname: house.rule\nsummary: A house rule.\nseverity: warning\n"
        "kind: python\ncheck: medlint.checks.review:ReviewNotApproved\n"
        "fix: Give the article a date it was last updated.\n"
        "rationale: The house style asks for dated articles, as readers do.\n"
        "examples:\n  fail:\n    - {name: x, text: x}\n  pass:\n    - {name: y, text: y}\n" + extra
    )


def test_from_config_must_name_a_configuration_section_medlint_knows() -> None:
    spec = parse_rule(
        rule_file("MED801", "options:\n  approved: []\nfrom_config:\n  approved: house.statuses\n"),
        "house/MED801.yaml",
    )
    with pytest.raises(
        RuleFileError,
        match=r"house/MED801.yaml:\d+: from_config.approved: .house.statuses. is not a config",
    ):
        Linter(Options(today=TODAY), (*load_builtin_specs(), spec))


def test_from_config_keys_are_dotted_configuration_keys() -> None:
    with pytest.raises(RuleFileError, match="from_config"):
        parse_rule(rule_file("MED801", "from_config:\n  approved: disclaimers\n"), "h.yaml")


def test_every_diagnostic_is_documented_by_exactly_one_engine_rule() -> None:
    specs = load_builtin_specs()
    codes = Diagnostics.of(specs).codes
    assert set(codes) == set(Diagnostic)
    engine = [s for s in specs if s.kind == "engine"]
    assert sorted(codes.values()) == sorted(s.code for s in engine)
    crash = next(s for s in engine if s.diagnostic == Diagnostic.CRASH)
    with pytest.raises(RuleFileError, match=r"no rule file of kind engine documents .*crash"):
        Diagnostics.of([s for s in specs if s is not crash])
    twice = dataclasses.replace(crash, code="MED999", source="house/MED999.yaml")
    with pytest.raises(RuleFileError, match=r"house/MED999\.yaml: diagnostic 'crash' is already"):
        Diagnostics.of([*specs, twice])


def test_an_engine_rule_file_must_say_which_diagnostic_it_documents() -> None:
    text = (Path(__file__).parent.parent / "rules/core/MED902-internal-error.yaml").read_text()
    parse_rule(text, "MED902.yaml")
    with pytest.raises(RuleFileError, match="diagnostic"):
        parse_rule(text.replace("diagnostic: crash\n", ""), "MED902.yaml")
    with pytest.raises(RuleFileError, match="diagnostic"):
        parse_rule(rule_file("MED801", "diagnostic: crash\n"), "house/MED801.yaml")


def test_the_audit_threshold_comes_from_the_staleness_rule_selected_or_not() -> None:
    assert linter(Config()).stale_after_months() == 36
    shorter = linter(Config(), ("dates.update-date-stale", "max_age_months", 24))
    assert shorter.stale_after_months() == 24
    unselected = Linter(
        Options(today=TODAY, select=("MED105",), rule_options=(("MED108", "max_age_months", 12),))
    )
    assert unselected.stale_after_months() == 12
