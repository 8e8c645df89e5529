"""tests/eval/reltools.py, the shared labelling tools of the blind page sets: a set built from
stored pages and labels, and the checks that refuse a bad set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "eval"))
import reltools

SCORES = "21212112"


def _set(tmp: Path, quote: str, url: str = "https://example.org/a") -> tuple[Path, Path]:
    root, tools = tmp / "restricted", tmp / "set" / "tools"
    (root / "docs").mkdir(parents=True)
    tools.mkdir(parents=True)
    page = f'---\ntitle: "Gout cures"\nurl: {url}\nsource: "Example"\n---\nThis tea cures gout.\n'
    (root / "docs" / "r99-001.md").write_text(page, encoding="utf-8")
    row = ("r99-001", "web page", False, SCORES, True, "blog", "unreliable", "why", "note", 0,
           "picked", bool(quote), quote, True, False)  # fmt: skip
    (tools / "labels.py").write_text(f"ROWS = [{row!r}]\nQ = ['gout tea']\n", encoding="utf-8")
    used = {"urls": ["example.org/used"], "domains": ["used.example"]}
    (tools / "excluded.json").write_text(json.dumps(used), encoding="utf-8")
    sys.modules.pop("labels", None)
    return root, tools


def test_a_set_is_built_from_its_pages_and_labels(tmp_path: Path) -> None:
    root, tools = _set(tmp_path, "This tea cures gout.")
    out = tmp_path / "documents.jsonl"
    rows = reltools.build(str(tools / "build.py"), [str(root), str(out)])
    assert [r["id"] for r in rows] == ["r99-001"]
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["title"] == "Gout cures" and written["unsafe_advice"] is True
    assert written["scores"]["accuracy_balance"] == 2 and len(written["sha256"]) == 64


def test_a_quote_that_is_not_in_the_page_is_refused(tmp_path: Path) -> None:
    root, tools = _set(tmp_path, "This tea heals gout.")
    with pytest.raises(AssertionError, match="unsafe_quote"):
        reltools.build(str(tools / "build.py"), [str(root), str(tmp_path / "out.jsonl")])


def test_an_earlier_sets_domain_is_refused(tmp_path: Path) -> None:
    root, tools = _set(tmp_path, "", url="https://www.used.example/page")
    with pytest.raises(AssertionError, match="earlier set"):
        reltools.build(str(tools / "build.py"), [str(root), str(tmp_path / "out.jsonl")])


def test_check_names_used_urls_and_domains(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _root, tools = _set(tmp_path, "")
    urls = ["https://example.org/used/", "https://used.example/x", "https://new.example/y"]
    reltools.check(str(tools / "check.py"), urls)
    said = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert said == ["USED-URL", "USED-DOMAIN", "ok"]


def test_a_page_file_is_the_format_every_stored_pages_sha256_was_taken_of() -> None:
    # round 55 rebuilt lost pages from their rows and excerpts and kept them only when this
    # text's sha256 matched the recorded one: the format must not drift
    page = reltools.page_file('Is "X" safe?', "https://e.org/a", "E", "Line one.\nTwo.\n\n\n")
    assert page == (
        '---\ntitle: "Is \'X\' safe?"\nurl: https://e.org/a\nsource: "E"\n---\nLine one.\nTwo.\n'
    )
    kind = reltools.page_file("T", "u", "S", "text", (("kind", "shop"),))
    assert kind == '---\ntitle: "T"\nurl: u\nsource: "S"\nkind: shop\n---\ntext\n'
