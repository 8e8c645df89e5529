"""Round 62 (issue 16): MED401's citation search (``_Citations.within``) runs
``_CITATION_SEARCH``, _CITATION's alternatives that open with \\b behind one \\b and the
look-ahead of their first characters (``quickscan.searched_by_word``). It must find a match
in a block exactly where _CITATION does: on crafted blocks, on every block of corpus pages
and on slices cut anywhere (``search(text, pos, endpos)``)."""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest

from medlint import quickscan
from medlint.checks import evidence as ev
from medlint.parsing import parse

from .conftest import corpus_texts

# A block for each shape _CITATION's comments name, and near misses beside them.
CRAFTED = [
    "See [the trial](https://example.org/trial) for details.",
    'Read <a class="x" href="/study">the study</a>.',
    "Source: https://www.cdc.gov/flu",
    "The doi is 10.1000/xyz123.",
    "Half of adults are affected [12].",
    "Half of adults are affected [3, 4-6].",
    "Half of adults are affected^2 today.",
    "Half of adults are affected[^note].",
    "Half of adults are affected (Smith et al., 2019).",
    "Half of adults are affected (Smith and Jones 2001a).",
    "(Albina et al, American Journal of Physiology, 254 (1998), 228-334)",
    "(Akhondzadeh et al., 2001; Movafegh et al., 2008)",
    "(Smith et al., n = 2000)",
    "According to the CDC, 40% of adults are affected.",
    "According to statistics, 40% of adults are affected.",
    "ACCORDING TO THE WHO, 40% of adults are affected.",
    "Data from the registry show 40% of adults are affected.",
    "A 2022 study in the Journal of Pediatrics found 40% of children.",
    "A study in California found 40% of children.",
    "a similar survey by the Los Angeles Times found 12%.",
    "Research recently presented at the virtual ObesityWeek conference: 30%.",
    "Researchers at the University of Pittsburgh found 30% fewer cases.",
    "The Diabetes Prevention Program (DPP) showed that 58% fewer people ...",
    "The National Institute of Mental Health estimates 21% of adults ...",
    "the CDC estimates 1 in 5 people",
    "The Southern states have 12% more cases.",
    "The American Urological Association states that 30% of men ...",
    "The Department of Health (DOH) has recorded over 400,000 cases",
    "The Johnsons noticed 30% more.",
    "in the landmark DPP trial, 58% fewer",
    "the ADHD trial found 10%",
    "the UK trial found 10%",
    "The Framingham Heart Study found 20%.",
    "the Latest Study shows 90%",
    "StatsWales' October 2025 data show 12%",
    "COVID data show 12%",
    "CDC data show 12%",
    "ONS figures show 12%",
    "HIV statistics show 12%",
    "Per the CDC, 12% of adults ...",
    "Per CDC data, 12% of adults ...",
    "per GP, 12 patients",
    "Per Cent 12",
    "Clark County health officials said 12 people died.",
    "Health officials said 12 people died.",
    "Some State officials said 12 people died.",
    "U.S. health officials said 12 people died.",
    "CDC officials confirmed 12 cases.",
    "The drug works within a week 90% of the time, she said.",
    "She said 20% of patients improved.",
    "She said she felt better after 2 weeks.",
    "About 30% of cases resolve, explains the British Tinnitus Association.",
    "About 30% of cases resolve, says the Mayo Clinic.",
    "About 30% of cases resolve, Bliss said.",
    "About 30% of cases resolve, Dr. Lee explained.",
    "Fever is common in 30% of children less than 39°C.(2)",
    "The median survival was 4.3 years. 1",
    "It can plague us adults as well (1).",
    "Affects 30% of people<sup>2</sup>",
    "Affects 30% of people¹",
    "diverticulosis.2 A health care provider can tell 30%",
    "Dr. Doshi's BMJ article reports 30%",
    "what Bertrand Lowenstein, M.D., reported in his book: 30%",
    "The FTC's complaint says 30% of buyers",
    "New England Journal of Medicine, March 2021: 30%",
    "Journal of Surgical Research, 38 (1985)",
    "About 30% of adults have it.",
    "",
    "the",
    "The",
    "ſource: the registry",  # a long s folds to "s" under (?i)
    "KELVIN: according to the \u212a registry, 30%",
    "Accordıng to the registry, 30%",  # a dotless i folds to "i" under (?i)
    "\u0130N the Journal of Medicine, 30%",
    "über 30% der Patienten (Müller et al., 2019)",
    "“According to the CDC,” 30% of adults",
    "x_The CDC estimates 30%",
    "3The CDC estimates 30%",
    "_Per the CDC, 30%",
]


def _old(text: str, start: int = 0, end: int | None = None) -> bool:
    return bool(ev._CITATION.search(text, start, len(text) if end is None else end))


def _new(text: str, start: int = 0, end: int | None = None) -> bool:
    return bool(ev._CITATION_SEARCH.search(text, start, len(text) if end is None else end))


def test_the_search_is_regrouped() -> None:
    pieces = quickscan.alternatives(ev._CITATION.pattern)
    assert "|".join(pieces) == ev._CITATION.pattern
    assert len(pieces) == 36
    assert sum(piece.startswith("\\b") for piece in pieces) == 18
    for piece in pieces:
        re.compile(piece)  # each piece is a regex of its own: split at the top level only
    assert ev._CITATION_SEARCH is not ev._CITATION
    assert ev._CITATION_SEARCH.flags == ev._CITATION.flags


@pytest.mark.parametrize("text", CRAFTED)
def test_crafted_blocks(text: str) -> None:
    assert _new(text) == _old(text)
    for start in range(len(text) + 1):  # slices: look-behinds and \b read before pos
        assert _new(text, start) == _old(text, start), start
        assert _new(text, 0, start) == _old(text, 0, start), start


def test_crafted_blocks_joined_and_cut() -> None:
    rng = random.Random(62)
    joined = "\n\n".join(CRAFTED)
    for _ in range(3000):
        start = rng.randrange(len(joined) + 1)
        end = rng.randrange(start, min(len(joined), start + 300) + 1)
        assert _new(joined, start, end) == _old(joined, start, end), (start, end)


def test_corpus_blocks() -> None:
    texts = corpus_texts(150, 62)
    if not texts:
        pytest.skip("the shared corpus is not here")
    rng = random.Random(620)
    searched = found = 0
    for i, text in enumerate(texts):
        document = parse(f"page{i}.md", text)
        source = document.source
        edges = [0, *document.breaks, len(source)]
        for start, end in pairwise(edges):
            if start < end:
                searched += 1
                found += _old(source, start, end)
                assert _new(source, start, end) == _old(source, start, end), (i, start, end)
        for _ in range(20):  # and slices cut anywhere
            start = rng.randrange(len(source) + 1)
            end = rng.randrange(start, len(source) + 1)
            assert _new(source, start, end) == _old(source, start, end), (i, start, end)
    assert searched > 1000 and 0 < found < searched


def test_every_case_fold_of_a_first_letter() -> None:
    """The look-ahead reads the case-insensitive alternatives' first letters under their own
    scoped flag, so every character that folds to one of them passes it: a word-led
    alternative opening with any character at all is searched the same way."""
    for code in range(0x20, 0x3000):
        char = chr(code)
        text = f"{char}ccording to the CDC, 30% of adults"
        assert _new(text) == _old(text), hex(code)
        text = f"{char}n the Journal of Medicine, 30%"
        assert _new(f"a study {text}") == _old(f"a study {text}"), hex(code)


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        ("a|b", ["a", "b"]),
        ("a[|]b|c", ["a[|]b", "c"]),
        ("(a|b)|\\|x", ["(a|b)", "\\|x"]),
        ("[]|]|d", ["[]|]", "d"]),
        ("[^]|]x|y", ["[^]|]x", "y"]),
        ("[\\]|]|z", ["[\\]|]", "z"]),
        ("(?:a(?:b|c)|d)|e", ["(?:a(?:b|c)|d)", "e"]),
        ("abc", ["abc"]),
        ("", [""]),
    ],
)
def test_alternatives(pattern: str, pieces: list[str]) -> None:
    assert quickscan.alternatives(pattern) == pieces


def test_searched_by_word_leaves_what_it_cannot_regroup() -> None:
    one = re.compile(r"\bone|two")
    assert quickscan.searched_by_word(one) is one  # a single word-led alternative
    verbose = re.compile(r"\bone | \btwo # a comment | with a bar", re.VERBOSE)
    assert quickscan.searched_by_word(verbose) is verbose
    flagged = re.compile(r"(?i)\bone|\btwo")
    assert quickscan.searched_by_word(flagged) is flagged
    both = re.compile(r"x\d|\bone|y|\btwo")
    regrouped = quickscan.searched_by_word(both)
    assert regrouped is not both
    for text in ["one", "a two", "twone", "xone", "x1", "y", "no", "someone", "two-one"]:
        assert bool(regrouped.search(text)) == bool(both.search(text)), text
