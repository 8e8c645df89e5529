"""The audit score (medlint.auditscore): ordered by reader risk, bounded, never floored."""

from __future__ import annotations

import itertools
import json
import re

from medlint.auditscore import FIRST, SCORED, WEIGHTS, cost, score
from medlint.model import Risk, Severity

from .conftest import ROOT, cli


def test_weights_add_up_to_100_so_the_worst_article_stays_above_0() -> None:
    assert sum(w.points for w in WEIGHTS) == 100
    three = score([(r, Severity.ERROR) for r in SCORED for _ in range(3)])
    assert 1 < three.value < 2  # 100 / 4**3 left
    assert score([(r, Severity.ERROR) for r in SCORED for _ in range(200)]).value >= 0


def test_a_whole_category_weighs_less_than_one_error_in_the_category_above() -> None:
    assert [w.risk for w in WEIGHTS] == [r for r in Risk if r != Risk.NOT_ANALYSED]
    for above, below in itertools.pairwise(WEIGHTS):
        assert below.points < cost(above.points, 1.0) == FIRST * above.points, (above, below)


def test_findings_cost_more_the_more_there_are_but_never_past_the_weight() -> None:
    for w in WEIGHTS:
        costs = [cost(w.points, n / 2) for n in range(0, 40)]
        assert costs[0] == 0 and costs == sorted(costs) and len(set(costs)) == len(costs)
        assert costs[-1] < w.points


def test_one_missing_red_flag_outranks_a_thousand_style_warnings() -> None:
    red_flag = score([(Risk.RED_FLAGS, Severity.ERROR)])
    style = score([(Risk.STYLE, Severity.WARNING)] * 1000)
    assert red_flag.value == 74.5 and red_flag.part(Risk.RED_FLAGS) == 25.5
    assert 96 <= style.value < 100 and red_flag.value < style.value


def test_severity_counts_within_a_category() -> None:
    error, warning, info = (
        score([(Risk.REVIEW, s)]).value for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    assert error < warning < info < 100
    assert score([]).value == 100 and all(p == 0 for _, p in score([]).parts)


def test_every_builtin_rule_declares_what_it_puts_at_risk() -> None:
    files = sorted((ROOT / "rules" / "core").glob("MED*.yaml"))
    assert len(files) > 20
    undeclared = [f.name for f in files if not re.search(r"(?m)^risk: [a-z-]+$", f.read_text())]
    assert undeclared == []


def test_rules_json_lists_each_rules_risk() -> None:
    code, out, _ = cli("rules", "--format", "json")
    risks = {r["code"]: r["risk"] for r in json.loads(out)}
    assert code == 0 and set(risks.values()) == {str(r) for r in Risk}
    assert (risks["MED109"], risks["MED401"], risks["MED900"]) == (
        "red-flags", "style", "not-analysed",
    )  # fmt: skip
