"""Machine formats are contracts: golden files, and validation against the real schemas
(SARIF 2.1.0 JSON Schema, the JUnit XSD) and real consumer libraries."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

from medlint.engine import Linter, Options
from medlint.reporters import REPORTERS, RenderOptions
from medlint.reporters.common import fingerprints
from medlint.reporters.github import escape_data, escape_property

from .conftest import FIXTURES, ROOT, SHARED, TODAY, cli

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("MEDLINT_UPDATE_GOLDEN") == "1"
REFERENCE = FIXTURES / "reference"


def check_output(fmt: str, *extra: str) -> str:
    code, out, err = cli("check", "examples", "--today", "2026-11-21", "-f", fmt, *extra)
    assert code == 1, out + err
    return out


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)


def normalise(text: str) -> str:
    """Run-specific values (clock, host, duration) are not part of the golden contract."""
    text = re.sub(r'timestamp="[^"]+"', 'timestamp="T"', text)
    text = re.sub(r'hostname="[^"]+"', 'hostname="H"', text)
    # Where the checkout lies (SARIF's %SRCROOT%); the paths below it are compared.
    text = re.sub(r'("%SRCROOT%": \{\s*"uri": )"file://[^"]*"', r'\1"file:///REPOSITORY/"', text)
    return re.sub(r'(<testsuite [^>]*)time="[0-9.]+"', r'\1time="0"', text)


@pytest.mark.parametrize(
    "fmt",
    ["concise", "grouped", "json-lines", "sarif", "junit", "github", "gitlab", "checkstyle"],
)
def test_golden(fmt: str) -> None:
    actual = normalise(check_output(fmt))
    path = GOLDEN / f"examples.{fmt}"
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"output differs from {path}"


def _schema(name: str) -> Path:
    local = REFERENCE / name
    return local if local.exists() else SHARED / "reference" / name


def test_sarif_validates_against_the_oasis_schema() -> None:
    schema = json.loads(_schema("sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    sarif = json.loads(check_output("sarif"))
    jsonschema.Draft4Validator.check_schema(schema)
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(sarif))
    assert not errors, [e.message for e in errors[:5]]
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {"MED101", "MED109", "MED111"}
    assert all(r["helpUri"].startswith("https://") and r["help"]["text"] for r in rules)
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        location = res["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert location["region"]["startLine"] >= 1
    prints = [r["partialFingerprints"]["medlintFingerprint/v1"] for r in run["results"]]
    assert len(set(prints)) == len(prints)


def test_sarif_for_an_empty_run_is_valid(tmp_path: Path) -> None:
    schema = json.loads(_schema("sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    result = Linter(Options(today=TODAY)).run([str(ROOT / "examples" / "leg-cramps-good.md")])
    sarif = json.loads(REPORTERS["sarif"](result, RenderOptions()))
    jsonschema.Draft4Validator(schema).validate(sarif)
    assert sarif["runs"][0]["results"] == []


def test_junit_validates_against_the_xsd_and_parses_with_junitparser(tmp_path: Path) -> None:
    import junitparser

    xml = check_output("junit")
    schema = etree.XMLSchema(etree.parse(str(_schema("junit.xsd"))))
    document = etree.fromstring(xml.encode("utf-8"))
    assert schema.validate(document), schema.error_log
    path = tmp_path / "junit.xml"
    path.write_text(xml, encoding="utf-8")
    parsed = junitparser.JUnitXml.fromfile(str(path))
    suites = [parsed] if isinstance(parsed, junitparser.TestSuite) else list(parsed)
    assert len(suites) == 1  # one testsuite per run
    cases = [case for suite in suites for case in suite]
    assert len(cases) == 5  # one testcase per file
    failed = {case.name: case.result for case in cases if case.result}
    assert set(failed) == {
        "examples/back-pain-stale.txt",
        "examples/discouraging-advice.md",
        "examples/pending-review.html",
        "examples/thigh-cramps-missing-red-flags.md",
    }
    text = failed["examples/discouraging-advice.md"][0].text
    # three violations, one per line (MED109 asks once for the headache emergencies, issue 12)
    assert text.count("\n") == 2
    assert "MED111" in text


def test_github_escaping() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    out = check_output("github")
    assert out.splitlines()[0].startswith(
        "::warning file=examples/back-pain-stale.txt,line=3,col=15,endLine=3,endColumn=30,"
        "title=MED108 dates.update-date-stale::"
    )
    assert all(
        line.startswith(("::error ", "::warning ", "::notice ")) for line in out.splitlines()
    )


def test_gitlab_fingerprints_are_unique_and_stable_when_lines_shift() -> None:
    linter = Linter(Options(today=TODAY))
    text = (ROOT / "examples" / "discouraging-advice.md").read_text(encoding="utf-8")
    shifted = text.replace("# Headache relief at home\n", "# Headache relief at home\n\nIntro.\n\n")
    before, _ = linter.lint_text("examples/discouraging-advice.md", text)
    after, _ = linter.lint_text("examples/discouraging-advice.md", shifted)
    first = dict((v.code + v.message, fp) for v, fp in fingerprints(before))
    second = dict((v.code + v.message, fp) for v, fp in fingerprints(after))
    assert first == second
    assert len(set(first.values())) == len(first)
    assert [v.line for v in after.violations] != [v.line for v in before.violations]
    issues = json.loads(check_output("gitlab"))
    assert {i["severity"] for i in issues} <= {"info", "minor", "major", "critical", "blocker"}
    assert all(
        set(i) == {"description", "check_name", "fingerprint", "severity", "location"}
        for i in issues
    )


def test_checkstyle_is_well_formed() -> None:
    root = etree.fromstring(check_output("checkstyle").encode("utf-8"))
    assert root.tag == "checkstyle"
    assert len(root.findall("file")) == 5
    assert {e.get("severity") for e in root.iter("error")} == {"error", "warning"}


def test_json_lines_one_object_per_violation() -> None:
    lines = check_output("json-lines").splitlines()
    assert len(lines) == 7
    assert {json.loads(line)["code"] for line in lines} >= {"MED109", "MED111"}


def test_statistics_and_quiet() -> None:
    out = check_output("text", "--statistics")
    assert out.splitlines()[0].split() == ["2", "MED109", "error", "safety.red-flags-missing"]
    assert out.endswith("Found 7 violations (6 errors, 1 warning) in 4 of 5 files.\n")
    quiet = check_output("concise", "--quiet")
    assert len(quiet.splitlines()) == 7 and "Found" not in quiet


def test_colour_only_when_asked_or_on_a_terminal() -> None:
    assert "\x1b[" not in check_output("text")  # CliRunner output is not a terminal
    assert "\x1b[31m[error]\x1b[0m" in check_output("text", "--color", "always")
    assert "\x1b[" not in check_output("json", "--color", "always")
