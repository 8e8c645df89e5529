"""How well the audit score separates reliable from unreliable pages: an AUC.

    python benchmarks/eval_audit_auc.py LABELLED_DIR [--today YYYY-MM-DD] [--bootstrap 2000]

LABELLED_DIR holds ``documents.jsonl``, one JSON object a line with at least ``path`` (the
page, relative to LABELLED_DIR; relative to --corpus when ``location`` is ``corpus``) and
``reliable`` (true or false, an expert's or a blind labeller's verdict); ``location`` and
``partial`` (an excerpt, not the whole page), when given, also give subsets' AUCs.
Every page is linted as ``medlint audit`` lints it (built-in rules, no configuration, no
cache) and scored by medlint.audit. The AUC is the chance that a
reliable page scores higher than an unreliable one (ties count half): 0.5 is chance, 1.0
perfect. The interval is a stratified percentile bootstrap (pages resampled within each
class, fixed seed). Pages medlint could not analyse have no score: they are counted and
left out. For comparison the script prints the AUC of each part of the score (fewer points
lost = more reliable) and of the score the audit used before (100 - 10 per error - 3 per
warning - 1 per info, floored at 0).

``--criterion NAME`` (repeatable) reads each rule as a page detector of a labelled criterion
(``scores.NAME`` in the row, 0-2): for every rule that fires on at least one page, the pages it
fires on against the pages scored 0 on NAME (the page lacks it): TP / FP / FN, precision and
recall, and the same against the ``reliable: false`` label. Pages without the score are left out
of that criterion's table. ``--label EXPR`` does the same for a boolean label expression
over the rows' boolean fields (``warning_signs_warranted&!warning_signs_present``: true where
both hold; rows without a named field are left out), and ``--union A,B`` adds rules read
together as one detector (it fires where any of them fires).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from medlint.audit import Row
from medlint.evaluation import Score
from medlint.model import Risk


@dataclass(frozen=True)
class Labelled:
    path: Path
    reliable: bool
    location: str = ""
    partial: bool | None = None
    scores: tuple[tuple[str, int], ...] = ()
    flags: tuple[tuple[str, bool], ...] = ()


def load(folder: Path, corpus: Path) -> list[Labelled]:
    """The labelled pages of ``folder/documents.jsonl``; a bad line stops with its number."""
    out = []
    index = folder / "documents.jsonl"
    for number, line in enumerate(index.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record.get("reliable"), bool) or not isinstance(record.get("path"), str):
            raise SystemExit(f"{index}:{number}: needs 'path' (string) and 'reliable' (boolean)")
        location = str(record.get("location", ""))
        base = corpus if location == "corpus" else folder
        partial = record.get("partial")
        raw = record.get("scores")
        scores = tuple(
            sorted((k, v) for k, v in raw.items() if isinstance(v, int))
            if isinstance(raw, dict)
            else ()
        )
        flags = tuple(sorted((k, v) for k, v in record.items() if isinstance(v, bool)))
        out.append(
            Labelled(
                base / record["path"],
                record["reliable"],
                location,
                partial if isinstance(partial, bool) else None,
                scores,
                flags,
            )
        )
    return out


def detection(fired: Sequence[bool], lacking: Sequence[bool]) -> str:
    """TP/FP/FN, precision and recall of ``fired`` as a detector of ``lacking``."""
    pairs = list(zip(lacking, fired, strict=True))
    s = Score(
        *(pairs.count(p) for p in ((True, True), (False, True), (True, False), (False, False)))
    )
    precision, recall = (f"{v:.2f}" if v is not None else "-" for v in (s.precision, s.recall))
    return f"{s.tp}/{s.fp}/{s.fn}  P {precision}  R {recall}"


def label_of(expression: str, page: Labelled) -> bool | None:
    """A boolean label expression over the row's boolean fields: ``a&!b`` is a and not b.

    None when a field the expression names is absent from the row (the page is not rated).
    """
    flags = dict(page.flags)
    value = True
    for term in (t.strip() for t in expression.split("&")):
        name = term.removeprefix("!")
        if name not in flags:
            return None
        value = value and (flags[name] is not term.startswith("!"))
    return value


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """P(a positive scores higher than a negative), ties counting half (Mann-Whitney U)."""
    if not positives or not negatives:
        return float("nan")
    ranked = sorted([(s, 1) for s in positives] + [(s, 0) for s in negatives])
    rank_sum, i = 0.0, 0
    while i < len(ranked):  # average ranks over ties
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mean_rank = (i + 1 + j) / 2
        rank_sum += mean_rank * sum(label for _, label in ranked[i:j])
        i = j
    n_pos, n_neg = len(positives), len(negatives)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def bootstrap(
    positives: Sequence[float], negatives: Sequence[float], rounds: int, seed: int = 20261202
) -> tuple[float, float]:
    """A 95% percentile interval of the AUC, resampling each class with replacement."""
    rng = random.Random(seed)
    values = sorted(
        auc(rng.choices(positives, k=len(positives)), rng.choices(negatives, k=len(negatives)))
        for _ in range(rounds)
    )
    return values[int(0.025 * (rounds - 1))], values[int(0.975 * (rounds - 1))]


def old_score(errors: int, warnings: int, info: int) -> float:
    return max(0, 100 - 10 * errors - 3 * warnings - info)


def score_of(row: Row) -> float:
    return row.score if row.score is not None else float("nan")


def old_of(row: Row) -> float:
    return old_score(row.errors, row.warnings, row.info)


def lost(risk: Risk) -> Callable[[Row], float]:
    """A part of the score as a separator: fewer points lost, more reliable."""
    return lambda row: -dict(row.parts)[risk]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--bootstrap", type=int, default=2000)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(
            os.environ.get("MEDLINT_SHARED", Path(__file__).resolve().parents[2] / "shared")
        )
        / "corpus",
        help="where pages with location 'corpus' lie [default: $MEDLINT_SHARED/corpus, "
        "else ../shared/corpus beside the repository]",
    )
    parser.add_argument(
        "--label",
        action="append",
        default=[],
        help="a boolean label expression over the rows' fields (e.g. 'warranted&!present'); "
        "each rule is scored as a detector of the pages where it is true",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="after each --label table, list the pages each --union detector gets wrong",
    )
    parser.add_argument(
        "--union",
        action="append",
        default=[],
        help="comma-separated rule codes scored together as one detector (fires if any fires)",
    )
    parser.add_argument(
        "--criterion",
        action="append",
        default=[],
        help="a labelled criterion (scores.NAME); each rule is scored as a detector of its 0s",
    )
    args = parser.parse_args(argv)

    from medlint import audit
    from medlint.auditscore import SCORED
    from medlint.engine import Linter
    from medlint.selection import Options

    pages = load(args.folder, args.corpus)
    missing = [p for p in pages if not p.path.is_file()]
    present = [p for p in pages if p.path.is_file()]
    linter = Linter(Options(today=args.today))
    result = linter.run([str(p.path) for p in present])
    rows = {r.path: r for r in audit.rows(result, args.today, linter.stale_after_months())}
    scored = [(p, rows[str(p.path)]) for p in present if rows[str(p.path)].score is not None]
    unread = len(present) - len(scored)

    def separation(
        name: str, value: Callable[[Row], float], pairs: list[tuple[Labelled, Row]]
    ) -> None:
        pos = [value(r) for p, r in pairs if p.reliable]
        neg = [value(r) for p, r in pairs if not p.reliable]
        if not pos or not neg:
            print(f"  {name:<44} n/a ({len(pos)} reliable, {len(neg)} unreliable)")
            return
        low, high = bootstrap(pos, neg, args.bootstrap)
        print(
            f"  {name:<44} AUC {auc(pos, neg):.3f}  (95% CI {low:.3f}-{high:.3f}; "
            f"{len(pos)} reliable, {len(neg)} unreliable)"
        )

    reliable = sum(1 for p, _ in scored if p.reliable)
    print(f"labelled pages: {len(pages)} ({sum(p.reliable for p in pages)} reliable)")
    print(f"missing files: {len(missing)}; not analysed (no score): {unread}")
    print(f"scored: {len(scored)} ({reliable} reliable, {len(scored) - reliable} unreliable)")
    print(f"today: {args.today}; bootstrap rounds: {args.bootstrap}")
    if not reliable or reliable == len(scored):
        print("both classes are needed for an AUC")
        return 1
    print("all scored pages:")
    separation("audit score", score_of, scored)
    for risk in SCORED:
        separation(f"part: {risk} (fewer points lost)", lost(risk), scored)
    separation("old score (10/3/1, floored)", old_of, scored)
    print("share of pages losing points, reliable / unreliable:")
    for risk in SCORED:
        shares = [
            sum(1 for p, r in scored if p.reliable is label and dict(r.parts)[risk] > 0)
            / sum(1 for p, _ in scored if p.reliable is label)
            for label in (True, False)
        ]
        print(f"  {risk:<20} {shares[0]:4.0%} / {shares[1]:4.0%}")
    subsets = {f"location {p.location}" for p, _ in scored if p.location} | {
        f"partial {str(p.partial).lower()}" for p, _ in scored if p.partial is not None
    }
    if len(subsets) > 1:
        print("subsets (audit score):")
        for subset in sorted(subsets):
            key, _, wanted = subset.partition(" ")
            chosen = [
                (p, r)
                for p, r in scored
                if (p.location if key == "location" else str(p.partial).lower()) == wanted
            ]
            separation(subset, score_of, chosen)
    codes = sorted({str(f["code"]) for _, r in scored for f in r.findings})
    detectors = [(code, frozenset({code})) for code in codes] + [
        (union, frozenset(union.split(","))) for union in args.union
    ]

    def detectors_of(
        rated: list[tuple[Labelled, Row]], target: list[bool], errors: bool = False
    ) -> None:
        """Each detector against ``target`` and against the unreliable label; with
        ``errors``, the pages each union gets wrong, after the table."""
        unreliable = [not p.reliable for p, _ in rated]
        wrong: list[str] = []
        for name, members in detectors:
            fired = [any(f["code"] in members for f in r.findings) for _, r in rated]
            if any(fired):
                print(
                    f"  {name:<8} fires on {sum(fired):>3}  lacking {detection(fired, target)}"
                    f"   unreliable {detection(fired, unreliable)}"
                )
            if errors and name in args.union:
                for (page, row), hit, wanted in zip(rated, fired, target, strict=True):
                    if hit != wanted:
                        got = sorted({str(f["code"]) for f in row.findings} & members)
                        kind = "missed" if wanted else "false alarm"
                        wrong.append(
                            f"    {name} {kind}: {page.path.name} (fired: {', '.join(got) or '-'})"
                        )
        for line in wrong:
            print(line)

    for name in args.criterion:
        rated = [(p, r) for p, r in scored if name in dict(p.scores)]
        lacking = [dict(p.scores)[name] == 0 for p, _ in rated]
        print(
            f"criterion {name}: {len(rated)} pages rated, {sum(lacking)} scored 0 "
            "(rule fires on the page vs the page lacks it; then vs unreliable): TP/FP/FN"
        )
        detectors_of(rated, lacking)
    for expression in args.label:
        labelled = [(p, r, label_of(expression, p)) for p, r in scored]
        rated = [(p, r) for p, r, v in labelled if v is not None]
        target = [v for _, _, v in labelled if v is not None]
        print(
            f"label {expression}: {len(rated)} pages rated, {sum(target)} true "
            "(rule fires on the page vs the label is true; then vs unreliable): TP/FP/FN"
        )
        detectors_of(rated, target, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
