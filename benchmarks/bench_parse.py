"""Parse time per format, as ratios to bare spaCy tokenization of the same text.

    python benchmarks/bench_parse.py [CORPUS_DIR] [--limit N] [--skip-corpus]

Corpus: every Markdown article is parsed as Markdown; the same article rendered to HTML
with markdown-it-py is parsed as HTML, and its visible text as plain text. Each format is
timed against ``spacy.blank("en").make_doc`` of the text that format parsed, in the same
run (machines are shared and noisy: the ratio is the figure that matters).

Adversarial inputs (every parser, each input): runs of 10,000 ``[`` and ``![``, deep
block-quote and list nesting, a 5 MB single line, 100 kB of ``*_`` emphasis delimiters,
and more; the issue's bar is under 2 s for any input up to 100 kB.
"""

from __future__ import annotations

import argparse
import html
import multiprocessing
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_CORPUS = Path(os.environ.get("MEDLINT_SHARED", "/work/shared")) / "corpus"

ADVERSARIAL: dict[str, str] = {
    "10k '['": "[" * 10_000,
    "10k '!['": "![" * 10_000,
    "100k '['": "[" * 100_000,
    "100 kB '*_'": "*_" * 50_000,
    "100 kB '[a]('": "[a](" * 25_000,
    "100 kB backticks": "`a``" * 25_000,
    "100 kB '<a '": "<a " * 33_000,
    "100 kB '<!--'": "<!--" * 25_000,
    "deep '>' (10k)": ">" * 10_000 + " text\n",
    "nested quotes (300 lines)": "".join(">" * i + " text\n" for i in range(1, 301)),
    "nested list (300 levels)": "".join("  " * i + "- item\n" for i in range(300)),
    "100 kB list items": "- x\n" * 25_000,
    "100 kB link defs": "[a]: /u\n" * 12_500,
    "100 kB table rows": "|a|b|\n|-|-|\n" + "|x|y|\n" * 16_000,
    "5 MB single line": "word " * 1_000_000,
}


def _plain(rendered: str) -> str:
    """Visible text of rendered HTML, one block per line (for the text parser)."""
    text = re.sub(r"</(?:p|h[1-6]|li|tr|blockquote|pre)>", "\n\n", rendered)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _time(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def _functions() -> dict[str, Callable[[str], object]]:
    """The timed functions; built in the parent, so forked children start at once."""
    import spacy

    from medlint.parsing.html import parse_html
    from medlint.parsing.markdown import parse_markdown
    from medlint.parsing.text import parse_text

    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    return {
        "spacy": nlp.make_doc,
        "markdown": lambda t: parse_markdown("x", t),
        "html": lambda t: parse_html("x", t),
        "text": lambda t: parse_text("x", t),
    }


_FUNCTIONS: dict[str, Callable[[str], object]] = {}


def _measure(name: str, label: str, queue: multiprocessing.Queue[float]) -> None:
    """Child process: time one parser (or spaCy) on one adversarial input."""
    text = ADVERSARIAL[label]
    queue.put(_time(lambda: _FUNCTIONS[name](text)))


def _bounded(name: str, label: str, timeout: float) -> float | None:
    """Seconds, or None when the run took longer than ``timeout`` (then it is stopped)."""
    queue: multiprocessing.Queue[float] = multiprocessing.Queue()
    child = multiprocessing.Process(target=_measure, args=(name, label, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return queue.get() if not queue.empty() else None


def _show(seconds: float | None) -> str:
    return "timeout" if seconds is None else f"{seconds:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--skip-corpus", action="store_true", help="adversarial inputs only")
    parser.add_argument("--timeout", type=float, default=30.0, help="per adversarial run")
    args = parser.parse_args()

    import spacy
    from markdown_it import MarkdownIt

    from medlint.parsing.html import parse_html
    from medlint.parsing.markdown import parse_markdown
    from medlint.parsing.text import parse_text

    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    parsers = {"markdown": parse_markdown, "html": parse_html, "text": parse_text}

    if not args.skip_corpus:
        paths = sorted(Path(args.corpus).rglob("*.md"))
        paths = [p for p in paths if p.name != "README.md"]
        if args.limit:
            paths = paths[: args.limit]
        if not paths:
            print(f"no Markdown articles under {args.corpus}", file=sys.stderr)
            return 2
        renderer = MarkdownIt("commonmark")
        inputs: dict[str, list[str]] = {"markdown": [], "html": [], "text": []}
        for path in paths:
            source = path.read_text(encoding="utf-8")
            rendered = renderer.render(source)
            inputs["markdown"].append(source)
            inputs["html"].append(f"<html><body><article>{rendered}</article></body></html>")
            inputs["text"].append(_plain(rendered))
        print(f"corpus: {len(paths)} articles under {args.corpus}")
        print(f"{'format':<10}{'MB':>8}{'parse s':>10}{'spaCy s':>10}{'ratio':>8}"
              f"{'median ms':>11}{'max ms':>9}")  # fmt: skip
        for name, texts in inputs.items():
            function = parsers[name]
            spacy_s = sum(_time(lambda t=t: nlp.make_doc(t)) for t in texts)
            each = [_time(lambda t=t, f=function: f("x", t)) for t in texts]
            size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
            print(
                f"{name:<10}{size:>8.1f}{sum(each):>10.2f}{spacy_s:>10.2f}"
                f"{sum(each) / spacy_s:>7.2f}x{statistics.median(each) * 1e3:>11.1f}"
                f"{max(each) * 1e3:>9.0f}"
            )

    _FUNCTIONS.update(_functions())
    print(
        f"\nadversarial inputs: seconds (ratio to spaCy make_doc of the same text); each run in "
        f"a child process, stopped after {args.timeout:.0f} s"
    )
    print(f"{'input':<28}{'kB':>7}{'spaCy s':>9}" + "".join(f"{n:>18}" for n in parsers))
    for label in ADVERSARIAL:
        spacy_s = _bounded("spacy", label, args.timeout)
        row = f"{label:<28}{len(ADVERSARIAL[label]) / 1000:>7.0f}{_show(spacy_s):>9}"
        for name in parsers:
            seconds = _bounded(name, label, args.timeout)
            if seconds is None:
                ratio = "    -"
            elif spacy_s is None:  # spaCy did not finish: the ratio is below this bound
                ratio = f"<{seconds / args.timeout:.2f}x"
            else:
                ratio = f"{seconds / spacy_s:>5.2f}x"
            row += f"{_show(seconds):>10} ({ratio})"
        print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
