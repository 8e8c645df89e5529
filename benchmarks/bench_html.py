"""HTML reading: tokenizer speed and main-content extraction quality, by measurement.

    python benchmarks/bench_html.py

1. Speed: medlint's parse_html (stdlib tokenizer + browser-like element stack, regions,
   metadata) against bare tokenizers/tree builders (html.parser, html5lib, lxml,
   selectolax/lexbor) on a ~600 kB page, as ratios to bare spaCy tokenization of the
   page's visible text in the same run. Only html.parser reports source offsets, which
   masking needs (the others give a tree without character positions).
3. Adversarial inputs (deep nesting, tag soup, entity runs, unfinished markup): seconds
   and the ratio to spaCy tokenization of the same characters; all must stay linear.
2. Main content: on the realistic layouts in tests/html_pages.py, how many article
   phrases each extractor keeps and how many furniture phrases (menus, sidebars, related
   links, ads, comments) it lets through, for medlint's regions, trafilatura,
   readability-lxml and jusText.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.html_pages import HOSPITAL, NEWS, TABLE_2008, WORDPRESS

# (page, phrases of the article, phrases of the furniture) - written with the pages.
PAGES: dict[str, tuple[str, list[str], list[str]]] = {
    "wordpress": (
        WORDPRESS,
        ["Leg cramps are sudden, painful tightenings", "Stretching the calf before bed",
         "Tired muscles, long periods of sitting"],
        ["Diabetes and insulin pumps", "Chest pain: when to call 911", "pickle juice",
         "Magnesium worked", "Everyday wellness tips"],
    ),
    "hospital": (
        HOSPITAL,
        ["Shingles is a painful rash", "the virus stays in your body",
         "Call your doctor right away if the rash is near your eye"],
        ["Cancer care", "MyChart login", "We use cookies", "Herpes simplex", "Search doctors"],
    ),
    "news": (
        NEWS,
        ["Adults who sleep fewer than six hours", "The study followed 4,000 adults",
         "more research is needed before changing advice"],
        ["Miracle fruit cures diabetes", "SleepWell pills", "Around the web", "Sports",
         "Ten foods that"],
    ),
    "table-2008": (
        TABLE_2008,
        ["Gout is a kind of arthritis", "It usually starts in the big toe",
         "Drink plenty of water"],
        ["Asthma", "Back pain", "Contact us"],
    ),
}  # fmt: skip


def medlint_main(page: str) -> str:
    from medlint.parsing.html import parse_html

    doc = parse_html("page.html", page)
    chars = list(doc.masked)
    for region in doc.regions:
        chars[region.start : region.end] = " " * (region.end - region.start)
    return " ".join("".join(chars).split())


def trafilatura_main(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_comments=False) or ""


def readability_main(page: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(page).summary()
    return " ".join(lxml.html.fromstring(summary).text_content().split())


def justext_main(page: str) -> str:
    import justext

    paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist("English"))
    return " ".join(p.text for p in paragraphs if not p.is_boilerplate)


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "medlint regions": medlint_main,
    "trafilatura": trafilatura_main,
    "readability-lxml": readability_main,
    "jusText": justext_main,
}


def extraction() -> None:
    print("main content: article phrases kept / furniture phrases let through, per page")
    for name, extract in EXTRACTORS.items():
        kept = leaked = total_main = total_furniture = 0
        details = []
        start = time.perf_counter()
        for page_name, (page, main, furniture) in PAGES.items():
            text = " ".join(extract(page).split())
            k = sum(p in text for p in main)
            f = sum(p in text for p in furniture)
            kept, leaked = kept + k, leaked + f
            total_main, total_furniture = total_main + len(main), total_furniture + len(furniture)
            details.append(f"{page_name} {k}/{len(main)} {f}/{len(furniture)}")
        elapsed = (time.perf_counter() - start) / len(PAGES)
        print(
            f"  {name:18} article {kept}/{total_main}, furniture {leaked}/{total_furniture}"
            f"  ({'; '.join(details)}) {elapsed * 1e3:.1f} ms/page"
        )


def speed() -> None:
    import html.parser

    import spacy

    body = WORDPRESS.split("<body", 1)[1]
    page = WORDPRESS.split("<body", 1)[0] + "<body" + body * 150
    visible = medlint_main(page)
    nlp = spacy.blank("en")

    def bare_stdlib() -> None:
        parser = html.parser.HTMLParser()
        parser.feed(page)
        parser.close()

    def html5lib_tree() -> None:
        import html5lib

        html5lib.parse(page)

    def lxml_tree() -> None:
        import lxml.html

        lxml.html.fromstring(page)

    def selectolax_tree() -> None:
        from selectolax.lexbor import LexborHTMLParser

        LexborHTMLParser(page)

    def medlint_parse() -> None:
        from medlint.parsing.html import parse_html

        parse_html("page.html", page)

    def timed(fn: Callable[[], object]) -> float:
        fn()
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        return best

    reference = timed(lambda: nlp(visible))
    print(
        f"\nspeed on a {len(page) // 1024} kB page ({len(visible) // 1024} kB visible text); "
        f"spaCy blank('en') tokenization of the visible text: {reference * 1e3:.0f} ms"
    )
    for name, fn in (
        ("medlint parse_html", medlint_parse),
        ("html.parser bare", bare_stdlib),
        ("html5lib tree", html5lib_tree),
        ("lxml tree", lxml_tree),
        ("selectolax/lexbor tree", selectolax_tree),
    ):
        seconds = timed(fn)
        print(f"  {name:24} {seconds * 1e3:7.1f} ms  = {seconds / reference:5.2f} x spaCy")


ADVERSARIAL: dict[str, str] = {
    "<div> x 50k (deep nesting)": "<div>" * 50_000 + "x",
    "<p>x x 30k (implied ends)": "<p>x" * 30_000,
    "<td> x 30k": "<table>" + "<td>" * 30_000,
    "unclosed '<a ' x 30k": "<a " * 30_000,
    "'<![' x 30k": "<![" * 30_000,
    "'&' x 100k": "&" * 100_000,
    "'&#1' x 50k": "&#1" * 50_000,
    "'<!--' x 20k": "<!--" * 20_000 + "-->",
    "30k attributes": "<p " + 'a="b" ' * 30_000 + ">t",
    "JSON-LD '[' x 100k": '<script type="application/ld+json">' + "[" * 100_000 + "</script>",
}


def adversarial() -> None:
    import spacy

    from medlint.parsing.html import parse_html

    nlp = spacy.blank("en")
    print("\nadversarial inputs: parse_html seconds (ratio to spaCy tokenization of the same text)")
    for name, source in ADVERSARIAL.items():
        start = time.perf_counter()
        nlp(source)
        reference = time.perf_counter() - start
        start = time.perf_counter()
        parse_html("adversarial.html", source)
        seconds = time.perf_counter() - start
        print(
            f"  {name:30} {len(source) // 1024:4} kB {seconds:6.2f} s  ({seconds / reference:.1f}x)"
        )


if __name__ == "__main__":
    extraction()
    speed()
    adversarial()
