"""One topic finder per knowledge folder, and what it finds worked out once per view
(issue 16): MED109 and MED112 read the same topics in the same titles and headings, so they
hold one finder (its regexes compiled once) and share its findings through
``Context.derived``, with the same findings as a finder of their own."""

from __future__ import annotations

from medlint import kinds, reading
from medlint.audience import detect
from medlint.checks.aboutness import TopicFinder, topic_finder
from medlint.checks.knowledge import load_guidance, load_topics, plural_ok
from medlint.document import Document, RegionKind
from medlint.engine import Linter, Options

from .conftest import TODAY

PAGE = """# Sepsis

Sepsis is the body's extreme response to an infection. It is a medical emergency.

## Symptoms of sepsis

Fever, fast breathing and confusion can be signs of sepsis.

## Treating sepsis

Sepsis is treated in hospital with antibiotics.
"""


def _document(text: str) -> Document:
    document, _ = reading.read_document("a.md", text.encode())
    assert document is not None
    return document


def _context(linter: Linter, text: str) -> kinds.Context:
    document = _document(text)
    return kinds.Context(document, detect(document), TODAY, linter.bank)


def test_the_red_flag_and_safety_net_rules_hold_one_finder() -> None:
    linter = Linter(Options(today=TODAY, select=("MED109", "MED112")))
    finders = [getattr(r, "rule", r).finder for r in linter.rules]
    assert len(finders) == 2
    assert finders[0] is finders[1] is topic_finder("topics")


def test_a_view_works_out_a_key_once_and_each_view_its_own() -> None:
    linter = Linter(Options(today=TODAY, select=("MED109",)))
    ctx = _context(linter, PAGE)
    runs: list[str] = []

    def work() -> str:
        runs.append("ran")
        return f"result {len(runs)}"

    assert ctx.derived(("a", 1), work) == "result 1"
    assert ctx.derived(("a", 1), work) == "result 1"
    assert ctx.derived(("b", 1), work) == "result 2"
    other = _context(linter, PAGE)
    assert other.derived(("a", 1), work) == "result 3"
    assert len(runs) == 3


def test_the_shared_finding_is_what_a_finder_of_its_own_finds() -> None:
    linter = Linter(Options(today=TODAY, select=("MED109", "MED112")))
    linter.ensure_compiled()
    guidance = load_guidance()
    own = TopicFinder(load_topics(), guidance.title_senses, guidance.title_reading)
    shared = topic_finder("topics")
    ctx = _context(linter, PAGE).reading((RegionKind.MAIN,))
    first = shared.find(ctx)
    assert [m.topic.id for m in first] == ["sepsis"]
    assert first == own.find(_context(linter, PAGE).reading((RegionKind.MAIN,)))
    again = shared.find(ctx)
    assert again == first
    again.clear()  # a caller's list is its own: the view's finding is unchanged
    assert shared.find(ctx) == first


def test_remembered_trigger_hits_are_the_scanned_ones() -> None:
    """``TopicFinder._hits`` answers from its memo what ``_scan`` finds in each text (the
    titles and headings of corpus-like pages, a repeated heading, odd case, a longer
    trigger over a shorter one), hands each caller its own list, and empties the memo
    when it holds HITS_KEPT texts."""
    from medlint.checks import aboutness

    guidance = load_guidance()
    finder = TopicFinder(load_topics(), guidance.title_senses, guidance.title_reading)
    texts = [
        "Sepsis",
        "Symptoms of sepsis",
        "Heat stroke",
        "STROKES and mini-strokes",
        "Fever in children",
        "Symptoms of sepsis",  # again: from the memo
        "Kidney Disease of Diabetes",
        "Nothing to see here",
        "",
    ]
    for text in texts:
        assert finder._hits(text) == finder._scan(text), text
    assert [h.topic.id for h in finder._hits("Heat stroke")] == ["heat-illness"]
    mine = finder._hits("Sepsis")
    assert mine
    mine.clear()  # a caller's list is its own
    assert finder._hits("Sepsis") == finder._scan("Sepsis")
    kept = aboutness.HITS_KEPT
    try:
        aboutness.HITS_KEPT = 3
        finder._found_in.clear()
        for text in texts:
            finder._hits(text)
            assert len(finder._found_in) <= 3
    finally:
        aboutness.HITS_KEPT = kept


def test_an_unprepared_finder_compiles_only_the_topics_its_texts_may_name() -> None:
    """``_scan`` compiles a topic's trigger regex only where the topic's literal gate
    passes (a topic without a gate is always compiled), and finds what every topic's regex
    finds (tests/test_scan_gates.py compares on the corpus's headings)."""
    guidance = load_guidance()
    finder = TopicFinder(load_topics(), guidance.title_senses, guidance.title_reading)
    texts = ["Sepsis", "Symptoms of sepsis", "Heat stroke", "Nothing to see here", "Contact us"]
    scanned = [finder._scan(text) for text in texts]
    assert {"sepsis", "heat-illness", "stroke-tia"} <= set(finder._compiled)
    gated = sum(gate is not None for gate in finder.trigger_gates)
    assert gated >= 0.9 * len(finder.topics)
    assert len(finder._compiled) <= len(finder.topics) - gated + 10
    assert "triggers" not in vars(finder) and "any_trigger" not in vars(finder)
    for text, hits in zip(texts, scanned, strict=True):
        every = [
            (t.id, m.start(), m.end())
            for t in finder.topics
            for m in finder.triggers[t.id].finditer(text)
            if plural_ok(m)
        ]
        assert {(h.topic.id, h.start, h.end) for h in hits} <= set(every), text
        assert {h.topic.id for h in hits} or not every, text
