"""Round 62 (kept in round 62b): MED401's citation search, ``evidence._CITATION_SEARCH``
(``quickscan.searched_by_word`` of ``_CITATION``), finds a match in a block, or in any slice
of it, exactly where ``_CITATION`` does (docs/performance.md, Rounds 62 and 62b)."""

from __future__ import annotations

import random
import re

import pytest

from medlint import quickscan
from medlint.checks.evidence import _CITATION, _CITATION_SEARCH
from tests.conftest import corpus_texts

# One or more blocks for each shape _CITATION's comments name, near misses beside them,
# and case folds (ſ, K, ı, İ) in the case-insensitive words.
BLOCKS = [
    # links, URLs, DOIs, numbered and footnote references
    "See [the trial](https://example.org/trial) for details.",
    'Read <a class="x" href="/study">the study</a> here.',
    "Source https://www.cdc.gov/data and http://nhs.uk pages.",
    "The paper (doi 10.1000/182) was retracted.",
    "The DOI: 10.1016/j.cell.2020.01.001 is listed.",
    "A doing word, not a doi.",
    "Rates fell by half [3] and then [4, 5] again [6–8].",
    "Rates fell by half [a] and [ 3] and [3 , 4].",
    "As noted^2 in the text.",
    "As noted[^note] below.",
    "Empty [^] footnote and ^x caret.",
    # author and year
    "Symptoms improved (Smith, 2019).",
    "Symptoms improved (Smith et al. 2020a).",
    "Symptoms improved (Smith and Jones, 2018).",
    "Symptoms improved (Smith & Jones 2017).",
    "Symptoms improved (smith, 2019) and (Smith, 1899).",
    "(Albina et al, American Journal of Physiology, 254 (1998), 228-334)",
    "(Akhondzadeh et al., 2001; Movafegh et al., 2008)",
    "(Smith et al., n = 2000)",
    # according to, reported by, data from ...
    "According to the CDC, rates rose.",
    "according to statistics, rates rose.",
    "according to studies rates rose.",
    "ACCORDING TO the WHO, rates rose.",
    "Reported by Reuters last week.",
    "Data from the registry show a rise.",
    "Data frommer is not a source.",
    "Source: NHS Digital.",
    "Sources: ONS, 2021.",
    "It was published in a journal.",
    "A study by Harvard found it.",
    "A study published last year.",
    "ſources: NHS.",
    "Kata from the registry.",
    "ıt was publıshed ın a journal.",
    # a study named in the sentence
    "A 2022 study in the Journal of Pediatrics found it.",
    "A similar survey by the Los Angeles Times found it.",
    "A 2017 study in JAMA found it.",
    "One review from the Cochrane group found it.",
    "The trial conducted by the NIH found it.",
    "a study in California found it.",
    "a study in 2019 found it.",
    "An analysis carried out by Oxford found it.",
    "The meta-analysis published in the Lancet found it.",
    "an poll by x found nothing.",
    "In the British Medical Journal, it was shown.",
    "in the journal Pediatrics it was shown.",
    "İn JAMA it was shown.",
    # presented at a meeting; researchers at an institution
    "Research recently presented at the virtual ObesityWeek conference showed it.",
    "It was presented at the American Diabetes Association's Scientific Sessions.",
    "It was presented at a meeting.",
    "Researchers at the University of Pittsburgh found it.",
    "Scientists from Johns Hopkins University found it.",
    "A team at the Mayo Clinic found it.",
    "researchers at home found it.",
    # named bodies reporting
    "The Diabetes Prevention Program (DPP) showed that weight fell.",
    "The WHO found a rise.",
    "The National Lung Screening Trial, or NLST, showed conclusively that it works.",
    "The National Institute of Mental Health estimates that 5% are affected.",
    "The Food and Drug Administration reports a recall.",
    "The Southern states are warm.",
    "The American Urological Association states that it is safe.",
    "The Nigeria Centre for Disease Control and Prevention (NCDC), has confirmed cases.",
    "with the Department of Health recording over 400,000 cases",
    "The Johnsons noticed it.",
    "The Miracle Detox Tea has reported sales.",
    # trials and studies by name, datasets
    "in the landmark DPP trial, weight fell",
    "the DiRECT trial achieved remission",
    "the ADHD trial and the UK trial",
    "the Framingham Heart Study found it",
    "the Latest Study and the Amazing Turmeric Trial",
    "StatsWales’ October 2025 data show a rise",
    "the latest StatsWales data, CDC data and ONS figures",
    "COVID data and HIV statistics",
    # per, officials, he or she said
    "Per the CDC, rates rose. Per CDC data, rates rose.",
    "per GP, per ICU admission, Per Cent",
    "Clark County health officials said it was safe.",
    "CDC officials confirmed it. U.S. health officials said so.",
    "Health officials said so. Some State officials said so.",
    "Cases rose by 20% within a week,” she said.",
    "She said 20% of people had it.",
    "She said she felt better after 2 weeks.",
    "Rates fell, explains the British Tinnitus Association.",
    "Rates fell, Bliss said. Rates fell, Dr. Lee explained.",
    # footnotes
    "It is less than 39°C.(2) And 4.3 years. 1",
    "It plagues us adults as well (1).",
    "It is <sup>2</sup> and ¹ and diverticulosis.2 A health care provider.",
    # publications
    "Dr. Doshi's BMJ article said so.",
    "Bertrand Lowenstein reported in his book that it works.",
    "The FTC's complaint says so.",
    "New England Journal of Medicine, March 2021.",
    "Journal of Surgical Research, 38 (1985).",
    "Plain text with nothing cited at all.",
    "",
]

SAMPLES = [  # texts that open with each \b-led alternative's first character
    "according to the CDC",
    "data from the NHS",
    "doi 10.1000/1",
    "reported by Reuters",
    "published in print",
    "sources: NHS",
    "one study by the Mayo",
    "in JAMA",
    "researchers at the University",
    "investigators from Yale University",
    "presented at the ADA conference",
    "the WHO found",
    "per the CDC",
    "CDC data",
    "He said 20% of cases",
    "Dr. Lee's study",
    "wrote in his book",
    "Lancet, 2020",
    "The FTC's report says",
]


def _agree(text: str, pos: int = 0, endpos: int | None = None) -> None:
    end = len(text) if endpos is None else endpos
    old = _CITATION.search(text, pos, end) is not None
    new = _CITATION_SEARCH.search(text, pos, end) is not None
    assert old == new, (text[pos:end], pos, end, old)


def test_the_search_is_the_regrouped_pattern() -> None:
    pieces = quickscan.alternatives(_CITATION.pattern)
    assert "|".join(pieces) == _CITATION.pattern
    assert len(pieces) == 36
    assert sum(piece.startswith("\\b") for piece in pieces) == 18
    assert _CITATION_SEARCH is not _CITATION
    assert _CITATION_SEARCH.flags == _CITATION.flags


@pytest.mark.parametrize("block", BLOCKS)
def test_crafted_blocks_cut_at_every_pos_and_endpos(block: str) -> None:
    for pos in range(len(block) + 1):
        _agree(block, pos)
    for end in range(len(block) + 1):
        _agree(block, 0, end)
    for pos in range(0, len(block) + 1, 5):
        for end in range(pos, len(block) + 1, 3):
            _agree(block, pos, end)


def test_the_crafted_blocks_find_citations_and_miss_near_misses() -> None:
    found = [bool(_CITATION.search(block)) for block in BLOCKS]
    assert 0 < sum(found) < len(BLOCKS)  # both answers are tested


def test_random_slices_of_the_blocks_joined() -> None:
    text = "\n\n".join(BLOCKS)
    rng = random.Random(62)
    for _ in range(3000):
        pos = rng.randrange(len(text) + 1)
        end = rng.randrange(pos, min(len(text), pos + 400) + 1)
        _agree(text, pos, end)


def test_the_case_insensitive_first_letters_after_every_character() -> None:
    first = set("adioprstADIOPRST")
    for sample in SAMPLES:
        for code in range(0x20, 0x3000):
            char = chr(code)
            _agree(char + sample)
            if sample[0] in first:
                _agree(char + sample[1:])  # the first letter replaced: ſ, K, ı, İ ...


@pytest.mark.skipif(not corpus_texts(1, 62), reason="the shared corpus is absent")
def test_every_block_of_corpus_pages() -> None:
    rng = random.Random(162)
    for text in corpus_texts(150, 62):
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)]
        for start, end in spans:
            _agree(text, start, end)
        for _ in range(20):
            pos = rng.randrange(len(text) + 1)
            _agree(text, pos, rng.randrange(pos, len(text) + 1))


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bcat|\bdog|x", re.X),  # verbose: comments could hide a "|"
        (r"(?i)\bcat|\bdog|x", 0),  # a leading global flag
        (r"\bcat|dog|x", 0),  # a single \b alternative
        (r"[|]\bcat", 0),  # no top-level "|" at all
    ],
)
def test_patterns_not_split_are_returned_as_they_are(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    assert quickscan.searched_by_word(rx) is rx


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (r"a|b", ["a", "b"]),
        (r"(a|b)|c", ["(a|b)", "c"]),
        (r"[|]|\||c", ["[|]", r"\|", "c"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"(?:[(]|a)|b", ["(?:[(]|a)", "b"]),
    ],
)
def test_alternatives_split_at_top_level_bars(pattern: str, pieces: list[str]) -> None:
    assert quickscan.alternatives(pattern) == pieces
    assert "|".join(pieces) == pattern


def test_a_split_pattern_finds_what_the_whole_one_finds() -> None:
    rx = re.compile(r"\bcat\b|x\d|\b(?i:dog)|\bemu(?=s)|\]\(")
    search = quickscan.searched_by_word(rx)
    assert search is not rx
    rng = random.Random(5)
    alphabet = "catdogemusxDOGK1 ](ſ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        for pos in range(len(text) + 1):
            assert bool(rx.search(text, pos)) == bool(search.search(text, pos)), (text, pos)
