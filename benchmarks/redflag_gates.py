"""Trace each red-flag miss to the gate that stops it (issue 12, round 12).

For every document of a split that is labelled "red flags warranted but missing" and that
MED109+MED112 do not flag (or, with ``--rule MED112``, that MED112 does not flag; or, with
``--flagged``, every document the rule does flag, whatever its label), print
what each gate of the two rules decides: the genre (news, patient information ...), the
topics MED109 takes, whether the title names a known topic at all (MED112 defers then),
MED112's umbrella, symptom, aftercare, clinical and acute gates, and whether the page has
a "when to get help" statement. Item-level output: run it only on splits whose items may
be read (docs/red-flags.md); frozen test splits are refused.

    PYTHONPATH=src python benchmarks/redflag_gates.py --split dev7
"""

from __future__ import annotations

import argparse
import sys

import eval_redflags as ev

from medlint.checks.helpseeking import HelpStatements
from medlint.checks.redflags import RedFlagCheck
from medlint.checks.safetynet import SafetyNetCheck
from medlint.engine import Linter, Options

FROZEN = ("test",)  # dev10 was frozen while round 12 labelled it; now a development split


def gates(row: dict[str, object], linter: Linter) -> dict[str, object]:
    """What each gate of MED109 and MED112 decides for one document of the set."""
    net = next(r for r in linter.rules if isinstance(r, SafetyNetCheck))
    red = next(r for r in linter.rules if isinstance(r, RedFlagCheck))
    ctx = ev.context(row, linter)
    if isinstance(ctx, str):
        return {"error": ctx}
    document = ctx.document
    genre = ctx.genre
    symptom = net._symptom_title(document)
    aftercare = net._aftercare(document) if symptom is None else None
    subject = symptom[1] if symptom else ()
    help_ = HelpStatements(ctx, net.guidance, subject)
    when = help_.when_to_get_help()
    least = net._min_acute(document, symptom[0] if symptom else None, aftercare)
    said = document.masked[when.mention.start : when.mention.end] if when else None
    return {
        "genre": genre.reason[:70],
        "news": genre.is_news,
        "expects help": genre.expects_help,
        "topics": [t for t, _why in red.topic_evidence(ctx)],
        "title names a known topic": net.finder.named_in_title(document),
        "umbrella": net._umbrella(document),
        "symptom title": symptom[0] if symptom else None,
        "aftercare": aftercare,
        "clinical": net._clinical(ctx),
        "acute": f"{len(net._acute(ctx))}/{least}",
        "when to get help": said,
        "help statements": len(help_.statements),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", help="a development split of the set")
    parser.add_argument("--rule", default="any", choices=("any", "MED109", "MED112"))
    parser.add_argument(
        "--genre",
        help="every document of this labelled genre (documents.jsonl 'genre'), found or not",
    )
    parser.add_argument(
        "--flagged",
        action="store_true",
        help="every document the rule (--rule; 'any': either) flags, whatever its label",
    )
    args = parser.parse_args(argv)
    if args.split.startswith(FROZEN) or args.split == "all":
        parser.error(f"--split {args.split!r}: item-level output is for development splits only")
    linter = Linter(Options(today=ev.TODAY, select=("MED109", "MED112")))
    linter.ensure_compiled()
    for row in ev.load(args.split):
        scored = ev.score(row, linter)
        missed = {
            "any": not scored.detected,
            "MED109": not scored.med109,
            "MED112": not scored.med112,
        }[args.rule]
        if args.genre is not None:
            if row.get("genre") != args.genre:
                continue
        elif args.flagged:
            if missed:
                continue
        elif not (scored.positive and missed):
            continue
        judged = "MED109" if scored.med109 else "MED112" if scored.med112 else "nobody"
        labels = row["labels"]
        assert isinstance(labels, dict)
        label = (
            "not warranted"
            if not labels["red_flags_warranted"]
            else "present"
            if labels["red_flags_present"]
            else "missing"
        )
        print(f"{scored.id} {scored.title[:70]!r} (label: {label}; flagged by {judged})")
        for key, value in gates(row, linter).items():
            print(f"    {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
