"""Train and cross-validate MED112's page model (src/medlint/pagemodel.py; development only).

    python tools/page_model.py train SETS --out rules/models/page-warranted.json
    python tools/page_model.py cv SETS [--threshold T ...]

SETS names blind page sets (``367-399``); only their development halves are read (the URL's
sha256 first hex digit 0-4), never a test half. Each page is the stored text under
``$MEDLINT_RESTRICTED_EVAL/reliabilityNN/docs/`` (default /work/restricted-eval), linted with
the built-in rules so that its features are exactly those MED112 computes
(``SafetyNetCheck.page_features``); the label is the first labeller's
``warning_signs_warranted``; web pages only (the labeller's genre). The model is an
L2-regularised logistic regression fitted by full-batch gradient descent (numpy; no other
dependency), deterministic.

``cv`` fits the model five times, each time leaving out a fifth of the sets (grouped by set,
seed 59), and scores the left-out pages where MED112 would stay quiet today (patient
information, no topic MED109 takes, no help statement, neither MED109 nor MED112 fires): it
prints, per threshold, the pages the model would add and how many of them the labels call
warranted and missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from medlint.checks import safetynet as sn  # noqa: E402
from medlint.checks.helpseeking import HelpStatements  # noqa: E402
from medlint.engine import Linter  # noqa: E402
from medlint.selection import Options  # noqa: E402

L2, STEPS, RATE, SEED, FOLDS = 1.0, 300, 0.5, 59, 5


def _sets(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out += range(int(lo), int(hi or lo) + 1)
    return out


def pages(sets: list[int]) -> Iterator[dict[str, Any]]:
    """The development web pages of ``sets``, each with its features, labels and MED112's
    situation as main sees it."""
    restricted = Path(os.environ.get("MEDLINT_RESTRICTED_EVAL", "/work/restricted-eval"))
    seen: dict[str, Any] = {}
    original = sn.SafetyNetCheck.check

    def check(self: sn.SafetyNetCheck, ctx: Any) -> Any:
        seen.update(
            features=self.page_features(ctx),
            kept=self.conditions is not None and bool(self.conditions.kept_out(ctx.document)),
            quiet=ctx.genre.expects_help
            and not ctx.genre.is_news
            and not self.finder.find(ctx)
            and HelpStatements(ctx, self.guidance).when_to_get_help() is None,
        )
        yield from original(self, ctx)

    sn.SafetyNetCheck.check = check  # type: ignore[method-assign]
    loader = sn.__dict__["load_model"]
    sn.__dict__["load_model"] = lambda name: None  # today's verdicts: no model read
    linter = Linter(Options(today=dt.date(2026, 12, 4)))
    try:
        for s in sets:
            rows = (ROOT / f"tests/eval/reliability{s}/documents.jsonl").read_text("utf-8")
            for line in rows.splitlines():
                r = json.loads(line)
                if hashlib.sha256(r["url"].encode()).hexdigest()[0] not in "01234":
                    continue  # a test half is never read
                if not r["genre"].startswith("web"):
                    continue
                path = restricted / f"reliability{s}/docs/{r['id']}.md"
                if not path.is_file():
                    continue
                seen.clear()
                result = linter.lint_text(r["id"] + ".md", path.read_text("utf-8"))[0]
                if "features" not in seen:
                    continue  # MED112 never reached the page (a parse error)
                codes = {v.code for v in result.violations}
                yield {
                    "id": r["id"],
                    "set": s,
                    "features": seen["features"],
                    "quiet": seen["quiet"] and not codes & {"MED109", "MED112"},
                    "kept": seen["kept"],
                    "warranted": bool(r["warning_signs_warranted"]),
                    "missing": bool(
                        r["warning_signs_warranted"] and not r["warning_signs_present"]
                    ),
                }
    finally:
        sn.SafetyNetCheck.check = original  # type: ignore[method-assign]
        sn.__dict__["load_model"] = loader


def fit(rows: list[dict[str, Any]]) -> tuple[float, dict[str, float]]:
    names = sorted({k for r in rows for k in r["features"]})
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for k, v in r["features"].items():
            x[i, index[k]] = v
    y = np.array([1.0 if r["warranted"] else 0.0 for r in rows])
    w, b = np.zeros(len(names)), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= RATE * (x.T @ (p - y) / len(y) + L2 * w / len(y))
        b -= RATE * float(np.mean(p - y))
    return b, {k: round(float(w[i]), 5) for k, i in index.items() if abs(w[i]) >= 1e-5}


def score(b: float, weights: dict[str, float], features: dict[str, float]) -> float:
    return b + sum(weights.get(k, 0.0) * v for k, v in features.items())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["train", "cv"])
    ap.add_argument("sets")
    ap.add_argument("--out")
    ap.add_argument("--threshold", type=float, nargs="*", default=[0.0, 1.0, 1.5, 2.0, 2.5, 3.0])
    a = ap.parse_args()
    rows = list(pages(_sets(a.sets)))
    if a.command == "train":
        b, weights = fit(rows)
        model = {
            "name": "page-warranted",
            "label": "warning_signs_warranted",
            "trained_on": f"development halves of reliability{a.sets} (web pages, first labels)",
            "pages": len(rows),
            "positive": sum(r["warranted"] for r in rows),
            "fit": {"l2": L2, "steps": STEPS, "rate": RATE},
            "tool": "tools/page_model.py train",
            "intercept": round(b, 5),
            "weights": dict(sorted(weights.items())),
        }
        Path(a.out).write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
        print(f"{len(rows)} pages, {len(weights)} weights -> {a.out}")
        return
    groups = sorted({r["set"] for r in rows})
    random.Random(SEED).shuffle(groups)
    scores: dict[str, float] = {}
    for f in range(FOLDS):
        out = set(groups[f::FOLDS])
        b, weights = fit([r for r in rows if r["set"] not in out])
        for r in rows:
            if r["set"] in out and r["quiet"]:
                scores[r["id"]] = score(b, weights, r["features"])
    missing = {r["id"]: r["missing"] for r in rows}
    quiet = sum(missing[k] for k in scores)
    print(
        f"{len(rows)} pages; {len(scores)} where MED112 stays quiet, {quiet} warranted and missing"
    )
    kept = {r["id"] for r in rows if r["kept"]}
    for t in a.threshold:
        added = [k for k, s in scores.items() if s >= t]
        right = sum(missing[k] for k in added)
        shown = [k for k in added if k not in kept]
        also = sum(missing[k] for k in shown)
        print(
            f"threshold {t:4.1f}: adds {len(added)} findings, {right} right,"
            f" {len(added) - right} false; not kept out: {len(shown)}, {also} right,"
            f" {len(shown) - also} false"
        )


if __name__ == "__main__":
    main()
