"""Findings judged one by one (benchmarks/judge_findings.py): the sheet and its score."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import ROOT, load_script

SCRIPT = ROOT / "benchmarks" / "judge_findings.py"
WILD = ROOT / "tests" / "eval" / "corpus-judging" / "round38" / "wild"
CORPUS = ROOT / "tests" / "eval" / "corpus-judging" / "round38" / "corpus"
WILD_39 = ROOT / "tests" / "eval" / "corpus-judging" / "round39" / "wild"
WILD_40 = ROOT / "tests" / "eval" / "corpus-judging" / "round40" / "wild"
K40_JUDGED = ROOT / "tests" / "eval" / "corpus-judging" / "round40" / "k40"
R41_JUDGED = ROOT / "tests" / "eval" / "corpus-judging" / "round41" / "judged"


@pytest.fixture(scope="module")
def judge() -> ModuleType:
    return load_script(SCRIPT, "judge_findings")


def _jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


# docs/evaluation.md's W38 table (web pages) and W38c figures (the shared corpus): right and
# wrong per rule, as the stored keys and answers give them
ROUND_38 = {
    WILD: {
        "MED109": (17, 13),
        "MED110": (15, 15),
        "MED111": (0, 2),
        "MED112": (17, 13),
        "MED201": (13, 8),
        "MED202": (1, 1),
        "MED301": (2, 8),
        "MED401": (20, 10),
    },
    WILD_39: {
        "MED109": (16, 14),
        "MED110": (17, 13),
        "MED111": (0, 1),
        "MED112": (17, 12),
        "MED201": (8, 8),
        "MED202": (2, 3),
        "MED301": (1, 10),
        "MED401": (13, 17),
    },
    WILD_40: {
        "MED109": (23, 7),
        "MED110": (10, 20),
        "MED111": (1, 0),
        "MED112": (10, 7),
        "MED201": (6, 2),
        "MED202": (0, 2),
        "MED301": (2, 2),
        "MED401": (14, 16),
    },
    K40_JUDGED: {"MED201": (25, 16)},
    # round 41: the findings G41, S41 and C41 removed, among as many controls
    R41_JUDGED: {"MED109": (1, 5), "MED110": (11, 51), "MED112": (1, 1), "MED401": (0, 2)},
    CORPUS: {
        "MED109": (24, 6),
        "MED110": (22, 8),
        "MED112": (14, 16),
        "MED301": (1, 2),
        "MED401": (20, 10),
    },
}


@pytest.mark.parametrize(
    "folder",
    [WILD, CORPUS, WILD_39, WILD_40, K40_JUDGED, R41_JUDGED],
    ids=[
        "web pages",
        "corpus",
        "round 39 web pages",
        "round 40 web pages",
        "K40's findings",
        "round 41 removed findings",
    ],
)
def test_judged_figures_come_from_the_stored_judgements(judge: ModuleType, folder: Path) -> None:
    scores, missing = judge.score(folder)
    assert missing == []
    assert {s.code: (s.answers["right"], s.answers["wrong"]) for s in scores} == ROUND_38[folder]


def test_score_counts_unsure_apart_and_reports_unanswered(
    judge: ModuleType, tmp_path: Path
) -> None:
    _jsonl(
        tmp_path / "key.jsonl",
        [{"n": n, "code": c, "page": f"p{n}", "line": 1} for n, c in enumerate("AABBB", 1)],
    )
    _jsonl(
        tmp_path / "judgements-1.jsonl", [{"n": 1, "answer": "right"}, {"n": 2, "answer": "wrong"}]
    )
    _jsonl(
        tmp_path / "judgements-2.jsonl", [{"n": 3, "answer": "unsure"}, {"n": 4, "answer": "right"}]
    )
    scores, missing = judge.score(tmp_path)
    by = {s.code: s for s in scores}
    assert by["A"].precision == 0.5 and by["A"].judged == 2
    assert by["B"].answers["unsure"] == 1 and by["B"].precision == 1.0
    assert missing == [5]
    assert judge.main(["score", str(tmp_path)]) == 1  # an unanswered finding fails the run


def test_an_unknown_answer_is_refused(judge: ModuleType, tmp_path: Path) -> None:
    _jsonl(tmp_path / "key.jsonl", [{"n": 1, "code": "A", "page": "p", "line": 1}])
    _jsonl(tmp_path / "judgements.jsonl", [{"n": 1, "answer": "maybe"}])
    with pytest.raises(ValueError, match="maybe"):
        judge.score(tmp_path)


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([{"n": 1, "answer": "right"}, {"n": 1, "answer": "wrong"}], "answered twice"),
        ([{"n": 9, "answer": "right"}], "no finding of the key"),
        ([{"answer": "right"}], "needs 'n' and 'answer'"),
    ],
)
def test_a_stray_or_repeated_answer_is_refused(
    judge: ModuleType, tmp_path: Path, rows: list[dict[str, object]], problem: str
) -> None:
    _jsonl(tmp_path / "key.jsonl", [{"n": 1, "code": "A", "page": "p", "line": 1}])
    _jsonl(tmp_path / "judgements.jsonl", rows)
    with pytest.raises(ValueError, match=problem):
        judge.score(tmp_path)


def _key_rows(folder: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (folder / "key.jsonl").read_text().splitlines()]


# Each draw's pool, as it was when the draw was made (``wild/pool.jsonl``: every finding of
# the default rules on the draw's sets, in ``in_order``'s order, a finding's place among
# findings of one rule, page and line kept as ``tie``). The rules change every round (K40
# added MED201 findings, G41 and S41 of round 41 took MED110 and MED401 findings away), so
# a pool linted today is not the pool of round 38; the snapshots were written in round 41
# from the code that still redrew all three draws from the sets (main at ba8e1a50, with
# K40's findings left out and round 39's one silenced finding put back), and the tests
# check that the sampler redraws each key from its pool.


def _pool(judge: ModuleType, folder: Path) -> list[Any]:
    rows = [json.loads(line) for line in (folder / "pool.jsonl").read_text().splitlines()]
    return [
        judge.Drawn(str(r["code"]), str(r["page"]), "", int(r["line"]), f"{int(r['tie']):04d}")
        for r in rows
    ]


def _as_key(chosen: Sequence[Any]) -> list[dict[str, object]]:
    """A draw as its key rows (what ``write_sheet`` files)."""
    return [{"n": i, "code": d.code, "page": d.page_id, "line": d.line}
            for i, d in enumerate(chosen, 1)]  # fmt: skip


def test_the_round_38_draw_is_redrawn_from_its_pool(judge: ModuleType) -> None:
    """The default rules and seed, and ``in_order``'s order, redraw round 38's 155 findings
    from its pool (the sampler, not today's rules: the pool is data)."""
    found = _pool(judge, WILD)
    assert judge.in_order(found) == found and len(found) == 601
    chosen = judge.draw(found, judge.DEFAULT_CODES, 30, judge.DEFAULT_SEED)
    assert _as_key(chosen) == _key_rows(WILD)


def test_draw_caps_each_rule_and_is_reproducible(judge: ModuleType) -> None:
    found = [judge.Drawn("A", f"p{i}", "x.md", i, "m") for i in range(10)]
    found += [judge.Drawn("B", f"q{i}", "y.md", i, "m") for i in range(2)]
    first = judge.draw(found, ["A", "B"], 3, 7)
    assert [d.code for d in first].count("A") == 3 and [d.code for d in first].count("B") == 2
    assert judge.draw(found, ["A", "B"], 3, 7) == first
    assert judge.draw(found, ["A", "B"], 3, 8) != first


def test_sample_lints_a_labelled_set_and_writes_the_sheet(tmp_path: Path) -> None:
    pages = tmp_path / "set"
    (pages / "docs").mkdir(parents=True)
    (pages / "docs" / "a.md").write_text(
        "# Diabetes tea\n\nThis herbal tea cures diabetes for good.\n", encoding="utf-8"
    )
    (pages / "docs" / "b.md").write_text(
        "# Sore throat\n\nMost sore throats get better in a week.\n", encoding="utf-8"
    )
    _jsonl(
        pages / "documents.jsonl",
        [{"id": "r-001", "path": "docs/a.md"}, {"id": "r-002", "path": "docs/b.md"}],
    )
    out = tmp_path / "sheet"
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "sample", str(out), str(pages), "--codes", "MED201"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "MED201: 1 of 1 findings drawn" in run.stdout
    assert not (out / "key.jsonl").exists()  # the judges' folder holds no key
    key = [json.loads(line) for line in (tmp_path / "sheet-key.jsonl").read_text().splitlines()]
    sheet = [json.loads(line) for line in (out / "findings.jsonl").read_text().splitlines()]
    assert key == [{"n": 1, "code": "MED201", "page": "r-001", "line": 3}]
    assert sheet[0]["page"].endswith("a.md") and "cures" in sheet[0]["message"]
    assert "MED201" not in json.dumps(sheet)  # the judge never sees the rule


def test_parts_split_the_sheet_in_order(judge: ModuleType, tmp_path: Path) -> None:
    chosen = [judge.Drawn("A", f"p{i}", "x.md", i, "m") for i in range(5)]
    judge.write_sheet(tmp_path, chosen, parts=2)
    one = [
        json.loads(line)["n"] for line in (tmp_path / "findings-1.jsonl").read_text().splitlines()
    ]
    two = [
        json.loads(line)["n"] for line in (tmp_path / "findings-2.jsonl").read_text().splitlines()
    ]
    assert one == [1, 2, 3] and two == [4, 5]
    assert judge.key_path(tmp_path).exists()  # beside the folder, read from there by score


def test_lint_sets_uses_the_day_given(judge: ModuleType, tmp_path: Path) -> None:
    pages = tmp_path / "set"
    pages.mkdir()
    (pages / "a.md").write_text(
        "---\ntitle: Cramps\nupdated: 2030-01-01\n---\n\n# Cramps\n\nStretch.\n", encoding="utf-8"
    )
    _jsonl(pages / "documents.jsonl", [{"id": "r-1", "path": "a.md"}])
    future = judge.lint_sets([pages], dt.date(2026, 12, 4), ["MED107"])
    assert [d.code for d in future] == ["MED107"]  # a date after the day given is in the future
    assert judge.lint_sets([pages], dt.date(2031, 1, 1), ["MED107"]) == []


def test_agree_counts_pairs_kappa_and_agreed_precision(judge: ModuleType, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    _jsonl(
        first / "key.jsonl", [{"n": n, "code": "A", "page": "p", "line": 1} for n in range(1, 6)]
    )
    one = ["right", "right", "wrong", "wrong", "unsure"]
    two = ["right", "wrong", "wrong", "wrong", "right"]
    _jsonl(first / "judgements.jsonl", [{"n": n, "answer": a} for n, a in enumerate(one, 1)])
    _jsonl(second / "judgements.jsonl", [{"n": n, "answer": a} for n, a in enumerate(two, 1)])
    by = {a.code: a for a in judge.agree(first, second)}
    a = by["A"]
    assert (a.both_right, a.both_wrong, a.first_only, a.second_only) == (1, 2, 1, 0)
    assert a.pairs == 4  # the finding one judge called unsure is left out
    assert a.kappa == pytest.approx(0.5)  # observed 0.75, expected 0.5 * 0.25 + 0.5 * 0.75
    assert a.agreed_precision == pytest.approx(1 / 3)
    assert by["all"] == judge.Agreement("all", 1, 2, 1, 0)


@pytest.mark.parametrize(
    ("folder", "pairs", "agreed", "kappa", "precision"),
    [
        (WILD, 155, 149, 0.92, 0.55),
        (WILD_39, 152, 145, 0.91, 0.48),
        (WILD_40, 122, 116, 0.90, 0.55),
        (K40_JUDGED, 41, 38, 0.84, 0.63),
        (R41_JUDGED, 72, 71, 0.95, 0.17),
    ],
    ids=["W38b", "W39", "J40", "K40's findings", "round 41 removed findings"],
)
def test_second_judges_agree_as_documented(
    judge: ModuleType, folder: Path, pairs: int, agreed: int, kappa: float, precision: float
) -> None:
    """docs/evaluation.md's W38b, W39 and J40: the second pass of judges over the same
    findings."""
    every = {a.code: a for a in judge.agree(folder, folder / "second")}["all"]
    assert (every.pairs, every.both_right + every.both_wrong) == (pairs, agreed)
    assert every.kappa == pytest.approx(kappa, abs=0.005)
    assert every.agreed_precision == pytest.approx(precision, abs=0.005)


def test_the_round_39_draw_is_redrawn_from_its_pool(judge: ModuleType) -> None:
    """W39: seed 3939 over rel157-rel160 and rel163-rel166 redraws round 39's 153 findings
    (the pool holds the one finding MED401's citation fix of the same round, 26550b94,
    silenced after the draw: "(Albina et al, American Journal of Physiology, 254 (1998),
    228-334)")."""
    found = _pool(judge, WILD_39)
    assert judge.in_order(found) == found and len(found) == 613
    assert any((d.code, d.page_id, d.line) == ("MED401", "r159-028", 9) for d in found)
    chosen = judge.draw(found, judge.DEFAULT_CODES, 30, 3939)
    assert _as_key(chosen) == _key_rows(WILD_39)


def test_the_round_40_draw_is_redrawn_from_its_pool(judge: ModuleType) -> None:
    """J40: seed 4040 over rel167-rel170 redraws its 122 findings (K40's left out)."""
    found = _pool(judge, WILD_40)
    assert judge.in_order(found) == found and len(found) == 249
    chosen = judge.draw(found, judge.DEFAULT_CODES, 30, 4040)
    assert _as_key(chosen) == _key_rows(WILD_40)
