"""The cheap gates before expensive scans change no match (docs/performance.md, round 8b).

Each gate is a necessary condition of the scan it skips: where the scan would find a
match, the gate lets it run. The comparisons use the shared corpus sample of
``bench_peers.py``, the development sentence splits, the rule files and cases written
here; they never read a held-out split."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from medlint.checks import doses, evidence
from medlint.checks.aboutness import TopicFinder
from medlint.checks.knowledge import load_topics, pattern_alternatives, plural_ok
from medlint.discovery import discover
from medlint.reading import read_text
from tests.conftest import SHARED

ROOT = Path(__file__).parent
CORPUS = SHARED / "corpus"
# development and seed sentence files only (the fresh-web*.jsonl files are held out)
DEV_SENTENCES = (
    "web-dev.jsonl",
    "web-dev-4.jsonl",
    "web-dev-5.jsonl",
    "web-dev-6.jsonl",
    "web-dev-7.jsonl",
    "seeds.jsonl",
    "variants.jsonl",
    "nih-corpus.jsonl",
    "regulators.jsonl",
)


def _texts() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for name in DEV_SENTENCES
        if (path := ROOT / "eval" / "sentences" / name).is_file()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((ROOT.parent / "rules").rglob("*.yaml"))
    ]
    if CORPUS.is_dir():
        paths = sorted(discover([str(CORPUS)]))
        for path in sorted(random.Random(16).sample(paths, min(120, len(paths)))):
            text = read_text(path)[0]
            if text is not None:
                texts.append(text)
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _pieces(texts: list[str]) -> list[str]:
    """Lines and rough sentences: the texts the per-sentence and per-heading scans see."""
    out = []
    for text in texts:
        for line in text.splitlines():
            out.append(line)
            out += re.split(r"(?<=[.!?])\s+", line)
    return [p for p in out if p.strip()]


def test_the_statistic_lookahead_keeps_every_match(texts: list[str]) -> None:
    assert evidence._STATISTIC.pattern.startswith(evidence.STATISTIC_STARTS)
    plain = re.compile(evidence._STATISTIC_ALTERNATIVES, re.I)
    extra = [
        "Fifty million Americans",
        "the No. 1 killer",
        "#1 reason",
        "billions of dollars",
        "Nearly HALF OF ADULTS",
        "A third of women",
        "a quarter of people",
        "the majority of patients",
        "Most of all adults",
        "one in every five people",
        "Twenty-five million adults",
        "fifty thousand people",
        "the number one cause of death",
        "the 41 studies conducted",
        "NINE out of ten dentists",
    ]
    found = 0
    for text in [*texts, *extra]:
        fast = [m.span() for m in evidence._STATISTIC.finditer(text)]
        assert fast == [m.span() for m in plain.finditer(text)], text[:80]
        found += len(fast)
    assert all(evidence._STATISTIC.search(t) for t in extra)
    # the look-ahead names the number words itself: each must pass it
    for word in evidence._NUMBER_WORDS.split("|"):
        assert re.match(evidence.STATISTIC_STARTS, word.capitalize(), re.I), word
    # the comparison saw many matches (431 without the shared corpus, which CI may lack)
    assert found > (500 if CORPUS.is_dir() else 300)


def test_the_frequency_gate_lets_every_frequency_dose_through(texts: list[str]) -> None:
    pieces = _pieces(texts)
    pieces += [
        "Take two capsules THREE TIMES A DAY.",
        "Drink this mixture twice daily before meals",
        "Dose: every 4 hours until symptoms improve",
        "Apply it before each meal",
        "Take one dose in the Morning and Evening",
        "you can repeat every 15 minutes",
        "Take it once a day",
    ]
    matched = 0
    for piece in pieces:
        if doses._FREQUENCY_DOSE.search(piece):
            matched += 1
            assert doses.may_be_frequency(piece), piece[:80]
    assert matched > 20
    # re.I reads "ı" and "İ" as "i", which str.lower does not: such text is always scanned
    assert doses._FREQUENCY_DOSE.search("Take it three tımes a day")
    assert doses.may_be_frequency("Take it three tımes a day")
    assert doses.may_be_frequency("Take it three TİMES a day")
    assert not doses.may_be_frequency("Rest and see a doctor.")
    assert doses.frequency_dose("Rest and see a doctor.") is None


def _ungated(finder: TopicFinder, text: str) -> list[tuple[str, int, int]]:
    """``TopicFinder._hits`` as it was before the any-topic scan: every topic's regex."""
    hits = [
        (t.id, m.start(), m.end())
        for t in finder.topics
        for m in finder.triggers[t.id].finditer(text)
        if plural_ok(m)
    ]
    return [
        h
        for h in hits
        if not any(
            o[0] != h[0] and o[1] <= h[1] and h[2] <= o[2] and o[2] - o[1] > h[2] - h[1]
            for o in hits
        )
    ]


def test_the_any_topic_scan_misses_no_trigger(texts: list[str]) -> None:
    finder = TopicFinder(load_topics())
    assert finder.topics
    # the texts the finder reads: titles and headings (every corpus heading line), and every
    # 20th other line or sentence
    pieces = [p for p in _pieces(texts) if p.lstrip().startswith(("#", "title:"))]
    pieces += _pieces(texts)[::20]
    pieces += [f"What is {t.triggers[0]}?" for t in finder.topics if t.triggers]
    pieces += [f"{t.title.upper()}S" for t in finder.topics]
    # every topic's trigger alternatives in one regex: a text it finds nothing in names no topic
    alternatives = "|".join(pattern_alternatives(t.triggers) for t in finder.topics)
    any_trigger = re.compile(r"(?<![\w-])(?:" + alternatives + r")", re.I)
    named = 0
    for piece in pieces:
        hits = [(h.topic.id, h.start, h.end) for h in finder._hits(piece)]
        assert hits == _ungated(finder, piece), piece[:80]
        if any_trigger.search(piece) is None:
            assert not any(finder.triggers[t.id].search(piece) for t in finder.topics), piece[:80]
        named += bool(hits)
    assert named > len(finder.topics)


def test_a_finder_without_topics_finds_nothing() -> None:
    assert TopicFinder([])._hits("Stroke") == []
