"""Typed rule options: every kind and python check declares a schema; rule files, the
configuration and --rule-option are checked against it, naming file, line and key."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from medlint import kinds, optionschema, ruleoptions, ruleset, ruletests
from medlint.engine import Linter, Options
from medlint.ruleset import RuleFileError, RuleSpec, load_builtin_specs, parse_rule

from .conftest import ROOT, TODAY, cli
from .test_packs import HOUSE_RULE

CLAIM_RULE = """\
code: MED802
name: house.miracle
summary: No miracle claims in our articles.
severity: error
kind: forbidden
fix: Remove the claim.
rationale: Our editorial policy forbids miracle claims of any kind.
options:
  patterns: ["miracle {cure|remedy}"]
  unless_context: [negated]
  skip_headings: true
examples:
  fail:
    - {name: claim, text: "# Cramps\\n\\nThis is a miracle cure for cramps.\\n"}
  pass:
    - {name: negated, text: "# Cramps\\n\\nThere is no miracle cure for cramps.\\n"}
"""


def pack(tmp_path: Path, rule: str, config: str = "") -> Path:
    (tmp_path / "house-rules").mkdir()
    (tmp_path / "house-rules" / "MED802.yaml").write_text(rule)
    (tmp_path / ".medlint.toml").write_text('packs = ["house-rules"]\n' + config)
    (tmp_path / "a.md").write_text("# Cramps\n\nThis is a miracle cure for cramps.\n")
    return tmp_path


def test_every_builtin_rule_file_fits_its_schema() -> None:
    specs = load_builtin_specs()
    ruleoptions.check_specs(specs)  # raises on the first problem
    # every kind a rule file names is one medlint has (no built-in rule is of kind
    # forbidden any more: MED111 and MED2xx are python checks built on it)
    assert {s.kind for s in specs} <= {*kinds.KINDS, "python"}


def all_schemas() -> list[tuple[str, optionschema.Schema]]:
    """The schema of every kind and python check the built-in rules use, as declared."""
    owners = {s.check: kinds.resolve_check(s) for s in load_builtin_specs() if s.check}
    # Not kinds.options_schema: that stands in a permissive schema for a class without one.
    found = {name: owner.OPTIONS_SCHEMA for name, owner in {**owners, **kinds.KINDS}.items()}
    return sorted(found.items())


@pytest.mark.parametrize(("owner", "schema"), all_schemas())
def test_declared_schemas_are_valid_and_defaults_fit_them(
    owner: str, schema: optionschema.Schema
) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False, owner
    defaults = optionschema.values({}, schema)
    assert list(optionschema.problems(schema, defaults, owner)) == []
    for name, prop in schema["properties"].items():
        assert len(prop.get("description", "")) >= 10, f"{owner}: {name} needs a description"


@pytest.mark.parametrize(
    ("old", "new", "line", "expected"),
    [
        (
            "unless_context: [negated]",
            "unless_context: [negation]",
            10,
            "options.unless_context.0: unknown context category 'negation'; did you mean "
            "'negated'? (categories: negated, discouraged, hypothetical, possible, historical, "
            "family, reported, debunking, endorsed)",
        ),
        (
            "skip_headings: true",
            "skip_heading: true",
            11,
            "options.skip_heading: MED802 has no option 'skip_heading'; did you mean "
            "'skip_headings'?",
        ),
        (
            "skip_headings: true",
            "skip_headings: true\n  lexicon: cure-claims",
            12,
            "options.lexicon: unknown lexicon 'cure-claims'; did you mean 'cure-claim'?",
        ),
        (
            "skip_headings: true",
            "near_sentences: one",
            11,
            "options.near_sentences: 'one' is not of type 'integer'",
        ),
        (
            "skip_headings: true",
            "groups:\n    - {patterns: [quack], when: [negatd]}",
            12,
            "options.groups.0.when.0: unknown context category 'negatd'",
        ),
    ],
)
def test_pack_rule_option_errors_name_file_line_and_key(
    tmp_path: Path, old: str, new: str, line: int, expected: str
) -> None:
    root = pack(tmp_path, CLAIM_RULE.replace(old, new))
    code, out, err = cli("check", "--no-cache", str(root / "a.md"))
    assert code == 2, out
    assert f"house-rules/MED802.yaml:{line}: {expected}" in err
    assert "Traceback" not in err


def test_a_valid_pack_rule_runs_with_its_options(tmp_path: Path) -> None:
    root = pack(tmp_path, CLAIM_RULE, 'select = ["MED802"]\n')
    code, out, _ = cli("check", "--no-cache", str(root / "a.md"))
    assert code == 1 and "MED802" in out


def test_rules_table_in_pyproject_names_file_line_and_key(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n\n[tool.medlint]\nselect = ['MED201']\n\n"
        "[tool.medlint.rules.MED201]\nseverity = 'warning'\nunless_context = ['negation']\n"
        "\n[tool.medlint.rules]\nMED111 = {skip_heading = true}\n"
    )
    (tmp_path / "a.md").write_text("# Cramps\n\nText.\n")
    code, _, err = cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert code == 2
    config = tmp_path / "pyproject.toml"
    assert (
        f"{config}:9: [tool.medlint] rules.MED201.unless_context.0: unknown context category "
        "'negation'; did you mean 'negated'?"
    ) in err
    # Keys inside an inline table are not located: the line of the table's key is named.
    assert (
        f"{config}:12: [tool.medlint] rules.MED111.skip_heading: MED111 has no option "
        "'skip_heading'; did you mean 'skip_headings'?"
    ) in err
    assert "--rule-option" not in err


def test_rules_table_in_yaml_configuration(tmp_path: Path) -> None:
    config = tmp_path / ".medlint.yaml"
    config.write_text("select: [MED301]\nrules:\n  MED301:\n    near_sentences: -1\n")
    (tmp_path / "a.md").write_text("# Cramps\n\nText.\n")
    code, _, err = cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert code == 2
    assert f"{config}:4: rules.MED301.near_sentences: -1 is less than the minimum of 0" in err


def test_rule_option_on_the_command_line_names_the_option(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Cramps\n\nThis is a miracle cure.\n")
    args = ("check", "--isolated", "--no-cache", "--select", "MED201", str(tmp_path / "a.md"))
    code, _, err = cli(*args, "--rule-option", "MED201.unless_context=[negated, hypotheticals]")
    assert code == 2
    assert (
        "--rule-option MED201.unless_context.1: unknown context category 'hypotheticals'; "
        "did you mean 'hypothetical'?"
    ) in err
    code, _, err = cli(*args, "--rule-option", "claims.cure-claim.lexicon=nope")
    assert code == 2 and "--rule-option claims.cure-claim.lexicon: unknown lexicon 'nope'" in err
    # An option the rule file does not set, but its kind declares, can be set.
    code, out, _ = cli(*args, "--rule-option", "MED201.unless_sentence=[question]")
    assert code == 1 and "MED201" in out


def test_from_config_must_name_a_declared_option_and_a_configuration_key() -> None:
    def rule(entry: str, source: str) -> RuleSpec:
        text = HOUSE_RULE.replace("options:\n", f"from_config:\n  {entry}\noptions:\n")
        return parse_rule(text, source)

    good = rule("approved_wording: organization.disclaimers", "p/a.yaml")
    ruleoptions.check_specs([good])
    assert good.from_config == (("approved_wording", "organization.disclaimers"),)
    wrong_option = rule("wording: organization.disclaimers", "p/b.yaml")
    with pytest.raises(RuleFileError, match=r"p/b\.yaml:9: from_config\.wording: MED801 has no"):
        ruleoptions.check_specs([wrong_option])
    wrong_key = rule("approved_wording: organization.wordings", "p/c.yaml")
    with pytest.raises(RuleFileError, match=r"'organization\.wordings' is not a configuration key"):
        ruleoptions.check_specs([wrong_key])


def test_defaults_live_in_the_schema() -> None:
    spec = next(s for s in load_builtin_specs() if s.code == "MED108")
    schema = kinds.options_schema(spec)
    assert optionschema.values({}, schema) == {"max_age_months": 36}
    assert optionschema.values({"max_age_months": 12}, schema) == {"max_age_months": 12}


def test_example_options_are_checked_and_named_by_line() -> None:
    rule = CLAIM_RULE.replace(
        '- {name: claim, text: "',
        '- {name: claim, options: {skip_heading: false}, text: "',
    )
    spec = parse_rule(rule, "p/claim.yaml")
    assert spec.examples[0].options == {"skip_heading": False}
    with pytest.raises(RuleFileError) as caught:
        ruleoptions.check_specs([spec])
    assert str(caught.value).startswith(
        "p/claim.yaml:14: examples.fail.0.options.skip_heading: MED802 has no option "
        "'skip_heading'; did you mean 'skip_headings'?"
    )


def test_an_example_with_options_fails_only_with_them() -> None:
    """MED108's yearly example is 19 months old: stale at 12 months, fine at the default 36."""
    spec = next(s for s in load_builtin_specs() if s.code == "MED108")
    example = next(e for e in spec.examples if e.options)
    assert example.options == {"max_age_months": 12} and not example.passes
    text = example.text
    assert example.today is not None
    default = Linter(Options(today=example.today, select=("MED108",)))
    assert default.lint_text("a.md", text)[0].violations == ()
    yearly = Linter(
        Options(
            today=example.today,
            select=("MED108",),
            rule_options=(("MED108", "max_age_months", 12),),
        )
    )
    assert [v.code for v in yearly.lint_text("a.md", text)[0].violations] == ["MED108"]


def test_the_documented_rule_template_is_a_working_rule(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    template = doc.split("### Template", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    folder = tmp_path / "acme"
    folder.mkdir()
    (folder / "pack.yaml").write_text("prefix: ACME\n")
    (folder / "ACME201.yaml").write_text(template)
    specs = ruleset.load_pack(folder, "acme")
    assert [s.code for s in specs] == ["ACME201"]
    # Only the new rule selected, as `medlint rules --test --select ACME201` would.
    linter = Linter(Options(today=TODAY, select=("ACME201",)), [*load_builtin_specs(), *specs])
    assert {e.passes for e in specs[0].examples} == {True, False}
    for i, example in enumerate(specs[0].examples):
        (tmp_path / str(i)).mkdir()
        assert ruletests.example_problem(linter, specs[0], example, tmp_path / str(i)) is None


def test_rules_test_runs_a_packs_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`medlint rules --test` runs the examples of the configuration's packs: a wrong
    expectation fails with the file, line, rule and example named."""
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    template = doc.split("### Template", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "acme").mkdir()
    (tmp_path / "acme" / "pack.yaml").write_text("prefix: ACME\n")
    (tmp_path / "acme" / "ACME201.yaml").write_text(template)
    (tmp_path / ".medlint.toml").write_text('packs = ["acme"]\n')
    monkeypatch.chdir(tmp_path)
    code, out, err = cli("rules", "--test", "--select", "ACME")
    assert (code, out) == (0, "3 examples of 1 rules, 0 failed\n"), err
    wrong = template.replace('message: "miracle cure"', 'message: "wonder drug"')
    (tmp_path / "acme" / "ACME201.yaml").write_text(wrong)
    code, out, _ = cli("rules", "--test", "--select", "ACME2")
    assert code == 1
    line = wrong.splitlines().index("    - name: claim") + 1  # where the example begins
    assert out.startswith(
        f"{tmp_path / 'acme'}/ACME201.yaml:{line}: ACME201 fail example 'claim': no message "
        "contains 'wonder drug'"
    )
    assert out.endswith("3 examples of 1 rules, 1 failed\n")
    code, _, err = cli("rules", "--test", "--select", "NOPE")
    assert code == 2 and "matches no rule" in err
