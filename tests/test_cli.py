"""The command line: output and exit code asserted together."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT, cli

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("MEDLINT_UPDATE_GOLDEN") == "1"


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"output differs from {path}"


def test_golden_text() -> None:
    code, out, _ = cli("check", "examples", "--today", "2026-11-21")
    assert code == 1
    golden("examples.txt", out)


def test_golden_json() -> None:
    code, out, _ = cli("check", "examples", "--today", "2026-11-21", "--format", "json")
    assert code == 1
    golden("examples.json", out)
    data = json.loads(out)
    assert data["schema_version"] == 1
    assert data["summary"]["files"] == len(list(EXAMPLES.iterdir()))
    clean = next(f for f in data["files"] if f["path"].endswith("leg-cramps-good.md"))
    assert clean["violations"] == []


def test_clean_file_exits_zero() -> None:
    code, out, _ = cli("check", "examples/leg-cramps-good.md", "--today", "2026-11-21")
    assert code == 0
    assert out == "All clear: 1 file checked, no violations.\n"


def test_fail_on_levels() -> None:
    args = (
        "check",
        "examples/back-pain-stale.txt",
        "--today",
        "2026-11-21",
        "--ignore",
        "MED101,MED109,MED110",
    )
    code, out, _ = cli(*args)
    assert code == 0 and "MED108 [warning]" in out  # only a warning: passes at fail-on error
    assert cli(*args, "--fail-on", "warning")[0] == 1
    assert cli(*args, "--fail-on", "never")[0] == 0


def test_select_by_code_name_and_tag() -> None:
    base = ("check", "examples", "--today", "2026-11-21", "-f", "json")
    for selector in ("MED103", "review.not-approved", "review.*"):
        _, out, _ = cli(*base, "--select", selector)
        found = {v["code"] for f in json.loads(out)["files"] for v in f["violations"]}
        assert "MED103" in found
        assert found <= {"MED102", "MED103", "MED104"}
    _, out, _ = cli(*base, "--select", "dates")
    found = {v["code"] for f in json.loads(out)["files"] for v in f["violations"]}
    assert found == {"MED107", "MED108"}


def test_stdin_with_filename() -> None:
    text = (EXAMPLES / "discouraging-advice.md").read_text(encoding="utf-8")
    code, out, _ = cli(
        "check",
        "-",
        "--stdin-filename",
        "notes/headache.md",
        "--today",
        "2026-11-21",
        "--select",
        "MED111",
        stdin=text,
    )
    assert code == 1
    assert out.startswith("notes/headache.md:13:19: MED111 [error] discourages professional care")


def test_unreadable_files_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.md"
    bad.write_bytes("# Caf\xe9 cramps\n".encode("latin-1"))
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    good = EXAMPLES / "leg-cramps-good.md"
    code, out, _ = cli(
        "check",
        str(bad),
        str(binary),
        str(tmp_path / "missing.md"),
        str(good),
        "--today",
        "2026-11-21",
    )
    assert code == 1
    assert f"{bad}:1:1: MED900 [error] is not valid UTF-8: byte 0xe9 at line 1" in out
    assert f"{binary}:1:1: MED900 [error] looks like a binary file" in out
    assert f"{tmp_path / 'missing.md'}:1:1: MED900 [error] no such file or directory" in out
    assert "in 3 of 4 files" in out


def test_broken_front_matter_is_reported_with_line_and_the_body_still_checked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "broken.md"
    path.write_text(
        "---\ntitle: Leg cramps\naudience: [consumer\n---\n\nYou don't need to see a doctor.\n",
        encoding="utf-8",
    )
    code, out, _ = cli("check", str(path), "--today", "2026-11-21")
    assert code == 1
    assert (
        f"{path}:3:11: MED901 [error] front matter is not valid YAML: while parsing a flow "
        "sequence that starts here:"
    ) in out
    assert "expected ',' or ']'" in out  # libyaml and pure-Python PyYAML word it differently
    assert f"{path}:6:19: MED111 [error]" in out


def test_usage_errors_exit_2() -> None:
    assert cli("check")[0] == 2
    assert cli("check", "examples", "--today", "yesterday")[0] == 2
    assert cli("check", "examples", "--select", "NOPE999")[0] == 2
    assert cli("explain", "MED999")[0] == 2


def test_output_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "medlint.json"
    code, out, _ = cli(
        "check", "examples", "--today", "2026-11-21", "-f", "json", "-o", str(target)
    )
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["files"] == 5


def test_output_into_a_pipe_writes_into_it_and_leaves_it_a_pipe(tmp_path: Path) -> None:
    """`-o /dev/null` or a FIFO must not be replaced by a regular file (atomic rename)."""
    import threading

    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def drain() -> None:
        with open(fifo, "rb") as reader:
            received.append(reader.read())

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    code, out, _ = cli("check", "examples", "--today", "2026-11-21", "-f", "json", "-o", str(fifo))
    reader.join(timeout=60)
    assert code == 1 and out == ""
    assert fifo.is_fifo()
    assert json.loads(received[0])["summary"]["files"] == 5


def test_rules_lists_every_rule() -> None:
    code, out, _ = cli("rules")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == sorted(line.split()[0] for line in lines)
    assert any(line.startswith("MED109  safety.red-flags-missing") for line in lines)
    code, out, _ = cli("rules", "--format", "json")
    assert {r["code"] for r in json.loads(out)} >= {"MED001", "MED101", "MED111", "MED900"}


def test_explain_shows_rationale_and_examples() -> None:
    code, out, _ = cli("explain", "MED111")
    assert code == 0
    assert out.startswith("MED111 safety.consult-discouraged\n")
    assert "Why:" in out and "CAP Code" in out
    assert "Fails:" in out and "You don't need to see a doctor for leg cramps." in out
    assert cli("explain", "safety.consult-discouraged")[1] == out


def test_version() -> None:
    from medlint import __version__

    assert cli("--version") == (0, f"medlint, version {__version__}\n", "")


def _imports_spacy(argv: str) -> bool:
    """Run medlint in a fresh interpreter and say whether spaCy got imported."""
    probe = (
        "import sys, runpy\n"
        f"sys.argv = {argv.split()!r}\n"
        "try:\n    runpy.run_module('medlint', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('SPACY-IMPORTED' if 'spacy' in sys.modules else 'SPACY-NOT-IMPORTED')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    return out.rstrip().endswith("SPACY-IMPORTED")


@pytest.mark.parametrize(
    "argv",
    [
        "medlint --version",
        "medlint rules",
        "medlint explain MED108",
        "medlint check examples --today 2026-11-21 --select dates,review,MED001",
    ],
)
def test_spacy_is_not_imported_when_not_needed(argv: str) -> None:
    assert not _imports_spacy(argv)


def test_spacy_is_imported_for_nlp_rules_but_not_by_a_fully_cached_run(tmp_path: Path) -> None:
    argv = f"medlint check examples --today 2026-11-21 --cache-dir {tmp_path / 'cache'}"
    assert _imports_spacy(argv)  # cold: the NLP rules analyse every file and fill the cache
    assert not _imports_spacy(argv)  # warm: every file comes from the cache


def test_console_script_exit_code() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "medlint", "check", "examples", "--today", "2026-11-21"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[-1].startswith("Found ")


def test_rule_option_overrides_max_age() -> None:
    args = (
        "check",
        "examples/thigh-cramps-missing-red-flags.md",
        "--today",
        "2026-11-21",
        "--select",
        "MED108",
    )
    assert cli(*args)[0] == 0
    code, out, _ = cli(*args, "--fail-on", "warning", "--rule-option", "MED108.max_age_months=12")
    assert code == 1
    assert "older than the maximum of 12 months by 2 months" in out
    code, _, err = cli(*args, "--rule-option", "MED108.max_age=12")
    assert code == 2
    assert (
        "--rule-option MED108.max_age: MED108 has no option 'max_age'; did you mean "
        "'max_age_months'? (options: max_age_months)"
    ) in err
    code, _, err = cli(*args, "--rule-option", "MED108.max_age_months=soon")
    assert code == 2
    assert "--rule-option MED108.max_age_months: 'soon' is not of type 'integer'" in err
