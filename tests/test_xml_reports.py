"""JUnit and Checkstyle stay well-formed XML whatever an article or its file name holds:
characters XML 1.0 forbids (C0 controls, lone surrogates) are written as visible escapes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

from medlint.model import FileResult, RunResult, Severity, Violation
from medlint.reporters import REPORTERS, RenderOptions

from .conftest import cli

XML_FORMATS = ("junit", "checkstyle")
ARTICLE = (
    '---\ntitle: "Headache"\n---\n# Headache\n\n'
    "This miracle\x0b cure \x1b[2J guarantees results. Stop taking\x0c your medication.\n"
)


@pytest.mark.parametrize("format_", XML_FORMATS)
def test_control_characters_in_text_and_file_name_parse(
    tmp_path: Path, format_: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a\x1bb\x0b.md").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli("check", ".", "--isolated", "--no-cache", "--today", "2026-11-21",
                         "-f", format_)  # fmt: skip
    assert code == 1, err
    root = etree.fromstring(out.encode("utf-8"))  # raises on a single bad character
    text = etree.tostring(root, encoding="unicode")
    assert "a\\x1bb\\x0b.md" in text  # the file name, readable
    assert "miracle cure \\x1b[2J guarantees" in text  # the quoted article text
    assert "\x1b" not in out and "\x0b" not in out and "\x0c" not in out


@pytest.mark.parametrize("format_", XML_FORMATS)
def test_nul_surrogates_and_noncharacters_are_escaped(format_: str) -> None:
    undecodable = os.fsdecode(b"caf\xe9\x00.md")  # a lone surrogate, as os.listdir gives it
    violation = Violation("MED201", "claims.absolute", Severity.ERROR,
                          "claim \"x\x00y\ufffe\" in 'tab\tkept'", 1, 1, 1, 2)  # fmt: skip
    result = RunResult((FileResult(undecodable, (violation,)),), (), "0.1.0", "2026-11-21")
    out = REPORTERS[format_](result, RenderOptions())
    out.encode("utf-8")  # no lone surrogate left to fail the write
    root = etree.fromstring(out.encode("utf-8"))
    text = etree.tostring(root, encoding="unicode")
    assert "caf\\xdce9\\x00.md" in text and "x\\x00y\\xfffe" in text
    assert "tab\tkept" in text or "tab&#9;kept" in text  # tab is valid XML and kept
