"""Findings carry their edits: one apply path for --fix/--diff (one parse per file), the
same edits in SARIF, rdjson and JSON, and a data-only ``autofix:`` in a pack's rule file."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from medlint import fixes
from medlint.config import Config
from medlint.engine import Linter, Options
from medlint.model import Edit
from medlint.ruleset import RuleFileError, parse_rule

from .conftest import FIXTURES, ROOT, TODAY, cli

CASE = FIXTURES / "rdjson"  # a human-format date (MED001) and no disclaimer (MED101)

PACK_RULE = """\
code: MED802
name: house.miracle-wording
summary: Our house style never calls a treatment a miracle.
severity: warning
kind: forbidden
message: 'house style: "{match}"'
fix: Say what the treatment does instead of calling it a miracle.
rationale: Our editors replace hype with plain wording.
options:
  patterns: ["miracle cure"]
  unless_context: [negated]
autofix:
  replace: "treatment"
  safe: false
examples:
  fail:
    - {name: hype, text: "# Cramps\\n\\nA miracle cure for cramps.\\n"}
  pass:
    - {name: plain, text: "# Cramps\\n\\nA treatment for cramps.\\n"}
"""

SECTION_RULE = """\
code: MED803
name: house.sources-section
summary: Every article ends with a Sources section.
severity: warning
kind: required
fix: Add a Sources section at the end.
rationale: Our readers look for the sources at the end of every article.
options:
  patterns: ["this article draws on"]
autofix:
  append_section: {heading: Sources, text: "This article draws on the sources listed below."}
  safe: true
examples:
  fail:
    - {name: missing, text: "# Cramps\\n\\nCramps are common.\\n"}
  pass:
    - {name: present, text: "# Cramps\\n\\nThis article draws on NHS guidance.\\n"}
"""


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def house_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real git repository with a rule pack and two articles, committed."""
    repo = tmp_path / "site"
    (repo / "house-rules").mkdir(parents=True)
    (repo / "house-rules" / "MED802.yaml").write_text(PACK_RULE, encoding="utf-8")
    (repo / "house-rules" / "MED803.yaml").write_text(SECTION_RULE, encoding="utf-8")
    (repo / ".medlint.toml").write_text(
        'packs = ["house-rules"]\nselect = ["MED802", "MED803"]\n', encoding="utf-8"
    )
    (repo / "cramps.md").write_text(
        "# Leg cramps\n\nStretching is no miracle cure, but it helps.\n"
        "Quinine is a miracle cure, says the advert.\n"
        "Some call it a *miracle* cure.\n",
        encoding="utf-8",
    )
    git(tmp_path, "init", "-q", str(repo))
    git(repo, "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "start")
    monkeypatch.chdir(repo)
    return repo


def test_pack_autofix_safe_applies_and_unsafe_needs_opt_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = house_repo(tmp_path, monkeypatch)
    code, out, err = cli("check", "cramps.md", "--no-cache", "--fix")
    # The safe fix (the Sources section) is applied; the unsafe replacement is not.
    assert "fixed cramps.md" in err
    changed = [
        line
        for line in git(repo, "diff", "-U0", "--", "cramps.md").splitlines()
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert changed == ["+", "+## Sources", "+", "+This article draws on the sources listed below."]
    assert code == 0 and "MED802" in out and "MED803" not in out  # a warning is left
    # --diff --unsafe-fixes shows the replacement and writes nothing.
    before = (repo / "cramps.md").read_text(encoding="utf-8")
    code, out, _ = cli("check", "cramps.md", "--no-cache", "--diff", "--unsafe-fixes")
    assert code == 1  # --diff: 1 when there is something to fix
    assert "-Quinine is a miracle cure, says the advert." in out
    assert "+Quinine is a treatment, says the advert." in out
    assert (repo / "cramps.md").read_text(encoding="utf-8") == before
    # The negated mention is no finding, so it carries no edit and is left alone.
    code, out, err = cli("check", "cramps.md", "--no-cache", "--fix", "--unsafe-fixes")
    text = (repo / "cramps.md").read_text(encoding="utf-8")
    assert "no miracle cure, but it helps" in text
    assert "Quinine is a treatment, says the advert." in text
    # A match across markup is reported but not replaced: the fix would break the emphasis.
    assert "Some call it a *miracle* cure." in text
    assert code == 0 and out.count("MED802") == 1 and ":5:" in out
    # A second run changes nothing.
    code, out, _ = cli("check", "cramps.md", "--no-cache", "--diff", "--unsafe-fixes")
    assert code == 0 and out == ""


def test_an_autofix_text_option_must_name_an_option_of_the_rule() -> None:
    bad = SECTION_RULE.replace(
        'text: "This article draws on the sources listed below."',
        "text_option: sources_wording",
    )
    with pytest.raises(RuleFileError, match=r"MED803.yaml:11: .*no option 'sources_wording'"):
        parse_rule(bad, "house-rules/MED803.yaml")
    with pytest.raises(RuleFileError, match=r"MED803.yaml:\d+: autofix"):
        parse_rule(SECTION_RULE.replace("heading: Sources, ", ""), "house-rules/MED803.yaml")


def test_choose_applies_each_edit_once_and_leaves_overlaps_for_the_next_run() -> None:
    edits = [
        Edit(10, 15, "x"),
        Edit(10, 15, "x"),  # offered by two findings: applied once
        Edit(12, 20, "y"),  # overlaps the first: left for the next run
        Edit(30, 30, "a"),
        Edit(30, 30, "b"),  # two insertions at one place: order unknown, one waits
        Edit(15, 15, "z"),  # right after the first edit: fine
        Edit(40, 45, "unsafe", safe=False),
    ]
    chosen, skipped = fixes.choose(edits)
    assert [(e.start, e.replacement) for e in chosen] == [(10, "x"), (15, "z"), (30, "a")]
    assert skipped == 2
    chosen, skipped = fixes.choose(edits, unsafe=True)
    assert chosen[-1].replacement == "unsafe" and skipped == 2
    text = "".join(chr(ord("a") + i % 26) for i in range(50))
    after = fixes.apply_edits(text, fixes.choose(edits)[0])
    assert after == text[:10] + "x" + "z" + text[15:30] + "a" + text[30:]


def test_fix_parses_each_file_once_and_a_changed_file_once_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixable = tmp_path / "fixable.md"
    clean = tmp_path / "clean.md"
    fixable.write_text("---\ntitle: A\ndateModified: June 3, 2025\n---\n# A\n\nText.\n")
    clean.write_text("---\ntitle: B\ndateModified: 2025-06-03\n---\n# B\n\nText.\n")
    parsed: list[str] = []
    import medlint.parsing

    real_parse = medlint.parsing.parse

    def counting_parse(path: str, text: str) -> object:
        parsed.append(Path(path).name)
        return real_parse(path, text)

    # running imports the parser when a file is linted (a cached run loads none of it).
    monkeypatch.setattr(medlint.parsing, "parse", counting_parse)
    linter = Linter(Options(today=TODAY, select=("MED001",), config=Config()))
    plans: list[fixes.Plan] = []
    result = linter.run([str(fixable), str(clean)], apply=lambda p: plans.append(p) or False)
    assert sorted(parsed) == ["clean.md", "fixable.md"]  # --diff: one parse per file
    assert [p.path for p in plans] == [str(fixable)]
    assert len(result.violations) == 1  # what --diff saw: the date is still there
    parsed.clear()

    def write(plan: fixes.Plan) -> bool:
        return fixes.write_fix(plan, tmp_path) is None

    result = linter.run([str(fixable), str(clean)], apply=write)
    assert sorted(parsed) == ["clean.md", "fixable.md", "fixable.md"]
    assert result.violations == ()  # the report is of the fixed text
    assert "dateModified: 2025-06-03" in fixable.read_text()


def test_suppressed_or_unselected_findings_fix_nothing(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    text = (
        "---\ntitle: A\ndateModified: June 3, 2025\n---\n"
        "<!-- medlint-disable-file MED001 -- our CMS reads this format -->\n# A\n\nText.\n"
    )
    article.write_text(text)
    code, out, _ = cli("check", str(article), "--isolated", "--no-cache", "--diff")
    assert code == 0 and out == ""
    article.write_text(text.replace("<!-- medlint-disable-file MED001 -- ", "<!-- "))
    code, out, _ = cli(
        "check", str(article), "--isolated", "--no-cache", "--diff", "--select", "MED106"
    )
    assert code == 0 and out == ""  # MED106 reports nothing here, so it fixes nothing


def test_a_cached_result_still_carries_its_edits(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: A\ndateModified: June 3, 2025\n---\n# A\n\nText.\n")
    cache = str(tmp_path / "cache")
    args = ("check", str(article), "--isolated", "--select", "MED001", "--cache-dir", cache)
    assert cli(*args)[0] == 1
    assert list((tmp_path / "cache").rglob("*.json"))  # the entry the --fix run reads
    code, _, err = cli(*args, "--fix")
    assert "fixed" in err and code == 0
    assert "dateModified: 2025-06-03" in article.read_text()


def _sarif_schema() -> dict[str, object]:
    path = ROOT.parent / "shared" / "reference" / "sarif-schema-2.1.0.json"
    if not path.exists():
        path = FIXTURES / "reference" / "sarif-schema-2.1.0.json"
    schema: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def _column_offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[: line - 1]) + column - 1


def test_sarif_and_json_carry_the_edits_fix_applies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(CASE, tmp_path / "case")
    monkeypatch.chdir(tmp_path / "case")
    args = ("check", "leg-cramps.md", "--today", "2026-11-21", "--no-cache")
    code, out, _ = cli(*args, "-f", "sarif")
    assert code == 1
    sarif = json.loads(out)
    jsonschema.Draft4Validator(_sarif_schema()).validate(sarif)
    text = (tmp_path / "case" / "leg-cramps.md").read_text(encoding="utf-8")
    replacements = []
    for result in sarif["runs"][0]["results"]:
        for fix in result.get("fixes", []):
            assert fix["properties"] == {"safe": True}
            (change,) = fix["artifactChanges"]
            assert change["artifactLocation"]["uri"].endswith("leg-cramps.md")
            for r in change["replacements"]:
                region = r["deletedRegion"]
                start = _column_offset(text, region["startLine"], region["startColumn"])
                end = _column_offset(text, region["endLine"], region["endColumn"])
                replacements.append((start, end, r["insertedContent"]["text"], result["ruleId"]))
    assert {rule for *_, rule in replacements} == {"MED001", "MED101"}
    code, out, _ = cli(*args, "-f", "json")
    edits = [
        (e["line"], e["column"], e["replacement"])
        for f in json.loads(out)["files"]
        for v in f["violations"]
        for e in v["edits"]
    ]
    assert (3, 15, "2025-06-03") in edits and len(edits) == len(replacements)
    for start, end, inserted, _ in sorted(replacements, reverse=True):
        text = text[:start] + inserted + text[end:]
    cli(*args, "--fix")
    assert text == (tmp_path / "case" / "leg-cramps.md").read_text(encoding="utf-8")
