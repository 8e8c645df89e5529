"""Round 29c's quick paths change no match.

``evidence.statistics`` tries ``_STATISTIC`` only at the places ``_STATISTIC_PLACES``
finds in the lowercased page; the genre reader's product scan stands behind a gate
written out by hand (``genre.PRODUCT_GATE``). Each is compared with the plain scan on
crafted texts, random texts and corpus articles (raw and masked)."""

from __future__ import annotations

import random
import re
import string
import sys
from typing import Any

import pytest

from medlint.checks import evidence, genre
from medlint.parsing import parse
from medlint.quickscan import FOLDS, lowered
from tests.conftest import CORPUS, corpus_paths

CRAFTED = [
    "",
    "5",
    "About 1 in 5 adults. One in three women. Nearly half of all adults have it.",
    "Over 750,000 knee replacements are performed each year; 2.5 million people, .5 million",
    "the No. 1 killer, the #1 reason, the number one cause of death; no one cause",
    "Fifty million Americans, fifty thousand people, twenty-five million, Ten Million",
    "more than 50 affected individuals have been identified; 70 cases have been described",
    "nearly 500 peer-reviewed studies, the 41 studies conducted, phase 2 trials, 2018 trials",
    "most of all adults, the MAJORITY OF PATIENTS, a third of the time, Two-Thirds Of Babies",
    "someone, bone, hormone, often, almost, tone, x.5 million, 3.5 million, a.5 billion",
    "ſix in ten people, İ one in five, ı one in five, ONE IN FIVE, One In Every Five People",
    "K\u212a one in 5, \u0130stanbul: 1 in 4 people, ß 10 million, Σ one in three adults",
    "٣ million people, ５ million, 𝟓 million, ² million, 1\u00a0in\u00a05 people, 1\nin\n5 people",
    "Nine out of ten dentists; one out of every twenty people; 1 person out of three",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        "1", "5", "12", "1,000", "750,000", "0.5", ".5", "#", "No.", "no", ".", ",", ";", " ",
        " ", " ", "\n", "\u00a0", "\t", "in", "out of", "every", "one", "One", "ONE", "two",
        "three", "five", "ten", "twenty", "fifty", "nine", "half", "a third", "a quarter",
        "most", "majority", "millions", "billions", "million", "billion", "thousand",
        "hundred", "of", "all", "the", "people", "adults", "women", "cases", "patients",
        "studies", "trials", "each year", "annually", "have been", "identified", "killer",
        "cause", "number", "phase", "stage", "someone", "often", "almost", "x", "é", "ſ",
        "İ", "ı", "K", "٣", "５", "-", "mg",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))) for _ in range(n)]


def _corpus_texts(n: int) -> list[str]:
    """``n`` corpus articles, each raw and as its masked text."""
    texts = []
    for path in corpus_paths(n, 2029):
        source = path.read_text(encoding="utf-8", errors="replace")
        texts += [source, parse(str(path), source).masked]
    return texts


def test_statistics_are_found_where_the_statistic_regex_finds_them() -> None:
    _same_statistics(CRAFTED + _random_texts(6_000, 29), 1_500)
    assert any(evidence.statistics(text) for text in CRAFTED)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_statistics_and_products_in_corpus_articles_as_the_plain_scans() -> None:
    texts = _corpus_texts(150)
    _same_statistics(texts, 250)
    _same_products(texts)


def _same_statistics(texts: list[str], least: int) -> None:
    quick = 0
    for text in texts:
        expected = [m.span() for m in evidence._STATISTIC.finditer(text)]
        assert evidence.statistics(text) == expected, text[:200]
        low = lowered(text)
        quick += low != "" and len(low) == len(text)
    assert least < quick  # the places read; the plain scan on the rest (FOLDS, İ)


def test_the_statistic_places_are_the_starts_second_look_ahead_lowercased() -> None:
    """The premise of ``statistics``, over all of Unicode: a character that lowercases to
    one character and is no letter of FOLDS matches a letter of the starts' words under re.I
    exactly when its lowercase is that letter, and the digits, "#", "." and whitespace
    lowercase to themselves; and the places pattern is the second look-ahead spelled
    without re.I."""
    second = evidence.STATISTIC_STARTS.split(")(?=", 1)[1][:-1]
    letters = sorted(set(re.sub(r"\\[a-z]", "", second)) & set(string.ascii_lowercase))
    any_letter = re.compile(f"[{''.join(letters)}]", re.I)
    classes = re.compile(r"[\d#.\s]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        low = char.lower()
        if len(low) != 1 or char in FOLDS:
            continue
        if classes.match(char):
            assert low == char, hex(code)
        if any_letter.match(char) or low in letters:
            for letter in letters:
                matched = bool(re.fullmatch(letter, char, re.I))
                assert matched == (low == letter), (hex(code), letter)
    starts = re.compile(second, re.I)
    for text in CRAFTED + _random_texts(2_000, 30):
        low = lowered(text)
        if low == "" or len(low) != len(text):
            continue
        at_places = {m.start() for m in evidence._STATISTIC_PLACES.finditer(low)}
        assert at_places == {i for i in range(len(text)) if starts.match(text, i)}, text


def test_the_product_scan_behind_its_gate_finds_what_the_regex_finds() -> None:
    crafted = [
        *CRAFTED,
        "Add to Cart", "ADD TO BASKET now", "buy now!", "In Stock", "free shipping",
        "Supplement Facts", "$5", "£ 12.99", "€3", "$", "only $ 10 and $20.00",
        "ſupplement facts", "İn stock", "ın stock", "add  to cart", "addtocart", "buy\nnow",
        "\u212a add to bag", "price: 5 $",
    ]  # fmt: skip
    pieces = [
        "add to ", "cart", "basket", "bag", "buy now", "in stock", "free shipping",
        "supplement facts", "$", "£", "€", "5", "12.99", " ", "\n", "ADD TO ", "Buy Now",
        "ſ", "İ", "ı", "x", "stock", "free", "add", "to",
    ]  # fmt: skip
    rng = random.Random(31)
    randoms = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5_000)]
    skipped, taken = _same_products(crafted + randoms)
    assert skipped > 100 and taken > 1_000, (skipped, taken)


def _same_products(texts: list[str]) -> tuple[int, int]:
    plain = genre._PRODUCT_TEXT.regex  # type: ignore[attr-defined]
    skipped = taken = 0
    for text in texts:
        assert genre._PRODUCT_TEXT.findall(text) == plain.findall(text), text[:200]
        if genre.PRODUCT_GATE.passes(text):
            taken += 1
        else:
            skipped += 1
            assert not plain.search(text), text[:200]
    return skipped, taken


def _hub_as_read(document: Any) -> Any:
    """``genre._hub`` as it read every word of the page and scanned every source for links
    (round 29b)."""
    text = genre._main_text(document)
    source = document.source
    spans = sorted(
        m.span() for rx in (genre._MD_LINK, genre._HTML_LINK) for m in rx.finditer(source)
    )
    words = genre._WORD.findall
    outside = len(words(text)) - sum(len(words(text[a:b])) for a, b in spans)
    if outside > genre.HUB_PROSE:
        return None
    linked, lines, total = genre.link_lines(source, text, spans)
    if (
        lines >= genre.LISTING_ITEMS
        and linked >= genre.HUB_SHARE * total
        and total - linked <= genre.HUB_PROSE
    ):
        return (linked, lines, total)
    return None


def _hub_pages(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    link = [
        "- [Breast cancer treatment](/types/breast)", "* [Colon cancer](https://x.org/c)",
        "[a b c d e f](u)", '<a href="/x">Lung cancer screening</a>', "<A HREF=y>Liver</a >",
        "![video](v.mp4)", "[word]", "](", "<", "<b>bold</b>",
    ]  # fmt: skip
    prose = ["word " * k for k in (1, 5, 30, 120, 390, 400, 401, 402, 800)]
    pages = []
    for _ in range(n):
        lines = ["# Hub page", ""]
        for _ in range(rng.randint(0, 40)):
            lines.append(rng.choice(link) + (" " + rng.choice(prose) if rng.random() < 0.2 else ""))
        for _ in range(rng.randint(0, 3)):
            lines += ["", rng.choice(prose)]
        rng.shuffle(lines)
        pages.append("\n".join(lines))
    return pages


def _check_hubs(pages: list[tuple[str, str]]) -> tuple[int, int]:
    hubs = bounded = 0
    for path, source in pages:
        document = parse(path, source)
        old = _hub_as_read(document)
        new = genre._hub(document)
        assert (new is not None) == (old is not None), source[:300]
        if new is not None:
            hubs += 1
            assert f"{old[0]} of its {old[2]} words" in new.reason
        spans = genre._link_spans(source)
        assert spans == sorted(
            m.span() for rx in (genre._MD_LINK, genre._HTML_LINK) for m in rx.finditer(source)
        )
        words = len(genre._WORD.findall(genre._main_text(document)))
        bounded += words > genre.HUB_PROSE + len(spans) * 10
    return hubs, bounded


def test_the_hub_reading_counts_words_only_as_far_as_its_bound() -> None:
    pages = [(f"p{i}.md", text) for i, text in enumerate(_hub_pages(1_500, 32))]
    pages += [(f"p{i}.md", text) for i, text in enumerate(CRAFTED)]
    hubs, bounded = _check_hubs(pages)
    assert hubs > 20 and bounded > 100, (hubs, bounded)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_the_hub_reading_of_corpus_articles_is_the_full_reading() -> None:
    _check_hubs(
        [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in corpus_paths(200, 2030)]
    )
