"""Round 61 (issue 16): the condition-title reader's ``_names`` looks each run of words up
through a per-process memo and a US speller held once per reader, instead of respelling and
hashing the spellings for every run of words of every page. It finds what the round-60
lookup finds, cold and warm, and when the memo is emptied as it fills."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from medlint.checks import conditiontitle as ct
from medlint.checks.knowledge import load_guidance
from medlint.checks.spelling import to_us, us_speller

from .conftest import CORPUS

TEXTS = [
    "Living with AIDS",
    "FIRST AID AT WORK",
    "First Aid",
    "Haemorrhoids and piles: what are haemorrhoids?",
    "Restless Legs Syndrome in children",
    "Migraines, migraine and MIGRAINES; oesophageal cancer, esophageal cancer.",
    "Anaemia - anemia - sickle cell anaemia - iron deficiency anaemia",
    "What is glaucoma? Glaucoma is a group of eye diseases. Psoriasis, eczema, asthma.",
    "Carpal tunnel syndrome, plantar fasciitis and Osgood-Schlatter disease",
    "Diabetes diabetes type 2 diabetes gestational diabetes Diabetes Insipidus",
    "The patient's heart attack; a heart-attack; heart attacks; stroke's signs",
    "",
]


def _round60_names(reader: ct.ConditionTitle, text: str) -> dict[str, int]:
    """``ConditionTitle._names`` as round 60 had it: every run of words respelled and
    looked up afresh."""

    def forms(name: str) -> tuple[str, ...]:
        us = to_us(name, reader.spellings) if reader.spellings else name
        return tuple(dict.fromkeys((name, us, ct._singular(name), ct._singular(us))))

    words = ct._TEXT_WORDS.findall(text.translate(ct._APOSTROPHES))
    taken: set[int] = set()
    found: dict[str, int] = {}
    for size in range(min(ct.MAX_NAME_WORDS, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            if taken.intersection(range(i, i + size)):
                continue
            said = " ".join(words[i : i + size])
            name = next((n for f in forms(said.lower()) if (n := reader._name(f))), None)
            if name is None or (name.upper() in reader.acronyms and said != name.upper()):
                continue
            taken.update(range(i, i + size))
            found[name] = found.get(name, 0) + 1
    return found


def _reader() -> ct.ConditionTitle:
    reader = ct.reader(load_guidance())
    assert reader is not None
    return reader


def _corpus_openings(count: int) -> Iterator[str]:
    paths = sorted(CORPUS.rglob("*.md")) if CORPUS.is_dir() else []
    for path in random.Random(61).sample(paths, min(count, len(paths))):
        yield path.read_text(encoding="utf-8", errors="replace")[:2500]


def _shuffled(texts: list[str]) -> list[str]:
    """Runs of words from the texts mixed into new texts (names beside other names)."""
    words = " ".join(texts).split()
    rng = random.Random(6100)
    return [" ".join(rng.choices(words, k=rng.randint(1, 60))) for _ in range(200)]


@pytest.mark.parametrize("limit", [ct.LOOKED_LIMIT, 2])
def test_names_finds_what_the_round60_lookup_finds(
    monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    monkeypatch.setattr(ct, "LOOKED_LIMIT", limit)
    reader = _reader()
    texts = TEXTS + list(_corpus_openings(60))
    texts += _shuffled(texts)
    named = 0
    for _pass in range(2):  # cold, then with the memo holding the texts' words
        for text in texts:
            expected = _round60_names(reader, text)
            assert reader._names(text) == expected, text[:200]
            named += bool(expected)
    assert named > 20  # the texts do name conditions
    assert len(reader._looked) <= max(limit, 1)


def test_the_held_speller_respells_as_to_us() -> None:
    spellings = load_guidance().spellings
    assert spellings
    speller = us_speller(spellings)
    for word in ("haemorrhoids", "oesophageal cancer", "anaemia", "toenail", "paediatric", "x"):
        assert speller(word) == to_us(word, spellings)
    assert speller("haemophilia") == "hemophilia"


def test_a_title_is_read_as_before() -> None:
    reader = _reader()
    for title in ("Haemorrhoids", "Living with Psoriasis", "What is glaucoma?", "Migraines"):
        assert reader.reading(title) is not None
    assert reader.reading("Psoriasis Diet") is None
