"""`medlint inspect`: the JSON contract (golden) and the text form."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import ROOT, cli

GOLDEN = Path(__file__).parent / "golden"
PAGE = "tests/fixtures/inspect/blog-post.html"
UPDATE = os.environ.get("MEDLINT_UPDATE_GOLDEN") == "1"


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="module")
def inspected() -> tuple[int, str, str]:
    """`medlint inspect -f json` of the page, run once for the golden and the contract."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return cli("inspect", PAGE, "-f", "json", "--today", "2026-01-15")


def test_json_golden(inspected: tuple[int, str, str]) -> None:
    code, out, _ = inspected
    assert code == 0
    golden = GOLDEN / "inspect-blog-post.json"
    if UPDATE:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8"), f"output differs from {golden}"


def test_json_contract_fields(inspected: tuple[int, str, str]) -> None:
    _code, out, _ = inspected
    report = json.loads(out)
    assert report["schema_version"] == 1
    assert set(report) == {
        "schema_version", "path", "format", "encoding", "title", "audience", "genre",
        "regions", "region_text", "facts", "effective", "topics", "problems",
    }  # fmt: skip
    assert report["genre"]["value"] == "article"
    assert set(report["genre"]) == {"value", "name", "reason"}
    assert set(report["effective"]) == {
        "published", "updated", "reviewed", "reviewers", "review_status",
        "review_status_evidence", "authors",
    }  # fmt: skip
    effective = report["effective"]
    # The latest stated update (the footer) is judged, the author is not a reviewer.
    assert effective["updated"] == "2020-09-08"
    assert effective["reviewers"] == ["John Smith, MD"]
    assert effective["authors"] == ["Jane Doe"]
    origins = {f["origin"] for f in report["facts"]}
    assert {"<meta> tag", "JSON-LD", "page text", "byline"} <= origins
    for fact in report["facts"]:
        assert set(fact) == {"name", "value", "date", "precision", "origin", "line", "evidence"}
    assert "Stretching the calf" in report["region_text"]["main"]


def test_text_form() -> None:
    code, out, _ = cli("inspect", PAGE, "--today", "2026-01-15")
    assert code == 0
    assert "encoding:  utf-8" in out
    assert "review status:  approved  <- Review status: approved (line 23)" in out
    assert "leg-cramps: the title says 'Leg cramps'" in out
    assert "[byline] By Jane Doe | May 3, 2018" in out


def test_conflicting_status_is_shown_with_its_line(tmp_path: Path) -> None:
    page = tmp_path / "draft.txt"
    page.write_text(
        "Leg cramps\n\nMedically reviewed by Dr Jane Doe, MD\n\nReview status: Draft\n\nBody.\n",
        encoding="utf-8",
    )
    _code, out, _ = cli("inspect", str(page), "-f", "json", "--today", "2026-01-15")
    effective = json.loads(out)["effective"]
    assert effective["review_status"] == "draft"
    assert effective["review_status_evidence"] == "Review status: Draft (line 5)"
    assert effective["reviewers"] == ["Dr Jane Doe, MD"]


def test_unreadable_file_is_a_clear_problem(tmp_path: Path) -> None:
    missing = tmp_path / "gone.md"
    code, out, _ = cli("inspect", str(missing), "-f", "json")
    assert code == 1
    report = json.loads(out)
    assert report["problems"] == [
        {"code": "MED900", "message": "no such file or directory", "line": 1}
    ]
    assert report["genre"] is None
    code, out, _ = cli("inspect", str(missing))
    assert code == 1 and "MED900: no such file or directory" in out


def test_the_genre_the_rules_judge_is_shown_with_its_evidence(tmp_path: Path) -> None:
    """Why MED109 asks nothing of a research report: the genre and its evidence."""
    page = tmp_path / "study.md"
    page.write_text(
        "---\ntitle: New study on heart failure treatment\n---\n"
        "Researchers found that a new drug reduced hospital stays.\n",
        encoding="utf-8",
    )
    _code, out, _ = cli("inspect", str(page), "-f", "json", "--today", "2026-01-15")
    genre = json.loads(out)["genre"]
    assert genre["value"] == "news"
    assert "study" in genre["reason"]
    _code, out, _ = cli("inspect", str(page), "--today", "2026-01-15")
    assert "genre:     news or research report (the title says 'study')" in out
