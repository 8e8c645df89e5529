"""Trace each MED201 error of a sentence split to the gate that decides it (issue 13, round 15).

For every item of the chosen splits that MED201 misses (labelled a cure or safety claim, not
flagged) or flags wrongly, lint the item's wrapped article (the evaluation's own
``sentence_document``) with a line tracer on ``CureClaim._shaped`` (the shapes of
``check``) and print, for each candidate match on the item's text, its kind (verbal,
absolute, nominal, change, predicate, curable) and the last line of ``_shaped`` it
reached: the ``continue`` that dropped it (with the test before it) or the ``yield`` that
reported it. An item with no candidate is wording in no MED201
lexicon. docs/context.md "Round 15" tabulates the output by gate.

Item-level output: run it only on splits whose items may be read (docs/context.md); the
held-out and frozen splits are refused.

    PYTHONPATH=src python benchmarks/cure_gates.py --split dev10 --split dev12
"""

from __future__ import annotations

import argparse
import datetime as dt
import linecache
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

from medlint.checks.claims import CureClaim
from medlint.engine import Linter, Options
from medlint.evaluation import evaluate_sentences, load_sentences, sentence_document
from medlint.nlp import Mention

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ("dev8", "dev14", "dev15", "all")
FROZEN = ("test",)
CLASS = "cure_or_safety_claim"


class Tracer:
    """Records, for each candidate of ``CureClaim._shaped`` (the shapes of ``check``), the
    last line it reached."""

    def __init__(self) -> None:
        self.code = CureClaim._shaped.__code__
        first = self.code.co_firstlineno
        self.loop = next(
            n
            for n in range(first, first + 40)
            if "for mention, kind in candidates" in linecache.getline(self.code.co_filename, n)
        )
        self.records: list[tuple[Mention, str, int]] = []
        self.current: tuple[Mention, str, int] | None = None

    def _close(self) -> None:
        if self.current is not None:
            self.records.append(self.current)
        self.current = None

    def local(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line" and frame.f_lineno == self.loop:
            self._close()
        elif event == "line" and frame.f_locals.get("mention") is not None:
            self.current = (frame.f_locals["mention"], frame.f_locals["kind"], frame.f_lineno)
        elif event == "return":
            self._close()
        return self.local

    def calls(self, frame: FrameType, event: str, arg: Any) -> Any:
        return self.local if frame.f_code is self.code else None

    def gate(self, line: int) -> str:
        """The line, and for a ``continue`` or ``yield`` the test that led to it."""
        source = self.code.co_filename
        text = linecache.getline(source, line).strip()
        if not text.startswith(("continue", "yield", "reported")):
            return f"L{line} {text[:100]}"
        test = line - 1
        while test > self.code.co_firstlineno and not linecache.getline(
            source, test
        ).strip().startswith("if "):
            test -= 1
        return f"L{line} {text[:60]} <- {linecache.getline(source, test).strip()[:90]}"


def trace(text: str, linter: Linter, tracer: Tracer) -> list[tuple[str, str, int]]:
    """Each MED201 candidate on ``text`` (in its wrapped article ``text``) as (match, kind,
    last line of ``check`` reached), in order, without repeats."""
    tracer.records.clear()
    sys.settrace(tracer.calls)
    try:
        linter.lint_text("sentence.md", text)
    finally:
        sys.settrace(None)
    return list(dict.fromkeys((m.text, k, n) for m, k, n in tracer.records))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", required=True, help="a readable dev split")
    args = parser.parse_args(argv)
    refused = [s for s in args.split if s in HELD_OUT or s.startswith(FROZEN)]
    if refused:
        parser.error(f"held-out or frozen splits are not traced item by item: {refused}")
    items = [i for i in load_sentences(ROOT / "tests/eval/sentences") if i.split in args.split]
    linter = Linter(Options(today=dt.date(2026, 12, 1)))
    errors = [o for o in evaluate_sentences(items, [CLASS], linter) if o.label != o.detected]
    tracer = Tracer()
    tally: Counter[str] = Counter()
    for outcome in errors:
        text = outcome.item.text
        found = trace(sentence_document(outcome.item).text, linter, tracer)
        mine = [(m, k, n) for m, k, n in found if m in text]
        kind = "FP" if outcome.detected else "FN"
        print(f"{kind} {outcome.item.split} {outcome.item.id} | {text[:150]}")
        if not mine:
            print("    no candidate (wording in no MED201 lexicon)")
        for match, label, line in mine:
            print(f"    [{label}] {match!r}: {tracer.gate(line)}")
        furthest = max((n for _, _, n in mine), default=0)
        tally[f"{kind} {tracer.gate(furthest) if furthest else 'no candidate'}"[:110]] += 1
    print("\nby the furthest gate reached:")
    for gate, count in tally.most_common():
        print(f"{count:4}  {gate}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
