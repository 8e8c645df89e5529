"""Round 62b (round 61b's change): ``LiteralGate.passes`` asked of a long text answers from
the process's ``_PRESENCE`` (one RE2 set search for the case-insensitive literals); its
answer is the literal-by-literal one, compared here with that loop (docs/performance.md,
Rounds 61b and 62b)."""

from __future__ import annotations

import gc
import random
import sys

import pytest

from medlint import quickscan
from medlint.engine import Linter, Options
from medlint.quickscan import PRESENCE_TEXT, LiteralGate, literal_gate_of, lowered
from tests.conftest import TODAY, corpus_texts


def _by_lookup(gate: LiteralGate, text: str) -> bool:
    """``passes`` as it was before round 62b: each literal looked up in the text."""
    low: str | None = None
    for way in gate._checks:
        for needed in way:
            found = False
            for literal, folded in needed:
                if folded:
                    if low is None:
                        low = lowered(text)
                    if low == "" or literal in low:
                        found = True
                        break
                elif literal in text:
                    found = True
                    break
            if not found:
                break
        else:
            return True
    return False


@pytest.fixture
def presence(monkeypatch: pytest.MonkeyPatch) -> quickscan._Presence:
    """A fresh process-wide presence search (for fresh gates only: a gate registers its
    literals once, so the process's own gates must keep the process's search)."""
    fresh = quickscan._Presence()
    monkeypatch.setattr(quickscan, "_PRESENCE", fresh)
    return fresh


def _gate(pattern: str, flags: int = 0) -> LiteralGate:
    gate = literal_gate_of(pattern, flags)
    assert gate is not None
    return gate


def _filler(n: int) -> str:
    return ("lorem ipsum dolor sit amet " * (n // 27 + 1))[:n]


def _the_linters_gates() -> list[LiteralGate]:
    linter = Linter(Options(today=TODAY))
    linter.lint_text("a.md", "# A page\n\nSee your doctor about 5 mg of aspirin daily.\n")
    gates = {id(g): g for g in gc.get_objects() if isinstance(g, LiteralGate)}
    # fresh copies: these register their literals in the test's own presence search
    return [LiteralGate(g.ways) for g in gates.values()]


@pytest.mark.skipif(not corpus_texts(1, 61), reason="the shared corpus is absent")
def test_every_gate_on_long_corpus_texts_as_by_lookup(presence: quickscan._Presence) -> None:
    gates = _the_linters_gates()
    assert len(gates) > 100
    texts = [t for t in corpus_texts(60, 61) if len(t) >= PRESENCE_TEXT][:30]
    assert texts
    rng = random.Random(61)
    for text in texts:
        variants = [text, text.upper(), text[: PRESENCE_TEXT + rng.randrange(50)]]
        for variant in variants:
            for gate in gates:
                assert gate.passes(variant) == _by_lookup(gate, variant), gate.ways
    assert presence.literals  # the long texts were answered by the set search


@pytest.mark.skipif(not corpus_texts(1, 61), reason="the shared corpus is absent")
def test_the_first_gates_asked_then_more_registered(presence: quickscan._Presence) -> None:
    """A gate registered after texts were answered: the set is compiled again and the
    answers kept for fewer literals are dropped."""
    gates = _the_linters_gates()
    texts = [t for t in corpus_texts(40, 62) if len(t) >= PRESENCE_TEXT][:12]
    random.Random(3).shuffle(gates)
    for k, gate in enumerate(gates):
        for text in texts[k % 3 : k % 3 + 9]:  # more texts than the answers kept
            assert gate.passes(text) == _by_lookup(gate, text)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?i:according to|reported by)\b", 0),
        (r"aspirin\s+\d+\s*mg", 2),  # re.I
        (r"Mayo Clinic|(?i:cleveland clinic)", 0),
        (r"(?:daily|twice)\s+(?:dose|doses|dosing)", 2),
        (r"CDC|FDA|(?i:world health)", 0),
    ],
)
def test_crafted_gates_and_texts(presence: quickscan._Presence, pattern: str, flags: int) -> None:
    gate = _gate(pattern, flags)
    pad = _filler(PRESENCE_TEXT)
    pieces = [
        "",
        "According to",
        "ACCORDING TO",
        "reported by",
        "Aspirin 5 mg",
        "aspirin",
        "mayo clinic",
        "Mayo Clinic",
        "Cleveland CLINIC",
        "twice doses",
        "daily dosing",
        "cdc",
        "CDC",
        "World Health",
        "ſ",  # a letter of FOLDS: lowered gives "", every fold passes
        "İ",
        "\ud800",  # a lone surrogate: RE2 cannot take the text
        "émigré ß ﬀ",
    ]
    for a in pieces:
        for b in pieces:
            for text in (pad + a + b, a + pad + b, a + b + pad[:100], pad[:-5] + a):
                assert gate.passes(text) == _by_lookup(gate, text), (pattern, a, b)


def test_a_long_text_with_no_literal_is_looked_up(presence: quickscan._Presence) -> None:
    gate = _gate(r"(?i:aspirin|ibuprofen)")
    text = _filler(3 * PRESENCE_TEXT)
    assert presence.found(lowered(text)) is None  # nothing registered yet
    assert not gate.passes(text)
    assert presence.literals == ["aspirin", "ibuprofen"]
    assert presence.found(lowered(text)) is None  # none found: cannot tell
    assert gate.passes(text + "Aspirin")
    assert presence.found(lowered(text + "Aspirin")) == frozenset({"aspirin"})


def test_short_texts_never_search(presence: quickscan._Presence) -> None:
    gate = _gate(r"(?i:aspirin)")
    text = _filler(PRESENCE_TEXT - 10) + "aspirin"
    assert gate.passes(text)
    assert presence.literals == []


def test_without_re2_the_gate_looks_literals_up(
    presence: quickscan._Presence, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "re2", None)  # import re2 fails
    gate = _gate(r"(?i:aspirin)\s+\d")
    text = _filler(PRESENCE_TEXT) + " ASPIRIN 5"
    assert gate.passes(text)
    assert not gate.passes(_filler(PRESENCE_TEXT))
    assert presence.found(lowered(text)) is None


def test_answers_kept_for_the_last_texts_only(presence: quickscan._Presence) -> None:
    gate = _gate(r"(?i:aspirin)")
    texts = [_filler(PRESENCE_TEXT) + f" aspirin {i}" for i in range(20)]
    for text in texts:
        assert gate.passes(text)
        assert len(presence._found) <= quickscan._PRESENCE_TEXTS


def test_an_answer_from_an_older_literal_set_never_answers_for_a_newer_one(
    presence: quickscan._Presence,
) -> None:
    """A search that started before a registration (another thread's) keeps its answer with
    the literal set it ran on: the newer set searches the text again (round 63 review)."""
    text = lowered(_filler(PRESENCE_TEXT) + " aspirin and ibuprofen")
    presence.register(frozenset({"aspirin"}))
    older = presence._current
    presence.register(frozenset({"ibuprofen"}))
    assert older.found(text) == frozenset({"aspirin"})  # the slow thread finishes late
    assert presence.found(text) == frozenset({"aspirin", "ibuprofen"})


def test_gates_registering_in_threads_keep_their_literals(presence: quickscan._Presence) -> None:
    """Gates asked of the same long texts in several threads at once (a Dask worker running
    chunks of several Linters) answer as the literal-by-literal loop does, and every gate's
    literals end up registered."""
    import threading

    words = [f"remedy{i:02d}" for i in range(40)]
    gates = [_gate(rf"(?i:{word})\s+works") for word in words]
    texts = [
        _filler(PRESENCE_TEXT) + " " + " ".join(f"{w} works" for w in words[k::3]) for k in range(3)
    ]
    start = threading.Barrier(8)
    wrong: list[tuple[str, int]] = []

    def ask(first: int) -> None:
        start.wait()
        for i in range(first, len(gates), 8):
            for n, text in enumerate(texts):
                if gates[i].passes(text) != _by_lookup(gates[i], text):
                    wrong.append((words[i], n))

    threads = [threading.Thread(target=ask, args=(k,)) for k in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
    assert set(words) <= set(presence.literals)
