"""Round 32b's exact paths against the computations they replace (docs/performance.md,
"Round 32b"): MED112's ``addresses_readers``, whose reader words are found in one pass over
the page, against the per-sentence searches as they were (kept here), on random, crafted
and corpus texts; the numeric-date scan of ``facts.numeric_order`` behind its literal gate
against the regex alone and the function as it was (kept here). No test times anything."""

from __future__ import annotations

import random
from typing import Any

import pytest

from medlint import facts
from medlint.checks import safetynet as sn
from medlint.dates import NUMERIC_IN_TEXT
from medlint.parsing import parse
from tests.conftest import CORPUS, corpus_texts


def _addresses_readers_as_it_was(text: str) -> bool:
    plain = sn._QUOTED.sub(" ", text)
    addressed = [s for s in sn._SENTENCE.findall(plain) if sn._READER.search(s)]
    volunteers = [s for s in addressed if sn._PARTICIPATION.search(s)]
    if len(volunteers) * 2 >= len(addressed) > 0:
        return False
    count = sum(len(sn._READER.findall(s)) for s in addressed if s not in volunteers)
    return count >= max(sn.MIN_ADDRESSED, len(sn._WORDS.findall(text)) // sn.ADDRESS_EVERY)


def _addressed_as_it_was(plain: str) -> list[tuple[str, int]]:
    return [
        (s, len(sn._READER.findall(s))) for s in sn._SENTENCE.findall(plain) if sn._READER.search(s)
    ]


# Pieces of a page: reader words in every case and inside other words ("young", "yourselves",
# "_you", "you2"), the long s that re.I folds with "s" ("yourſelf"), the ends of a sentence
# and what is not one (";", ","), quotation marks, the study words, filler.
_PIECES = [
    "you",
    "You",
    "YOU",
    "your",
    "Yours",
    "yourself",
    "yourſelf",
    "yourselves",
    "young",
    "_you",
    "you2",
    "2you",
    "you'",
    "y",
    "ou",
    "yo",
    "youyou",
    "you-",
    "-your",
    ".",
    "!",
    "?",
    "\n",
    "\n\n",
    ";",
    ",",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "…",
    "。",
    '"',
    "“",
    "”",
    "study",
    "trial",
    "join",
    "volunteers",
    "eligible",
    "participate",
    "the",
    "patients",
    "a",
    "report",
    "doctor",
    "x" * 40,
    "é",
    "İ",
    "ı",
]


def _random_text(rng: random.Random) -> str:
    size = rng.choice([0, 1, 3, 10, 30, 100, 300, 1200])
    return "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", " "]) for _ in range(size))


def test_addressed_sentences_are_the_per_sentence_searches_on_random_texts() -> None:
    rng = random.Random(3202)
    decided = [0, 0]
    for _ in range(6_000):
        text = _random_text(rng)
        plain = sn._QUOTED.sub(" ", text)
        assert sn._addressed(plain) == _addressed_as_it_was(plain), text
        verdict = sn.addresses_readers(text)
        assert verdict == _addresses_readers_as_it_was(text), text
        decided[verdict] += 1
    assert min(decided) > 300  # both verdicts, many times


def test_the_word_count_decides_only_past_the_minimum() -> None:
    """A page with three reader words among many others: the count of its words (one "you"
    per 500 words) decides, on both sides of the line."""
    for filler in (497, 998, 999, 1_000, 1_497, 1_498, 1_500, 2_000):
        for readers in (2, 3, 4):
            text = "You can rest. " * readers + "word " * filler
            assert sn.addresses_readers(text) == _addresses_readers_as_it_was(text)
    assert sn.addresses_readers("You can rest. " * 3 + "word " * 1_490)
    assert not sn.addresses_readers("You can rest. " * 3 + "word " * 2_000)


def test_repeated_sentences_count_each_time() -> None:
    """The same sentence twice is two addressed sentences, and a volunteer sentence twice
    is two volunteers (the counts the verdict compares)."""
    volunteer = "You can join the study. "
    reader = "See your doctor if your fever lasts. "
    for text in (
        volunteer * 2 + reader,
        volunteer + reader * 2,
        volunteer * 3 + reader * 2 + "Yours, you.",
        reader * 2,
        volunteer * 2,
        "“You said so.” " * 4 + reader,
    ):
        assert sn._addressed(sn._QUOTED.sub(" ", text)) == _addressed_as_it_was(
            sn._QUOTED.sub(" ", text)
        )
        assert sn.addresses_readers(text) == _addresses_readers_as_it_was(text), text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_addresses_readers_on_corpus_pages() -> None:
    decided = [0, 0]
    for text in corpus_texts(300, 3202):
        for page in (text, parse("page.md", text).masked):
            plain = sn._QUOTED.sub(" ", page)
            assert sn._addressed(plain) == _addressed_as_it_was(plain)
            verdict = sn.addresses_readers(page)
            assert verdict == _addresses_readers_as_it_was(page)
            decided[verdict] += 1
    assert min(decided) > 20


# -- facts.numeric_order: the numeric-date scan behind its literal gate --------------------


def _numeric_order_as_it_was(document: Any) -> str | None:
    orders = set()
    if m := facts._STATED_ORDER.search(document.source):
        orders.add("mdy" if m["mdy"] else "dmy")
    for m in NUMERIC_IN_TEXT.finditer(document.masked):
        first, second = int(m[1]), int(m[2])
        if second > 12 >= first:
            orders.add("mdy")
        elif first > 12 >= second:
            orders.add("dmy")
    return orders.pop() if len(orders) == 1 else None


_NUMBERS = ["1", "2", "9", "0", "12", "13", "31", "02", "16", "123", "", "٣", "²"]
_SEPARATORS = ["/", ".", "-", " ", "", "//"]
_YEARS = ["19", "20", "2024", "1999", "2100", "1899", "20245", "19٣4", "202"]
_NOISE = ["", " ", "a", "x", "_", "\n", "/", ".", "7", "(", "é"]


def _date_text(rng: random.Random) -> str:
    """Runs of day, month and year pieces with the separators and noise between them: dates
    in both orders, ones that break at a boundary ("2024x", "_2/3/2020"), near misses."""
    parts = []
    for _ in range(rng.choice([0, 1, 2, 3, 6])):
        parts += [
            rng.choice(_NOISE),
            rng.choice(_NUMBERS),
            rng.choice(_SEPARATORS),
            rng.choice(_NUMBERS),
            rng.choice(_SEPARATORS),
            rng.choice(_YEARS),
            rng.choice(_NOISE),
        ]
    return "".join(parts)


def test_the_gated_numeric_scan_is_the_regexs_on_random_texts() -> None:
    rng = random.Random(3203)
    gate = facts._NUMERIC_IN_TEXT.gate  # type: ignore[attr-defined]
    matched = skipped = 0
    for _ in range(40_000):
        text = _date_text(rng)
        got = [m.span() for m in facts._NUMERIC_IN_TEXT.finditer(text)]
        assert got == [m.span() for m in NUMERIC_IN_TEXT.finditer(text)], text
        matched += bool(got)
        skipped += not gate.passes(text)
    assert matched > 400 and skipped > 5_000


def test_numeric_order_is_the_ungated_scans_on_dated_pages() -> None:
    """Pages of numeric dates that can be read one way only, either way, or none: each
    separator, in the text and in a stated format."""
    pages = []
    for day_month in ("02/16/", "16/02/", "02/03/", "02.16.", "16.02.", "2/3/"):
        for year in ("2024", "1999", "2124", "1899"):
            for lead in ("", "Updated ", "# Page\n\nSeen on "):
                pages.append(f"{lead}{day_month}{year} and more.\n")
                pages.append(f"Format: MM/DD/YYYY\n\n{lead}{day_month}{year}.\n")
                pages.append(f"Format: dd/mm/yy\n\n{lead}{day_month}{year}; 12/24/2020.\n")
    found = set()
    for text in pages:
        document = parse("page.md", text)
        order = facts.numeric_order(document)
        assert order == _numeric_order_as_it_was(document), text
        found.add(order)
    assert found == {"mdy", "dmy", None}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_numeric_order_on_corpus_pages() -> None:
    orders = set()
    for text in corpus_texts(600, 3203):
        document = parse("page.md", text)
        order = facts.numeric_order(document)
        assert order == _numeric_order_as_it_was(document)
        orders.add(order)
    assert None in orders
