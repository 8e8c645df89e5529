"""The gallery scorer (benchmarks/eval_gallery.py) compares fields the way its README says."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest

from .conftest import ROOT, load_script

PAGE = ROOT / "tests" / "gallery" / "dev" / "wordpress-2-alcohol-older-adults.html"


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return load_script(ROOT / "benchmarks" / "eval_gallery.py")


@pytest.fixture()
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PAGE.with_suffix(".expected.json").read_text("utf-8"))
    return data


def faithful_reading(expected: dict[str, Any]) -> dict[str, Any]:
    """An `inspect` output that agrees with the labels, in the contract's shape."""
    return {
        "encoding": {"name": "windows-1252", "how": "meta charset"},
        "audience": {"value": expected["audience"], "reasons": []},
        "region_text": {"main": "  \n".join(expected["main_contains"])},
        "effective": {
            "published": expected["published"],
            "updated": expected["updated"],
            "reviewed": expected["reviewed"],
            "reviewers": ["Dr. Anita  Ramos, MD", "Laura Chen, RN"],
            "review_status": "unknown",
        },
    }


def failing(scorer: ModuleType, expected: dict[str, Any], out: dict[str, Any]) -> set[str]:
    return {o.field for o in scorer.compare(PAGE.name, expected, out) if not o.ok}


def test_a_faithful_reading_scores_every_field(
    scorer: ModuleType, expected: dict[str, Any]
) -> None:
    outcomes = scorer.compare(PAGE.name, expected, faithful_reading(expected))
    assert all(o.ok for o in outcomes)
    assert "has_disclaimer" not in {o.field for o in outcomes}  # not in the contract: skipped


def test_each_field_can_fail(scorer: ModuleType, expected: dict[str, Any]) -> None:
    out = faithful_reading(expected)
    out["encoding"]["name"] = "iso-8859-1"  # a browser decodes it as windows-1252
    out["effective"]["updated"] = "2018-09-03"
    out["effective"]["reviewers"] = ["Laura Chen, RN"]
    out["effective"]["review_status"] = "draft"
    out["region_text"]["main"] += " Walking Groups That Welcome Beginners"
    out["effective"]["has_disclaimer"] = False
    assert failing(scorer, expected, out) == {
        "encoding",
        "updated",
        "reviewers",
        "review_status",
        "not_main",
        "has_disclaimer",
    }


def test_empty_reviewers_and_missing_output(scorer: ModuleType, expected: dict[str, Any]) -> None:
    no_reviewer = dict(expected, reviewers=[])
    out = faithful_reading(expected)
    assert "reviewers" in failing(scorer, no_reviewer, out)  # "TBD" or a board is no reviewer
    out["effective"]["reviewers"] = []
    assert "reviewers" not in failing(scorer, no_reviewer, out)
    assert failing(scorer, expected, {}) >= {"encoding", "audience", "main_contains"}


def test_codec_names_are_normalised(scorer: ModuleType) -> None:
    assert scorer.codec_name("cp1252") == scorer.codec_name("Windows-1252")
    assert scorer.codec_name("utf-8-sig") == scorer.codec_name("UTF8")
    assert scorer.codec_name("utf-16") == scorer.codec_name("UTF-16LE")
    assert scorer.codec_name("iso-8859-1") != scorer.codec_name("windows-1252")
