"""Time the whole lint of crafted adversarial texts at growing sizes: is any rule super-linear?

    python benchmarks/bench_adversarial.py [--sizes 25000,100000,400000] [--only NAME]

Each shape below is built at every size and linted by one Linter with every rule (the
Markdown path, one process). The figures printed are seconds per shape and size, and the
growth from one size to the next against the growth of the text: a text four times longer
should take about four times as long; a growth of more than twice the size ratio is marked
SUPER-LINEAR. Round 46 (R46) wrote it after a wire credit followed by a run of blanks took
134 s in one regex search (genre.py ``_WIRE``), and it keeps the shapes that found it. No
timed assertion in a test: these are benchmark figures (docs/performance.md). Round 47
(R47) added the help-statement, accented-claims and help-list shapes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable

from medlint.engine import Linter, Options


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# name -> a text of about ``size`` characters
SHAPES: dict[str, Callable[[int], str]] = {
    # a wire credit, then a run of blanks on the same line (an HTML page's masked tags)
    "credit-then-blanks": lambda n: "# Title\n\nWASHINGTON (AP) " + " " * n + "said the agency.\n",
    # capital words after double blanks, a credit at the end
    "capital-words": lambda n: "# Title\n\n" + _repeat("AB  ", n) + "(AP) said",
    "blank-lines": lambda n: "# Title\n\n" + _repeat("  \n", n) + "(AP) -",
    "one-long-word": lambda n: "# Title\n\n" + "a" * n + "\n",
    "said-everywhere": lambda n: "# Title\n\n" + _repeat("Officials said the rate rose 5%. ", n),
    "numbers": lambda n: "# Title\n\n" + _repeat("12.5 mg 3 times 40% 1 in 5 ", n),
    "list-items": lambda n: "# Title\n\n" + _repeat("- see a doctor if\n", n),
    "punctuation": lambda n: "# Title\n\n" + _repeat("(((]]]...,,,;;; ", n),
    "headings": lambda n: _repeat("# Symptoms of stroke\n\n", n),
    "claims": lambda n: "# Title\n\n" + _repeat("This tea cures gout and has no side effects. ", n),
    # round 47: many help statements under many headings (helpseeking tied / tied_subject)
    "help-statements": lambda n: (
        "# Stroke\n\n" + _repeat("## Symptoms of stroke\n\nCall 911.\n\n", n)
    ),
    # round 47: one line of claims with a character outside ASCII (the UTF-8 column of each)
    "claims-accented": lambda n: (
        "# Title\n\n" + _repeat("This tea cures gout — no side effects. ", n)
    ),
    # round 47: a list whose items each call for help in a page about a topic (tied, in lists)
    "help-list": lambda n: "# Stroke\n\nCall 911 if you have:\n\n" + _repeat("- stroke signs\n", n),
    # R47b: a list of statements after a lead-in (each item's trailer walked the whole list)
    "statement-list": lambda n: (
        "# Stroke\n\nHere's what to do:\n\n" + _repeat("- chest pain. Talk to your doctor.\n", n)
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25000,100000,400000")
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    linter = Linter(Options(today=dt.date(2026, 12, 4)))
    linter.lint_text("warm.md", "# Warm up\n\nSee a doctor if it hurts.\n")
    print(f"{'shape':22}" + "".join(f"{s:>12,}" for s in sizes) + "   growth")
    for name, build in SHAPES.items():
        if args.only and args.only != name:
            continue
        times = []
        for size in sizes:
            text = build(size)
            start = time.perf_counter()
            linter.lint_text(f"{name}.md", text)
            times.append(time.perf_counter() - start)
        growth = []
        for (a, ta), (b, tb) in zip(
            zip(sizes, times, strict=True), zip(sizes[1:], times[1:], strict=True), strict=False
        ):
            ratio = tb / max(ta, 1e-3)
            mark = " SUPER-LINEAR" if ratio > 2 * (b / a) else ""
            growth.append(f"x{ratio:.1f}{mark}")
        print(f"{name:22}" + "".join(f"{t:11.2f}s" for t in times) + "   " + ", ".join(growth))


if __name__ == "__main__":
    main()
