"""The care classes of the sentence scorer (an alias of benchmarks/eval_sentences.py).

python benchmarks/eval_sentences_care.py [--split dev|test|all] [--show-errors] [--only NAME]

Scores discourages_care (MED111), consult_prompt (MED110 satisfied), dose_instruction
(MED301) and unsupported_statistic (MED401) with the one scorer, medlint.evaluation
(the same wrapping of items as every other class). ``--show-errors`` lists the chosen
split's errors, ``--only NAME`` scores one class. Tune on dev only.
"""

from __future__ import annotations

import argparse
import sys

from eval_sentences import main as score

CARE_CLASSES = ("discourages_care", "consult_prompt", "dose_instruction", "unsupported_statistic")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "dev2", "test", "test2", "all"), default="dev")
    parser.add_argument("--show-errors", action="store_true", help="list the split's errors")
    parser.add_argument("--only", choices=CARE_CLASSES, help="one class")
    args = parser.parse_args(argv)
    forwarded = ["--split", args.split, *(["--errors"] if args.show_errors else [])]
    for name in [args.only] if args.only else CARE_CLASSES:
        forwarded += ["--class", name]
    return score(forwarded)


if __name__ == "__main__":
    sys.exit(main())
