"""The audit-score AUC evaluation (benchmarks/eval_audit_auc.py) on a tiny labelled set."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import EXAMPLES, ROOT, load_script

SCRIPT = ROOT / "benchmarks" / "eval_audit_auc.py"


@pytest.fixture(scope="module")
def evaluation() -> ModuleType:
    return load_script(SCRIPT, "eval_audit_auc")


def test_auc_is_the_mann_whitney_probability(evaluation: ModuleType) -> None:
    auc = evaluation.auc
    assert auc([3, 4], [1, 2]) == 1.0 and auc([1, 2], [3, 4]) == 0.0
    assert auc([1, 1], [1, 1]) == 0.5
    assert auc([2, 4], [1, 3]) == 0.75  # 3 of the 4 pairs in order
    assert auc([2, 3], [2, 1]) == 0.875  # the tie (2, 2) counts half


def test_bootstrap_interval_brackets_the_auc_and_is_reproducible(evaluation: ModuleType) -> None:
    pos, neg = [5, 6, 7, 3, 8, 9], [1, 2, 4, 6, 3, 2]
    low, high = evaluation.bootstrap(pos, neg, 500)
    assert low <= evaluation.auc(pos, neg) <= high and 0 <= low < high <= 1
    assert evaluation.bootstrap(pos, neg, 500) == (low, high)


def test_runs_on_a_labelled_folder(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    labels = {
        "leg-cramps-good.md": True,
        "back-pain-stale.txt": True,
        "discouraging-advice.md": False,
        "thigh-cramps-missing-red-flags.md": False,
    }
    for name in labels:
        shutil.copy(EXAMPLES / name, docs / name)
    (docs / "latin1.md").write_bytes("# Café\n".encode("latin-1"))
    corpus = tmp_path / "corpus"  # pages of a shared corpus, named relative to --corpus
    corpus.mkdir()
    shutil.move(docs / "back-pain-stale.txt", corpus / "back-pain-stale.txt")
    records = [
        {
            "path": f"docs/{n}",
            "reliable": r,
            "location": "repo",
            "scores": {"care_prompt": int(r)},
            "warranted": True,
            "present": r,
        }
        for n, r in labels.items()
    ]
    records[1] |= {"path": "back-pain-stale.txt", "location": "corpus"}
    records += [
        {"path": "docs/latin1.md", "reliable": False, "location": "repo"},
        {"path": "docs/gone.md", "reliable": True, "location": "repo"},
    ]
    (tmp_path / "documents.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "--today", "2026-11-21",
         "--bootstrap", "200", "--corpus", str(corpus), "--criterion", "care_prompt",
         "--label", "warranted&!present", "--union", "MED109,MED112", "--errors"],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    out = proc.stdout
    assert "labelled pages: 6 (3 reliable)" in out
    assert "missing files: 1; not analysed (no score): 1" in out
    assert "scored: 4 (2 reliable, 2 unreliable)" in out
    assert re.search(r"(?m)^  audit score +AUC 1\.000  \(95% CI ", out)
    assert "part: red-flags" in out and "old score" in out
    assert re.search(r"(?m)^  red-flags +0% / 100%$", out)  # both unreliable pages miss some
    assert re.search(r"subsets \(audit score\):\n  location corpus +n/a \(1 reliable, 0", out)
    assert re.search(r"(?m)^  location repo +AUC 1\.000", out)
    # each rule as a detector of the pages scored 0 on the criterion (here: the unreliable two)
    assert "criterion care_prompt: 4 pages rated, 2 scored 0" in out
    red_flags = re.search(r"(?m)^  MED109 +fires on +(\d+)  lacking (\d+)/(\d+)/(\d+)", out)
    assert red_flags and red_flags.groups() == ("2", "2", "0", "0")
    # a boolean label expression; rows without its fields (latin1.md) are not rated
    assert "label warranted&!present: 4 pages rated, 2 true" in out
    label_part = out[out.index("label warranted&!present") :]
    union = re.search(
        r"(?m)^  MED109,MED112 +fires on +(\d+)  lacking (\d+)/(\d+)/(\d+)", label_part
    )
    assert union and union.groups() == ("2", "2", "0", "0")
    assert "MED109,MED112 missed" not in out and "MED109,MED112 false alarm" not in out


def test_a_label_expression_reads_boolean_fields(evaluation: ModuleType) -> None:
    page = evaluation.Labelled(Path("a.md"), True, flags=(("a", True), ("b", False)))
    assert evaluation.label_of("a&!b", page) is True
    assert evaluation.label_of("!a", page) is False
    assert evaluation.label_of("a&c", page) is None  # c is not rated on this page


def test_a_detector_counts_hits_false_alarms_and_misses(evaluation: ModuleType) -> None:
    fired, lacking = [True, True, False, False], [True, False, True, False]
    assert evaluation.detection(fired, lacking) == "1/1/1  P 0.50  R 0.50"
    assert evaluation.detection([False, False], [False, False]) == "0/0/0  P -  R -"


def test_a_bad_line_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "documents.jsonl").write_text('{"path": "a.md", "reliable": "yes"}\n')
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1
    assert "documents.jsonl:1: needs 'path' (string) and 'reliable' (boolean)" in proc.stderr
