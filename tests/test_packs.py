"""Custom rule packs: a team's own rule files, and packs installed as plugins; no rule
or configuration in a linted repository can run code."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from medlint import ruleset
from medlint.ruleset import RuleFileError, safe_regex

from .conftest import cli

HOUSE_RULE = """\
code: MED801
name: house.editorial-board
summary: Articles name the editorial board that reviewed them.
severity: warning
kind: required
fix: Add "Reviewed by the Example Health editorial board".
rationale: Our house style credits the board on every article.
options:
  patterns: ["reviewed by the example health editorial board"]
  headings: ['^about this article$']
examples:
  fail:
    - {name: missing, text: "# Leg cramps\\n\\nCramps are common.\\n"}
  pass:
    - {name: present, text: "# Leg cramps\\n\\nReviewed by the Example Health editorial board.\\n"}
"""


def project(tmp_path: Path, rule: str) -> Path:
    (tmp_path / "house-rules").mkdir()
    (tmp_path / "house-rules" / "MED801.yaml").write_text(rule)
    (tmp_path / ".medlint.toml").write_text('packs = ["house-rules"]\nselect = ["MED801"]\n')
    (tmp_path / "a.md").write_text("# Leg cramps\n\nCramps are common.\n")
    return tmp_path


def test_a_team_pack_runs_like_a_builtin_rule(tmp_path: Path) -> None:
    root = project(tmp_path, HOUSE_RULE)
    code, out, _ = cli("check", str(root / "a.md"), "-f", "json")
    assert code == 0  # a warning
    assert [v["code"] for f in json.loads(out)["files"] for v in f["violations"]] == ["MED801"]


def test_pack_errors_name_file_line_and_key(tmp_path: Path) -> None:
    root = project(tmp_path, HOUSE_RULE.replace("severity: warning", "severity: loud"))
    code, _, err = cli("check", str(root / "a.md"))
    assert code == 2
    assert "house-rules/MED801.yaml:4: severity: 'loud' is not one of" in err


def test_pack_codes_cannot_shadow_builtin_rules(tmp_path: Path) -> None:
    root = project(tmp_path, HOUSE_RULE.replace("MED801", "MED101"))
    code, _, err = cli("check", str(root / "a.md"))
    assert code == 2 and "MED101 is already used by rules/core/MED101" in err


def test_a_pack_in_the_linted_repo_cannot_run_code(tmp_path: Path) -> None:
    evil = HOUSE_RULE.replace("kind: required", "kind: python\ncheck: medlint.checks.os:system")
    root = project(tmp_path, evil.replace("medlint.checks.os:system", "os:system"))
    code, _, err = cli("check", str(root / "a.md"))
    assert code == 2
    assert "must name a class in medlint.checks" in err


def test_user_regexes_run_in_linear_time(tmp_path: Path) -> None:
    """Patterns that backtrack exponentially in Python's re (and passed the old
    nested-quantifier guard) are compiled with RE2, which matches in linear time."""
    for pattern in ("((a+))+$", r"(\w+\s?)+$", "^(a+)+$"):
        started = time.perf_counter()
        assert safe_regex(pattern, "x").search("a" * 50_000 + "!") is None
        assert time.perf_counter() - started < 5, pattern  # Python's re: hours
    with pytest.raises(RuleFileError, match="invalid regex"):
        safe_regex("(unclosed", "x")
    with pytest.raises(RuleFileError, match="invalid regex"):
        safe_regex("(?<=a)b", "x")  # look-behind: not in RE2
    assert safe_regex(r"\bwhen\b.*\b(see|call)\b", "x").search("When to see a GP")
    # The real CLI with a pack whose heading regex is pathological, on a long heading.
    root = project(tmp_path, HOUSE_RULE.replace("'^about this article$'", "'(\\w+\\s?)+$'"))
    (root / "a.md").write_text("# " + "word " * 20_000 + "!\n\nText.\n", encoding="utf-8")
    code, out, err = cli("check", "--no-cache", str(root / "a.md"))
    assert code == 0 and "MED801" in out and "Traceback" not in err, err


def _install_plugin(site: Path, rule: str) -> None:
    """A real distribution with a ``medlint.packs`` entry point, in a folder on sys.path."""
    package = site / "acme_rules"
    (package / "rules").mkdir(parents=True)
    (package / "__init__.py").write_text(
        "from pathlib import Path\n\ndef folder():\n    return Path(__file__).parent / 'rules'\n"
    )
    (package / "rules" / "MED802.yaml").write_text(rule)
    info = site / "acme_rules-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-rules\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[medlint.packs]\nacme = acme_rules:folder\n")


def test_installed_plugin_packs_are_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rule = HOUSE_RULE.replace("MED801", "MED802").replace(
        "house.editorial-board", "acme.editorial-board"
    )
    _install_plugin(tmp_path / "site", rule)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    specs = ruleset.plugin_packs()
    assert [s.code for s in specs] == ["MED802"]
    assert specs[0].check_prefixes == ("medlint.checks.", "acme_rules.")
    # The same distribution found inside the linted project is not "installed": ignored.
    assert ruleset.plugin_packs(untrusted=(tmp_path,)) == []
    (tmp_path / "a.md").write_text("# Cramps\n")
    code, out, _ = cli("check", str(tmp_path / "a.md"), "--isolated", "--select", "MED802")
    assert "MED802" in out and code == 0


ACME_RULE = HOUSE_RULE.replace("MED801", "ACME101").replace("house.", "acme.")


def prefixed_pack(root: Path, folder: str, prefix: str | None, rule: str = ACME_RULE) -> None:
    (root / folder).mkdir(parents=True)
    if prefix is not None:
        (root / folder / "pack.yaml").write_text(f"prefix: {prefix}\ndescription: {folder}\n")
    (root / folder / "rule.yaml").write_text(rule)


def test_a_pack_declares_its_own_code_prefix(tmp_path: Path) -> None:
    prefixed_pack(tmp_path, "acme", "ACME")
    (tmp_path / ".medlint.toml").write_text('packs = ["acme"]\n')
    (tmp_path / "a.md").write_text("# Leg cramps\n\nCramps are common.\n")
    for selector in ("ACME1", "ACME", "ACME101", "acme.*"):
        code, out, err = cli("check", "--no-cache", "--select", selector, str(tmp_path / "a.md"))
        assert code == 0, err  # a warning
        assert "ACME101 [warning]" in out, selector
    code, out, _ = cli("check", "--no-cache", "--ignore", "ACME", str(tmp_path / "a.md"))
    assert "ACME101" not in out
    (tmp_path / "a.md").write_text(
        "# Leg cramps\n\n<!-- medlint-disable-file ACME101 -- credited in print -->\n\nText.\n"
    )
    code, out, _ = cli("check", "--no-cache", "--select", "ACME", str(tmp_path / "a.md"))
    assert code == 0 and "ACME101" not in out


def test_codes_must_use_the_packs_prefix(tmp_path: Path) -> None:
    prefixed_pack(tmp_path, "acme", "ACME", HOUSE_RULE)  # MED801 in an ACME pack
    (tmp_path / ".medlint.toml").write_text('packs = ["acme"]\n')
    (tmp_path / "a.md").write_text("# Leg cramps\n")
    code, _, err = cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert code == 2
    assert (
        f"{tmp_path / 'acme'}/rule.yaml:1: code: MED801 does not use the pack's prefix ACME "
        f"(declared in {tmp_path / 'acme'}/pack.yaml)"
    ) in err


def test_a_pack_without_pack_yaml_uses_med_codes(tmp_path: Path) -> None:
    prefixed_pack(tmp_path, "acme", None)
    (tmp_path / ".medlint.toml").write_text('packs = ["acme"]\n')
    (tmp_path / "a.md").write_text("# Leg cramps\n")
    code, _, err = cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert code == 2
    assert "rule.yaml:1: code: ACME101: a pack without a pack.yaml uses MED codes" in err
    assert f"declare their prefix in {tmp_path / 'acme'}/pack.yaml (prefix: ACME)" in err


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "ACME",
            "ACME",
            "{b}/pack.yaml: prefix ACME collides with the prefix ACME of {a}/pack.yaml",
        ),
        ("ACME", "ACMEX", "{b}/pack.yaml: prefix ACMEX collides with the prefix ACME of {a}/pack"),
        ("ACME", "MED", "{b}/pack.yaml: prefix MED collides with the prefix MED of rules/core"),
        ("ACME", "ME", "{b}/pack.yaml: prefix ME collides with the prefix MED of rules/core"),
    ],
)
def test_prefix_collisions_name_both_files(
    tmp_path: Path, first: str, second: str, expected: str
) -> None:
    prefixed_pack(tmp_path, "a", first)
    other = ACME_RULE.replace("ACME101", f"{second}802").replace("acme.", "other.")
    prefixed_pack(tmp_path, "b", second, other)
    (tmp_path / ".medlint.toml").write_text('packs = ["a", "b"]\n')
    (tmp_path / "a.md").write_text("# Leg cramps\n")
    code, _, err = cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert code == 2
    assert expected.format(a=tmp_path / "a", b=tmp_path / "b") in err


def test_pack_yaml_errors_name_file_line_and_key(tmp_path: Path) -> None:
    prefixed_pack(tmp_path, "acme", "acme")
    (tmp_path / ".medlint.toml").write_text('packs = ["acme"]\n')
    (tmp_path / "a.md").write_text("# Leg cramps\n")
    code, _, err = cli("check", "--no-cache", str(tmp_path / "a.md"))
    assert code == 2
    assert f"{tmp_path / 'acme'}/pack.yaml:1: prefix: 'acme' does not match" in err
