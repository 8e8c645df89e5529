"""Findings judged one by one: a blind judge's sheet from labelled page sets, and its score.

    python benchmarks/judge_findings.py sample OUT_DIR SET_DIR [SET_DIR ...]
        [--codes MED201,MED301,...] [-n 30] [--seed 3838] [--today YYYY-MM-DD] [--parts 2]
    python benchmarks/judge_findings.py score JUDGED_DIR
    python benchmarks/judge_findings.py agree JUDGED_DIR SECOND_DIR

Issue 13 measured "wild precision": of a rule's findings on real pages nobody tuned it on,
how many a careful editor calls right. The page sets' labels say whether a page gives unsafe
advice or lacks warning signs; they do not say whether each finding is right. ``sample``
lints every page a set's ``documents.jsonl`` lists (``path`` relative to the set's folder;
read and decoded as ``medlint check`` reads it; built-in rules, no configuration, ``--today``
as the evaluation's day), draws up to ``n``
findings per rule (seeded, from the findings sorted by page, line and message) and writes,
shuffled, ``findings.jsonl`` (what the judge sees: ``n``, the page's path, the line and the
message; split into ``--parts`` files ``findings-1.jsonl`` ... when more than one judge
shares the work) and, beside OUT_DIR rather than in it, ``OUT_DIR-key.jsonl`` (``n``, the
rule, the page's id and line): the judges are given OUT_DIR and never see the key. A judge
answers each finding in ``judgements*.jsonl`` rows ``{"n": .., "answer":
"right"|"wrong"|"unsure"}`` (briefs: tests/eval/corpus-judging/round38/briefs/).

``score`` reads the key (``JUDGED_DIR/key.jsonl``, where it is filed once the judging is
done, else ``JUDGED_DIR-key.jsonl``) and every ``judgements*.jsonl`` of JUDGED_DIR and prints, per
rule, right / judged and the precision (unsure answers are counted apart, not judged); a
finding the key names but no judgement answers is reported as missing, and an answer to a
finding the key does not name, or a second answer to one, is an error. A rule with no finding
in the sample has no line. With 30 findings a precision's 95 % interval is about +-0.18.
Round 38's figures (docs/evaluation.md, "W38") are ``score
tests/eval/corpus-judging/round38/wild`` and ``score tests/eval/corpus-judging/round38/corpus``.

``agree`` reads a second judge's answers to the same findings (SECOND_DIR's
``judgements*.jsonl``, scored against JUDGED_DIR's key) and prints, per rule and in all, how
often the two agree on right or wrong (findings either calls unsure are left out), Cohen's
kappa, and the precision where both agree.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from medlint.evaluation import kappa

DEFAULT_CODES = ("MED201", "MED202", "MED301", "MED111", "MED401", "MED110", "MED109", "MED112")
DEFAULT_SEED = 3838
DEFAULT_TODAY = dt.date(2026, 12, 4)
ANSWERS = ("right", "wrong", "unsure")


@dataclass(frozen=True)
class Drawn:
    code: str
    page_id: str
    path: str
    line: int
    message: str


def _rows(folder: Path) -> list[dict[str, object]]:
    with (folder / "documents.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def lint_sets(folders: Sequence[Path], today: dt.date, codes: Sequence[str]) -> list[Drawn]:
    """Every finding of ``codes`` on the pages the sets list, in a stable order."""
    from medlint.engine import Linter
    from medlint.selection import Options

    linter = Linter(Options(today=today))
    wanted = set(codes)
    found: list[Drawn] = []
    for folder in folders:
        for row in _rows(folder):
            path = folder / str(row["path"])
            result, _ = linter.lint_file(str(path))  # read and decoded as the CLI reads it
            for v in result.violations:
                if v.code in wanted:
                    found.append(Drawn(v.code, str(row["id"]), str(path), v.line, v.message))
    return in_order(found)


def in_order(found: Iterable[Drawn]) -> list[Drawn]:
    """Findings in the stable order ``draw`` samples from: rule, page, line, message."""
    return sorted(found, key=lambda d: (d.code, d.page_id, d.line, d.message))


def draw(found: Sequence[Drawn], codes: Sequence[str], n: int, seed: int) -> list[Drawn]:
    """Up to ``n`` findings per rule (in ``codes`` order, one seeded generator), shuffled."""
    rng = random.Random(seed)
    chosen: list[Drawn] = []
    for code in codes:
        pool = [d for d in found if d.code == code]
        chosen += rng.sample(pool, min(n, len(pool)))
    rng.shuffle(chosen)
    return chosen


def write_sheet(out: Path, chosen: Sequence[Drawn], parts: int = 1) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = [
        {"n": i, "page": d.path, "line": d.line, "message": d.message}
        for i, d in enumerate(chosen, 1)
    ]
    keys = [
        {"n": i, "code": d.code, "page": d.page_id, "line": d.line} for i, d in enumerate(chosen, 1)
    ]
    _write(key_path(out, written=True), keys)
    if parts <= 1:
        _write(out / "findings.jsonl", rows)
        return
    size = -(-len(rows) // parts)
    for k in range(parts):
        _write(out / f"findings-{k + 1}.jsonl", rows[k * size : (k + 1) * size])


def key_path(folder: Path, written: bool = False) -> Path:
    """Where a sheet's key is: beside the judges' folder when it is written (they are given
    the folder, never the key); inside it once it is filed there after the judging."""
    beside = folder.parent / f"{folder.name}-key.jsonl"
    if written or not (folder / "key.jsonl").exists():
        return beside
    return folder / "key.jsonl"


def _write(path: Path, rows: Sequence[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@dataclass(frozen=True)
class Score:
    code: str
    answers: Counter[str]

    @property
    def judged(self) -> int:
        return self.answers["right"] + self.answers["wrong"]

    @property
    def precision(self) -> float | None:
        return self.answers["right"] / self.judged if self.judged else None


def score(folder: Path) -> tuple[list[Score], list[int]]:
    """Per rule (sorted by code), the judges' answers; and the numbers of the findings no
    judgement answers."""
    key = _key(folder)
    numbers = {int(str(entry["n"])) for entry in key}
    answers = answers_of(folder, numbers)
    per: dict[str, Counter[str]] = {}
    missing: list[int] = []
    for entry in key:
        tally = per.setdefault(str(entry["code"]), Counter())
        n = int(str(entry["n"]))
        if n in answers:
            tally[answers[n]] += 1
        else:
            missing.append(n)
    return [Score(code, per[code]) for code in sorted(per)], missing


@dataclass(frozen=True)
class Agreement:
    code: str
    both_right: int
    both_wrong: int
    first_only: int  # right by the first judge only
    second_only: int

    @property
    def pairs(self) -> int:
        return self.both_right + self.both_wrong + self.first_only + self.second_only

    @property
    def kappa(self) -> float | None:
        if not self.pairs:
            return None
        cells = ((True, True), (False, False), (True, False), (False, True))
        counts = (self.both_right, self.both_wrong, self.first_only, self.second_only)
        pairs = [cell for cell, count in zip(cells, counts, strict=True) for _ in range(count)]
        _observed, k = kappa([x for x, _ in pairs], [y for _, y in pairs])
        return None if math.isnan(k) else k

    @property
    def agreed_precision(self) -> float | None:
        agreed = self.both_right + self.both_wrong
        return self.both_right / agreed if agreed else None


def answers_of(folder: Path, numbers: set[int]) -> dict[int, str]:
    """A judge's answers in ``folder`` (every ``judgements*.jsonl``), checked against the
    key's finding numbers: a stray or repeated answer is an error."""
    answers: dict[int, str] = {}
    for path in sorted(folder.glob("judgements*.jsonl")):
        for at, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if "n" not in row or "answer" not in row:
                raise ValueError(f"{path}:{at}: a judgement needs 'n' and 'answer'")
            n, answer = int(row["n"]), str(row["answer"])
            if answer not in ANSWERS:
                raise ValueError(f"{path}:{at}: answer {answer!r} for n={n}")
            if n not in numbers:
                raise ValueError(f"{path}:{at}: n={n} is no finding of the key")
            if n in answers:
                raise ValueError(f"{path}:{at}: n={n} answered twice")
            answers[n] = answer
    return answers


def _key(folder: Path) -> list[dict[str, object]]:
    lines = key_path(folder).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def agree(folder: Path, second: Path) -> list[Agreement]:
    """Per rule (sorted by code) and in all (code ``all``), how two judges' answers meet."""
    key = _key(folder)
    numbers = {int(str(e["n"])) for e in key}
    a, b = answers_of(folder, numbers), answers_of(second, numbers)
    cells: dict[str, list[int]] = {}
    for entry in key:
        n = int(str(entry["n"]))
        x, y = a.get(n), b.get(n)
        if x not in ("right", "wrong") or y not in ("right", "wrong"):
            continue
        cell = (x == "right", y == "right")
        index = {(True, True): 0, (False, False): 1, (True, False): 2, (False, True): 3}[cell]
        for code in (str(entry["code"]), "all"):
            cells.setdefault(code, [0, 0, 0, 0])[index] += 1
    return [Agreement(code, *cells[code]) for code in sorted(cells, key=lambda c: (c == "all", c))]


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number of findings")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("out", type=Path)
    s.add_argument("sets", type=Path, nargs="+")
    s.add_argument("--codes", default=",".join(DEFAULT_CODES))
    s.add_argument("-n", type=_positive, default=30)
    s.add_argument("--seed", type=int, default=DEFAULT_SEED)
    s.add_argument("--today", type=dt.date.fromisoformat, default=DEFAULT_TODAY)
    s.add_argument("--parts", type=int, default=1)
    c = sub.add_parser("score")
    c.add_argument("folder", type=Path)
    g = sub.add_parser("agree")
    g.add_argument("folder", type=Path)
    g.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    if args.command == "agree":
        print(f"{'rule':8} {'pairs':>5} {'agree':>5}  kappa  precision where both agree")
        for ag in agree(args.folder, args.second):
            k = "-" if ag.kappa is None else f"{ag.kappa:.2f}"
            p = "-" if ag.agreed_precision is None else f"{ag.agreed_precision:.2f}"
            print(f"{ag.code:8} {ag.pairs:>5} {ag.both_right + ag.both_wrong:>5}  {k:>5}  {p}")
        return 0
    if args.command == "sample":
        codes = [x for x in args.codes.split(",") if x]
        found = lint_sets(args.sets, args.today, codes)
        chosen = draw(found, codes, args.n, args.seed)
        write_sheet(args.out, chosen, args.parts)
        for code in codes:
            total = sum(1 for d in found if d.code == code)
            taken = sum(1 for d in chosen if d.code == code)
            print(f"{code}: {taken} of {total} findings drawn")
        print(f"{len(chosen)} findings written to {args.out}")
        return 0
    scores, missing = score(args.folder)
    print(f"{'rule':8} {'right':>5} {'wrong':>5} {'unsure':>6}  precision")
    for sc in scores:
        p = "-" if sc.precision is None else f"{sc.precision:.2f}"
        a = sc.answers
        print(f"{sc.code:8} {a['right']:>5} {a['wrong']:>5} {a['unsure']:>6}  {p}")
    if missing:
        print(f"no judgement for {len(missing)} findings: {missing[:10]}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
