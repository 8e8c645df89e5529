"""Derived data kept between runs (medlint.derived): validated rule data and the compiled
pattern bank are reused only when they verify under the user's key."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from medlint import derived
from medlint.resources import rules_root
from medlint.ruleset import load_data

RULE = rules_root() / "core" / "MED108-update-date-stale.yaml"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[derived.Store]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("MEDLINT_CACHE_KEY", "the user's key")
    monkeypatch.delenv(derived.OFF_ENV, raising=False)
    derived._store.cache_clear()
    made = derived.store()
    assert made is not None
    yield made
    derived._store.cache_clear()


def entries(store: derived.Store) -> list[Path]:
    return sorted(store.directory.rglob("*.json"))


def test_validated_data_is_stored_and_reused(store: derived.Store) -> None:
    text = RULE.read_text(encoding="utf-8")
    first = load_data(text, "MED108.yaml", "rule.schema.json")
    (entry,) = entries(store)
    inode = entry.stat().st_ino
    assert load_data(text, "MED108.yaml", "rule.schema.json") == first
    assert entry.stat().st_ino == inode  # read back, not rewritten
    # Another text, or the same text against another schema, is another entry.
    load_data(text.replace("36", "24"), "MED108.yaml", "rule.schema.json")
    assert len(entries(store)) == 2


def test_a_tampered_entry_is_not_trusted(store: derived.Store) -> None:
    text = RULE.read_text(encoding="utf-8")
    good = load_data(text, "MED108.yaml", "rule.schema.json")
    (entry,) = entries(store)
    original = entry.read_bytes()
    for damage in (
        original.replace(b'max_age_months": 36', b'max_age_months": 999'),
        original[:-3],
        b"0" * 64 + b"\n" + original.partition(b"\n")[2],
    ):
        assert damage != original
        entry.write_bytes(damage)
        assert load_data(text, "MED108.yaml", "rule.schema.json") == good
        assert entry.read_bytes() == original  # recomputed and rewritten


def test_an_entry_forged_under_another_key_is_not_trusted(
    store: derived.Store, tmp_path: Path
) -> None:
    forger = derived.Store(tmp_path / "xdg" / "medlint", b"the attacker's own key")
    key = derived.validated_key("x: 1\n", "rule.schema.json")
    forger.put("validated", key, {"code": "MED999"})
    assert forger.get("validated", key) == {"code": "MED999"}
    assert store.get("validated", key) is None


def test_values_json_cannot_hold_exactly_are_not_stored(store: derived.Store) -> None:
    for value in ({"t": (1, 2)}, {1: "a"}, float("nan")):
        store.put("validated", "k", value)
        assert store.get("validated", "k") is None
    store.put("validated", "k", {"t": [1, 2], "s": "é"})
    assert store.get("validated", "k") == {"t": [1, 2], "s": "é"}


def test_the_store_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(derived.OFF_ENV, "1")
    derived._store.cache_clear()
    try:
        assert derived.store() is None
    finally:
        derived._store.cache_clear()


def test_the_compiled_pattern_bank_is_reused_and_a_tampered_one_recompiled(
    store: derived.Store,
) -> None:
    from spacy.lang.en import English

    from medlint.engine import Linter, Options
    from medlint.patternstore import compiled_patterns

    from .conftest import TODAY

    bank = Linter(Options(today=TODAY, select=("MED2", "MED11"))).bank.frozen()
    nlp = English()
    fresh = compiled_patterns(bank, nlp)
    assert any(phrases for phrases, _ in fresh) and any(tokens for _, tokens in fresh)
    (entry,) = [p for p in entries(store) if b'"LOWER"' in p.read_bytes()]
    inode = entry.stat().st_ino
    assert compiled_patterns(bank, nlp) == fresh
    assert entry.stat().st_ino == inode  # read back, not recompiled
    original = entry.read_bytes()
    entry.write_bytes(original.replace(b'"LOWER"', b'"ORTH"', 1))
    assert compiled_patterns(bank, nlp) == fresh  # not trusted: compiled again
    assert entry.read_bytes() == original


def test_topic_files_parsed_before_are_read_back_and_a_tampered_entry_reparsed(
    store: derived.Store,
) -> None:
    """``knowledge.load_topics`` keeps the topic files' YAML data in the store: a second
    load reads it back (the same topics as parsing them), a tampered entry is parsed
    again, and a changed file is a new key."""
    from medlint.checks import knowledge

    knowledge.load_topics.cache_clear()
    fresh = knowledge.load_topics()
    (entry,) = [
        p
        for p in entries(store)
        if p.read_bytes().partition(b"\n")[2].startswith(b"[{") and b'"triggers"' in p.read_bytes()
    ]
    inode = entry.stat().st_ino
    knowledge.load_topics.cache_clear()
    assert knowledge.load_topics() == fresh
    assert entry.stat().st_ino == inode  # read back, not parsed and written again
    original = entry.read_bytes()
    assert b'"emergency"' in original
    entry.write_bytes(original.replace(b'"emergency"', b'"prompt"', 1))
    knowledge.load_topics.cache_clear()
    assert knowledge.load_topics() == fresh  # not trusted: parsed again
    assert entry.read_bytes() == original
    root = rules_root() / "knowledge" / "topics"
    nodes = sorted((n for n in root.iterdir() if n.name.endswith(".yaml")), key=lambda n: n.name)
    texts = [n.read_text(encoding="utf-8") for n in nodes]
    before = set(entries(store))
    parsed = knowledge._parsed("topics", nodes, texts)
    assert set(entries(store)) == before  # the same files: the same entry
    texts[0] += "\n# a comment\n"
    assert knowledge._parsed("topics", nodes, texts) == parsed
    assert len(set(entries(store)) - before) == 1  # a changed file is a new key
    knowledge.load_topics.cache_clear()


def test_remembered_recomputes_what_does_not_decode_and_stores_nothing_on_error(
    store: derived.Store,
) -> None:
    """``derived.remembered``: a value is computed once and read back; an entry its decoder
    refuses (None or a ValueError) is computed again and replaced; a computation that
    raises stores nothing."""
    calls: list[str] = []

    def compute() -> list[int]:
        calls.append("computed")
        return [1, 2, 3]

    def strict(known: object) -> list[int]:
        if known != [1, 2, 3]:
            raise ValueError("not a value of this kind")
        return [1, 2, 3]

    assert derived.remembered("test", lambda: "k", compute, decode=strict, encode=list) == [1, 2, 3]
    assert derived.remembered("test", lambda: "k", compute, decode=strict, encode=list) == [1, 2, 3]
    assert calls == ["computed"]
    store.put("test", "k", [9])
    assert derived.remembered("test", lambda: "k", compute, decode=strict, encode=list) == [1, 2, 3]
    assert calls == ["computed", "computed"] and store.get("test", "k") == [1, 2, 3]

    def failing() -> list[int]:
        raise RuntimeError("bad input")

    with pytest.raises(RuntimeError):
        derived.remembered("test", lambda: "other", failing, decode=strict, encode=list)
    assert store.get("test", "other") is None


def test_literal_gates_are_stored_and_read_back_the_same(store: derived.Store) -> None:
    """The red-flag topics' trigger gates (quickscan.stored_gates) come back from the store
    as literal_gate_of reads them; an entry that does not verify or does not decode is
    computed again."""
    from medlint.checks import aboutness
    from medlint.checks.knowledge import pattern_alternatives
    from medlint.quickscan import LiteralGate, literal_gate_of, stored_gates

    topics = aboutness.topic_finder("topics").topics
    patterns = [pattern_alternatives(t.triggers) for t in topics] + [r"\w+", "a|bc"]
    fresh = [literal_gate_of(p, re.I) for p in patterns]
    assert any(g is None for g in fresh) and sum(g is not None for g in fresh) > 100

    def ways(gates: Sequence[LiteralGate | None]) -> list[object]:
        return [None if g is None else g.ways for g in gates]

    before = set(entries(store))
    assert ways(stored_gates(patterns, re.I)) == ways(fresh)  # computed, stored
    (entry,) = set(entries(store)) - before
    inode = entry.stat().st_ino
    assert ways(stored_gates(patterns, re.I)) == ways(fresh)  # read back
    assert entry.stat().st_ino == inode
    assert ways(stored_gates(patterns[:-1], re.I)) == ways(fresh[:-1])  # another entry
    assert len(set(entries(store)) - before) == 2
    for bad in ([[["ab", "yes"]]], [[[]]], [[]], [], [[["", True]]], "x", [[[1, True]]]):
        with pytest.raises(ValueError):
            LiteralGate.from_data([bad])
    # An entry that verifies (only the key's holder can write one) is what it says; one
    # that verifies but does not decode, or does not verify, is computed again.
    key = derived.digest(derived.code_digest("quickscan"), sys.version, str(int(re.I)), *patterns)
    store.put("literal-gates", key, [[[[["zz", True]]]]] * len(patterns))
    assert ways(stored_gates(patterns, re.I)) == [((frozenset({("zz", True)}),),)] * len(patterns)
    store.put("literal-gates", key, [[[[["zz", "no"]]]]] * len(patterns))
    assert ways(stored_gates(patterns, re.I)) == ways(fresh)
    entry.write_bytes(entry.read_bytes().replace(b"true", b"false", 1))
    assert ways(stored_gates(patterns, re.I)) == ways(fresh)
