"""Score MED109 and MED112 on the blind-labelled red-flag set (issue 12).

    python benchmarks/eval_redflags.py [--split SPLIT[,SPLIT...]|all]  (SPLIT: any split
        documents.jsonl names; several, comma-separated, are also scored pooled)
        [--errors] [--topics] [--by-genre]
        [--select ..]

Each document of tests/eval/redflags/documents.jsonl is linted with MED109 and MED112 only.
The positive class is "red flags warranted but missing" (labels.red_flags_warranted and not
labels.red_flags_present); a document is detected when MED109 fires, or MED112 fires as
the safety net (MED112's warning to news reports, which asks only for a prompt to see a
professional, is the news standard, not a red-flag demand: it is counted apart).

Documents whose texts may not be redistributed (``location: restricted``; their rows keep the
labels, the URL and the SHA-256 of the stored text) are read from the folder
``$MEDLINT_RESTRICTED_EVAL/redflags`` (default ``/work/restricted-eval/redflags``); where a text
is missing or its hash differs, the document is left out and the count of those left out is
printed, so a figure never silently covers fewer documents than it names.

Precision and recall are printed per split, for the two rules together and each alone.
``--by-genre`` adds the two rules' figures per labelled genre of the document (patient
information, news, notices and others), pooled over the chosen splits: where the rules can
be relied on and where not. ``--errors`` lists the false positives and negatives of the
chosen split with the rule's message; ``--topics`` lists the topic each document was
assigned (MED109's detection), next to the labelled topic. Tune only on dev (see
tests/eval/redflags/README.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from medlint import kinds, reading
from medlint.audience import detect as detect_audience
from medlint.engine import Linter, Options
from medlint.inspection import TopicSource
from medlint.reading import read_bytes
from medlint.ruleset import RuleFileError

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "eval" / "redflags"
RESTRICTED_ENV = "MEDLINT_RESTRICTED_EVAL"
PLACES = {
    "corpus": Path("/work/shared/corpus"),
    "seeds": Path("/work/shared/seeds"),
    "repo": SET,
    "restricted": Path(os.environ.get(RESTRICTED_ENV) or "/work/restricted-eval") / "redflags",
}
TODAY = dt.date(2026, 12, 1)
NEWS_STANDARD = "news or research report"


@dataclass(frozen=True)
class Scored:
    id: str
    split: str
    title: str
    label_topic: str
    positive: bool
    med109: tuple[str, ...]
    med112: tuple[str, ...]
    news: tuple[str, ...]
    topics: tuple[str, ...]
    genre: str = ""

    @property
    def detected(self) -> bool:
        return bool(self.med109 or self.med112)


def splits() -> list[str]:
    """The set's split names, read from its documents (new rounds need no code change)."""
    rows = [json.loads(line) for line in (SET / "documents.jsonl").read_text().splitlines()]
    return [*sorted({str(r["split"]) for r in rows}), "all"]


def load(split: str) -> list[dict[str, object]]:
    """The documents of a split, of several (comma-separated) or of all, that can be read:
    a restricted document whose text is absent or differs from its hash is left out (and
    counted on stderr)."""
    rows = [json.loads(line) for line in (SET / "documents.jsonl").read_text().splitlines()]
    chosen = set(split.split(","))
    picked = [r for r in rows if split == "all" or r["split"] in chosen]
    kept = [r for r in picked if available(r)]
    if len(kept) < len(picked):
        print(
            f"{len(picked) - len(kept)} restricted document(s) left out: their texts are not in "
            f"{PLACES['restricted']} (set {RESTRICTED_ENV}) or differ from their SHA-256",
            file=sys.stderr,
        )
    return kept


def available(row: dict[str, object]) -> bool:
    """Whether a document's text is at hand: always, except a restricted one whose text is
    missing or is not the text that was labelled (its ``sha256``)."""
    if row.get("location") != "restricted":
        return True
    path = PLACES["restricted"] / str(row["path"])
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return hashlib.sha256(data).hexdigest() == row.get("sha256")


def context(row: dict[str, object], linter: Linter) -> kinds.Context | str:
    """The rules' view of a document of the set, or why there is none ("unreadable", "no
    document")."""
    path = PLACES[str(row["location"])] / str(row["path"])
    data, _problem = read_bytes(str(path))
    if data is None:
        return "unreadable"
    document, _decoded = reading.read_document(str(path), data)
    if document is None:
        return "no document"
    return kinds.Context(document, detect_audience(document), TODAY, linter.bank)


def score(row: dict[str, object], linter: Linter) -> Scored:
    path = PLACES[str(row["location"])] / str(row["path"])
    result, _ = linter.lint_file(str(path), today=TODAY)
    med109 = tuple(v.message for v in result.violations if v.code == "MED109")
    med112_all = [v.message for v in result.violations if v.code == "MED112"]
    news = tuple(m for m in med112_all if NEWS_STANDARD in m)
    med112 = tuple(m for m in med112_all if NEWS_STANDARD not in m)
    topics: list[str] = []
    ctx = context(row, linter)
    if not isinstance(ctx, str):
        for rule in linter.rules:
            if isinstance(rule, TopicSource) and rule.spec.code == "MED109":
                linter.ensure_compiled()
                topics += [f"{t} ({why})" for t, why in rule.topic_evidence(ctx)]
    labels = row["labels"]
    assert isinstance(labels, dict)
    return Scored(
        id=str(row["id"]),
        split=str(row["split"]),
        title=str(row.get("title") or ""),
        label_topic=str(labels["topic"]),
        positive=bool(labels["red_flags_warranted"]) and not bool(labels["red_flags_present"]),
        med109=med109,
        med112=med112,
        news=news,
        topics=tuple(topics),
        genre=str(row.get("genre") or "-"),
    )


def prf(items: list[Scored], detected: str = "any") -> str:
    def hit(s: Scored) -> bool:
        return {"any": s.detected, "MED109": bool(s.med109), "MED112": bool(s.med112)}[detected]

    tp = sum(1 for s in items if s.positive and hit(s))
    fp = sum(1 for s in items if not s.positive and hit(s))
    fn = sum(1 for s in items if s.positive and not hit(s))
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    counts = f"{detected:7} TP {tp:3} FP {fp:3} FN {fn:3}"
    return f"{counts}  precision {precision:.2f}  recall {recall:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split", default="dev", help="a split named in the set's documents.jsonl, or all"
    )
    parser.add_argument("--errors", action="store_true", help="list false positives/negatives")
    parser.add_argument("--topics", action="store_true", help="list assigned topics")
    parser.add_argument(
        "--by-genre", action="store_true", help="figures per labelled genre, pooled over splits"
    )
    parser.add_argument(
        "--select", default="MED109,MED112", help="rules to run (MED109 alone for older code)"
    )
    args = parser.parse_args(argv)
    known = splits()
    for name in args.split.split(","):
        if name not in known:
            parser.error(f"--split {name!r}: not a split of the set ({', '.join(known)})")
    rows = load(args.split)
    try:  # a rule file is read when the linter is built, the knowledge base when it runs
        linter = Linter(Options(today=TODAY, select=tuple(args.select.split(","))))
        scored = [score(row, linter) for row in rows]
    except RuleFileError as exc:  # bad rule data: say which file and why, as the CLI does
        print(f"eval_redflags: {exc}", file=sys.stderr)
        return 2
    for split in sorted({s.split for s in scored}):
        items = [s for s in scored if s.split == split]
        positives = sum(1 for s in items if s.positive)
        print(f"{split}: {len(items)} documents, {positives} with red flags warranted but missing")
        for which in ("any", "MED109", "MED112"):
            print("  " + prf(items, which))
        news = sum(1 for s in items if s.news)
        with_topic = sum(1 for s in items if s.topics)
        print(
            f"  news-standard warnings (MED112 on news): {news}; "
            f"documents with a topic: {with_topic}"
        )
    if len(args.split.split(",")) > 1:
        positives = sum(1 for s in scored if s.positive)
        print(f"pooled {args.split}: {len(scored)} documents, {positives} warranted but missing")
        print("  " + prf(scored, "any"))
    if args.by_genre:
        print(f"per labelled genre ({args.split}; MED109 + MED112):")
        for genre in sorted({s.genre for s in scored}):
            items = [s for s in scored if s.genre == genre]
            positives = sum(1 for s in items if s.positive)
            print(f"  {genre[:34]:34} {len(items):3} docs, {positives:3} positive  {prf(items)}")
    if args.errors:
        for s in scored:
            if s.positive != s.detected:
                kind = "FN" if s.positive else "FP"
                print(f"\n{kind} {s.split} {s.id} {s.title!r} (label: {s.label_topic})")
                for message in (*s.med109, *s.med112):
                    print(f"   - {message[:400]}")
                if s.topics:
                    print(f"   topics: {'; '.join(s.topics)}")
    if args.topics:
        for s in scored:
            if s.topics:
                print(f"{s.split} {s.id} label={s.label_topic!r} -> {'; '.join(s.topics)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
