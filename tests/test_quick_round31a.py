"""Round 31a's quick paths change no result.

MED401's statistics in an ASCII page are tried only at ``evidence.statistic_places``
(the first digit of a run, "#", "." before a digit, a number word after a character that
is no word character); ``evidence.statistics`` is compared with ``_STATISTIC.finditer`` on
crafted texts, random texts and corpus articles (raw and masked)."""

from __future__ import annotations

import random
import re

import pytest

from medlint.checks import evidence
from medlint.parsing import parse
from tests.conftest import CORPUS, corpus_paths

STATISTIC_TEXTS = [
    "",
    "5",
    "one in five people",
    "One in every five people; 1 in 108 individuals; 9 out of 10 doctors; #1 killer",
    "About 50% of adults, .5% of cases, 3.5%, x.5%, version.5%, 1,000,000 people, 70.000 people",
    "#one killer; #one in every five people; No. 1 cause; no one cause; number one reason",
    "someone in every five; none of the 20 studies; phase 2 trials; stage 3 trials; 41 studies",
    "half of all adults, a third of patients, one-third of the time, two-thirds of women",
    "most of the people, the majority of cases, millions of people, billions of cells",
    "Fifty million Americans, fifty thousand people, twenty-five million, ten thousand cases",
    "over 750,000 knee replacements are performed each year; 1,000 mg a day for a year",
    "more than 50 affected individuals have been identified; 70 cases have been described",
    "2 times more likely, 2.5 times as likely, 3 million, .5 billion, 12.5 million adults",
    "(one in five); 'half of adults'; -one in every ten-; _one in ten people; 1_2 in 3",
    "Eleven in every twelve; EIGHT OUT OF TEN PEOPLE; Nine In Ten Dentists; SIX in 10 men",
    "a1 in 5 people; 12in 5; 2019 to 2020; 123 in 456; #12 cause; ##1 killer; ..5%; 1..5%",
    "one\nin\nevery\nfive; 5\u00a0percent; 5 per cent; 5percent; 5 %",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        "1", "5", "12", "108", "1,000", "70.000", "3.5", ".5", "#", ".", ",", "%", "percent",
        "per cent", "in", "out of", "every", "one", "One", "ONE", "two", "three", "nine", "ten",
        "twenty", "fifty", "eleven", "seven", "six", "four", "five", "hundred", "thousand",
        "million", "billion", "millions", "billions", "of", "half", "a third", "a quarter",
        "one-third", "most", "majority", "people", "adults", "patients", "cases", "women",
        "individuals", "have", "been", "reported", "each", "year", "studies", "trials",
        "phase", "stage", "No.", "no", "number", "killer", "cause", "reason", "times", "more",
        "likely", "someone", "often", "none", "_", "-", "(", ")", "'", " ", " ", "  ", "\n",
        "\t", "x", "a", "the", "chance", "years", "mg", "doctors", "person",
    ]  # fmt: skip
    return [
        "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 50)))
        for _ in range(n)
    ]


def _plain(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in evidence._STATISTIC.finditer(text)]


def _same_statistics(texts: list[str], at_least: int) -> None:
    found = 0
    for text in texts:
        spans = evidence.statistics(text)
        assert spans == _plain(text), text
        found += len(spans)
        if text.isascii():
            places = set(evidence.statistic_places(text.lower()))
            assert all(start in places for start, _ in spans), text
    assert found >= at_least


def test_statistics_are_found_at_their_places_as_the_statistic_regex_finds_them() -> None:
    _same_statistics(STATISTIC_TEXTS + [t.upper() for t in STATISTIC_TEXTS], 60)
    _same_statistics(_random_texts(6000, 3101), 1000)
    # every place the plain scan tries that can start a match is one of the places
    for text in _random_texts(2000, 3102):
        starts = [i for i in range(len(text) + 1) if evidence._STATISTIC.match(text, i) is not None]
        assert set(starts) <= set(evidence.statistic_places(text.lower())), text


def test_non_ascii_pages_keep_the_plain_places() -> None:
    texts = ["one in five people \u00e9", "\u0130 one in five; 5% of \u017f", "\u0661 in 5 people"]
    for text in texts:
        assert evidence.statistics(text) == _plain(text)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_statistics_in_corpus_articles_as_the_plain_scan() -> None:
    texts = []
    for path in corpus_paths(200, 3103):
        source = path.read_text(encoding="utf-8", errors="replace")
        texts += [source, parse(str(path), source).masked]
    _same_statistics(texts, 100)


def test_the_place_scans_open_with_a_class_re_skips_to() -> None:
    from re import _parser  # type: ignore[attr-defined]

    for rx in (evidence._FIGURE_PLACES, evidence._WORD_PLACES):
        first = next(iter(_parser.parse(rx.pattern, rx.flags).data))
        assert first[0] is _parser.IN
    assert re.compile(evidence._STATISTIC_WORDS).pattern


VERDICT_TEXTS = [
    "",
    "is unnecessary",
    "is not necessary for most people",
    "Is Not Needed.",
    "IS POINTLESS, is needless, are useless, was overrated, 's a waste of money",
    "isn't necessary; aren't needed; wasn't required; isn’t necessary",
    "kept as a last resort; as the last resort; AS YOUR LAST RESORT",
    " is not the answer.",
    "are never the treatment!",
    "isn't the cure",
    "do not work; don't really work; does not work as well; doesn't work; never work",
    "is \u017funnecessary; i\u017f not needed; \u0130s not the answer; \u0131s useless",
    "is u\u0307nnecessary; is NOT NEEDED\u00a0today; DON\u2019T work; is \u212aind of useless",
    "is recommended for most people who need it",
    "works well for many; is the answer for everyone; is not the only treatment",
]


def _random_clauses(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        "is", "are", "was", "'s", "isn't", "aren't", "wasn't", "not", "never", "do", "does",
        "don't", "doesn't", "really", "work", "works", "unnecessary", "pointless", "needless",
        "useless", "overrated", "a waste", "necessary", "needed", "required", "as", "a", "the",
        "your", "last", "resort", "answer", "treatment", "solution", "cure", "way", "well",
        "for", "all", "some", "in", "right away", "usually", ".", "!", ";", ":", ",", "  ",
        "IS", "NOT", "Never", "ſ", "İ", "ı", "K", "é", "less", "n't",
    ]  # fmt: skip
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_the_verdict_words_hold_a_word_of_every_verdict() -> None:
    """``consult._verdict`` finds what ``_VERDICT.search`` finds, and every ASCII string
    it matches in holds one of ``_VERDICT_WORDS`` lowercased."""
    from medlint.checks import consult

    matched = skipped = 0
    for text in VERDICT_TEXTS + _random_clauses(20000, 3104):
        plain = consult._VERDICT.search(text)
        found = consult._verdict(text)
        assert (found and found.span()) == (plain and plain.span()), text
        if plain is not None:
            matched += 1
            if text.isascii():
                assert consult._VERDICT_WORDS.search(text.lower()), text
        elif text.isascii() and not consult._VERDICT_WORDS.search(text.lower()):
            skipped += 1
    assert matched >= 500 and skipped >= 1000
