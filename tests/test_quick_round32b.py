"""Round 32b's exact paths against the computations they replace (docs/performance.md,
"Round 32b"): MED112's ``addresses_readers``, whose reader words are found in one pass over
the page, against the per-sentence searches as they were (kept here), on random, crafted
and corpus texts. No test times anything."""

from __future__ import annotations

import random

import pytest

from medlint.checks import safetynet as sn
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
