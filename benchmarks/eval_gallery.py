"""Score `medlint inspect` against the page gallery's hand-written expected facts.

python benchmarks/eval_gallery.py [--gallery DIR] [--today 2026-12-01] [--show-test-errors]

For every page of tests/gallery/{dev,test} it runs `medlint inspect -f json PAGE --today DATE`
(a real subprocess) and compares, per field, medlint's reading with `<page>.expected.json`
(format: tests/gallery/README.md). It prints correct/total and accuracy per field and split,
and every dev mismatch. The test split is frozen: only its counts are printed unless
--show-test-errors is given (run once, at the end, by the lead).
"""

from __future__ import annotations

import argparse
import codecs
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("dev", "test")
PAGE_EXTENSIONS = (".html", ".htm", ".md", ".txt")
FIELDS = (
    "encoding",
    "audience",
    "published",
    "updated",
    "reviewed",
    "reviewers",
    "review_status",
    "has_disclaimer",
    "main_contains",
    "not_main",
)


@dataclass(frozen=True)
class Outcome:
    """One field of one page: correct or not, and what was compared."""

    page: str
    field: str
    ok: bool
    expected: Any
    got: Any


def fold(text: str) -> str:
    return " ".join(text.split())


def codec_name(name: str | None) -> str | None:
    """Python's canonical codec name, so that cp1252 == windows-1252 and utf-8-sig == utf-8.

    iso-8859-1 stays iso8859-1: a browser decodes such a page as windows-1252, and the gallery
    expects windows-1252 there, so reporting latin-1 is a real mismatch.
    """
    if name is None:
        return None
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return name.strip().lower()
    if canonical == "utf-8-sig":
        return "utf-8"
    if canonical in ("utf-16-le", "utf-16-be"):
        return "utf-16"
    return canonical


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def _disclaimer(out: dict[str, Any]) -> bool | None:
    """medlint's disclaimer verdict, or None when `inspect` has no such field (then skipped)."""
    effective = out.get("effective")
    if not isinstance(effective, dict):
        return None
    for key in ("has_disclaimer", "disclaimer"):
        if key in effective:
            return bool(effective[key])
    return None


def compare(page: str, expected: dict[str, Any], out: dict[str, Any]) -> list[Outcome]:
    """One outcome per field (has_disclaimer left out when inspect does not report it)."""
    main = fold(str(_get(out, "region_text", "main") or ""))
    results: list[Outcome] = []

    def add(field: str, ok: bool, exp: Any, got: Any) -> None:
        results.append(Outcome(page, field, ok, exp, got))

    got_enc = _get(out, "encoding", "name")
    add(
        "encoding",
        codec_name(expected["encoding"]) == codec_name(got_enc),
        expected["encoding"],
        got_enc,
    )
    got_aud = _get(out, "audience", "value")
    add("audience", got_aud == expected["audience"], expected["audience"], got_aud)
    for key in ("published", "updated", "reviewed"):
        got = _get(out, "effective", key)
        add(key, got == expected[key], expected[key], got)

    got_rev = _get(out, "effective", "reviewers") or []
    folded = [fold(str(r)).lower() for r in got_rev]
    missing = [n for n in expected["reviewers"] if not any(fold(n).lower() in r for r in folded)]
    # An expected [] demands [] ("TBD", a board or a team is no reviewer); otherwise every
    # expected name must be found, and extra names (a fact checker) are not penalised.
    ok_rev = not missing if expected["reviewers"] else not got_rev
    add("reviewers", ok_rev, expected["reviewers"], got_rev)

    got_status = _get(out, "effective", "review_status")
    if expected["review_status"] is None:
        ok_status = got_status not in ("pending", "draft")
    else:
        ok_status = got_status == expected["review_status"]
    add("review_status", ok_status, expected["review_status"], got_status)

    got_disc = _disclaimer(out)
    if got_disc is not None:
        add(
            "has_disclaimer",
            got_disc == expected["has_disclaimer"],
            expected["has_disclaimer"],
            got_disc,
        )

    absent = [p for p in expected["main_contains"] if fold(p) not in main]
    add("main_contains", not absent, expected["main_contains"], {"not in main": absent})
    present = [p for p in expected["not_main"] if fold(p) in main]
    add("not_main", not present, expected["not_main"], {"in main": present})
    return results


def medlint_command() -> list[str]:
    beside = Path(sys.executable).parent / "medlint"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("medlint")
    return [found] if found else [sys.executable, "-m", "medlint"]


def inspect_available(cmd: list[str]) -> str | None:
    """None when `medlint inspect` exists, else a message saying what is wrong."""
    try:
        proc = subprocess.run(
            [*cmd, "inspect", "--help"], capture_output=True, text=True, timeout=120, check=False
        )
    except OSError as exc:
        return f"cannot run medlint ({' '.join(cmd)}): {exc}"
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        return (
            "`medlint inspect` is not available in this medlint "
            f"({' '.join(cmd)} exited {proc.returncode}: "
            f"{detail[-1] if detail else 'no output'}).\n"
            "The scorer needs the `inspect` command of the issue-9 contract (CONTRACT.md "
            "section 1); install a medlint that has it (pip install -e .) and run again."
        )
    return None


def run_inspect(cmd: list[str], page: Path, today: str) -> tuple[dict[str, Any] | None, str]:
    try:
        proc = subprocess.run(
            [*cmd, "inspect", "-f", "json", str(page), "--today", today],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None, "timed out after 120 s"
    if proc.returncode != 0 and not proc.stdout.strip():
        return None, f"exit {proc.returncode}: {proc.stderr.strip()[-300:]}"
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        return None, f"output is not JSON ({exc}): {proc.stdout[:200]!r}"
    if not isinstance(data, dict):
        return None, "output is not a JSON object"
    return data, ""


def pages_of(split_dir: Path) -> list[Path]:
    return sorted(p for p in split_dir.iterdir() if p.suffix in PAGE_EXTENSIONS)


def evaluate_split(cmd: list[str], split_dir: Path, today: str) -> tuple[list[Outcome], list[str]]:
    outcomes: list[Outcome] = []
    failures: list[str] = []
    for page in pages_of(split_dir):
        expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
        out, error = run_inspect(cmd, page, today)
        if out is None:
            failures.append(f"{page.name}: inspect failed: {error}")
            out = {}
        outcomes.extend(compare(page.name, expected, out))
    return outcomes, failures


def _cell(outcomes: list[Outcome], field: str) -> str:
    rows = [o for o in outcomes if o.field == field]
    if not rows:
        return f"{'n/a':>14}"
    good = sum(o.ok for o in rows)
    return f"{good:>4}/{len(rows):<3} {good / len(rows):>6.1%}"


def print_table(results: dict[str, list[Outcome]]) -> None:
    print(f"{'field':<15}" + "".join(f" | {split:^14}" for split in results))
    print("-" * (15 + 17 * len(results)))
    for field in FIELDS:
        print(f"{field:<15}" + "".join(f" | {_cell(o, field)}" for o in results.values()))
    totals = []
    for outcomes in results.values():
        good = sum(o.ok for o in outcomes)
        totals.append(f"{good:>4}/{len(outcomes):<3} {good / max(1, len(outcomes)):>6.1%}")
    print(f"{'all fields':<15}" + "".join(f" | {t}" for t in totals))
    for split, outcomes in results.items():
        pages = {o.page for o in outcomes}
        perfect = sum(all(o.ok for o in outcomes if o.page == p) for p in pages)
        print(f"{split}: {perfect}/{len(pages)} pages read with every field right")


def print_mismatches(split: str, outcomes: list[Outcome], failures: list[str]) -> None:
    print(f"\nMismatches in {split}/:")
    for line in failures:
        print(f"  {line}")
    bad = [o for o in outcomes if not o.ok]
    for o in bad:
        print(f"  {o.page}: {o.field}: expected {o.expected!r}, got {o.got!r}")
    if not bad and not failures:
        print("  none")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--gallery", default=str(ROOT / "tests" / "gallery"))
    parser.add_argument("--today", default="2026-12-01")
    parser.add_argument(
        "--show-test-errors",
        action="store_true",
        help="also list the frozen test split's mismatches (the lead, once, at the end)",
    )
    args = parser.parse_args(argv)

    cmd = medlint_command()
    problem = inspect_available(cmd)
    if problem:
        print(problem, file=sys.stderr)
        return 2

    gallery = Path(args.gallery)
    results: dict[str, list[Outcome]] = {}
    failures: dict[str, list[str]] = {}
    started = time.perf_counter()
    for split in SPLITS:
        results[split], failures[split] = evaluate_split(cmd, gallery / split, args.today)
    elapsed = time.perf_counter() - started

    pages = sum(len({o.page for o in r}) for r in results.values())
    print(f"medlint inspect on {pages} gallery pages ({elapsed:.1f} s), today={args.today}\n")
    print_table(results)
    if not any(o.field == "has_disclaimer" for r in results.values() for o in r):
        print("(has_disclaimer skipped: inspect reports no disclaimer field)")
    print_mismatches("dev", results["dev"], failures["dev"])
    if args.show_test_errors:
        print_mismatches("test", results["test"], failures["test"])
    else:
        bad = sum(not o.ok for o in results["test"])
        runs = len(failures["test"])
        print(f"\ntest/: {bad} mismatches, {runs} failed runs (not listed: frozen split)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
