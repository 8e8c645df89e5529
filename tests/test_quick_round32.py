"""Round 32's exact paths against the computations they replace (docs/performance.md,
"Round 32a"): MED501's hyphenation points counted over pyphen's patterns with a table of
their prefixes (``readability.hyphenation_points``) against pyphen's own
``Pyphen.positions``, on dictionary, corpus and random words; a document's mentions
(``_State.mentions``, built by ``nlp._mention``) against the loop as it was (kept here),
on crafted and corpus pages. No test times anything."""

from __future__ import annotations

import dataclasses
import pickle
import random
import re
from typing import Any

import pytest

from medlint.checks import readability
from medlint.context import CueHit
from medlint.nlp import Label, Mention, _mention, _State, resolve
from medlint.parsing import parse
from tests.conftest import CORPUS, corpus_texts

# Letters and the characters a word of MED501 never holds but a caller might pass: the
# apostrophes, the dotted capital I (lower() makes it two characters), the sharp s, the
# dot pyphen puts around a word, digits, a space.
_ALPHABET = "abcdefghijklmnopqrstuvwxyz" * 4 + "ABCDEZ'’\u0130\u0131ß.-0 é"


def _pyphen_points(word: str) -> int:
    return len(readability._hyphenator().positions(word))


def _pyphen_syllables(word: str) -> int:
    """``hyphenation_syllables`` as it was: pyphen's positions, counted."""
    word = word.lower()
    if len(word) <= 3:
        return 1
    return _pyphen_points(word) + 1


def test_hyphenation_points_are_pyphens_on_random_words() -> None:
    rng = random.Random(32)
    checked = 0
    for _ in range(20_000):
        size = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 13, 17, 25, 31, 40])
        if rng.random() < 0.7:  # mostly letters: pyphen's patterns are made of them
            word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size))
        else:
            word = "".join(rng.choice(_ALPHABET) for _ in range(size))
        assert readability.hyphenation_points(word) == _pyphen_points(word), word
        assert readability.hyphenation_syllables(word) == _pyphen_syllables(word), word
        checked += 1
    assert checked == 20_000


def test_hyphenation_points_are_pyphens_on_dictionary_words() -> None:
    """Every 4th word of the pronunciation dictionary, and its upper case: real words hit
    the patterns everywhere, with points at both margins."""
    words = sorted(readability._pronunciations())[::4]
    assert len(words) > 30_000
    with_points = 0
    for word in words:
        points = readability.hyphenation_points(word)
        assert points == _pyphen_points(word), word
        with_points += points > 0
        upper = word.upper()
        assert readability.hyphenation_points(upper) == _pyphen_points(upper), upper
    assert with_points > 10_000  # the patterns were reached, not only the empty count


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_hyphenation_syllables_of_corpus_words_are_pyphens() -> None:
    words: set[str] = set()
    for text in corpus_texts(150, 32):
        words.update(readability._WORD.findall(text))
        words.update(re.findall(r"\S+", text)[:300])  # punctuation, digits, URLs too
    assert len(words) > 5_000
    for word in sorted(words):
        assert readability.hyphenation_syllables(word) == _pyphen_syllables(word), word


def test_the_prefix_table_holds_every_pattern_and_its_prefixes() -> None:
    table, maxlen, left, right = readability._hyphen_table()
    hyphenator = readability._hyphenator()
    patterns = hyphenator.hd.patterns
    assert (maxlen, left, right) == (hyphenator.hd.maxlen, hyphenator.left, hyphenator.right)
    for piece, pattern in patterns.items():
        assert table[piece] is pattern
        for end in range(1, len(piece)):
            assert piece[:end] in table
    # nothing else: a prefix that is no pattern maps to None
    assert all(value is None for piece, value in table.items() if piece not in patterns)


def test_scores_count_each_words_syllables() -> None:
    words = readability._WORD.findall("The patient’s haemoglobin was measured, ibuprofen aside") * 3
    scores = readability._scores(2, words)
    counts = [readability.syllables(w) for w in words]
    assert scores == readability.Scores(
        2, len(words), sum(counts), sum(1 for c in counts if c >= 3)
    )


# -- mentions -------------------------------------------------------------------------


def _old_mentions(state: _State, label: Label) -> list[Mention]:
    """``_State.mentions`` as it was before round 32: ``span_to_original`` and the
    dataclass's own ``__init__`` for each match."""
    found = []
    cue_set = state.bank.cue_set
    for start, end in state.raw.get(label.key, []):
        sentence = state.sentence_ids[start]
        if state.sentence_ids[end - 1] != sentence:
            continue
        modifiers: frozenset[str] = frozenset()
        cues: tuple[CueHit, ...] = ()
        hits = state.cues_by_sentence.get(sentence)
        if cue_set is not None and hits:
            modifiers, cues = resolve(
                cue_set,
                hits,
                start,
                end,
                state.words,
                state.is_space,
                state.bank.stops,
                state.bank.clause_stops,
                state.bank.mark_stops,
            )
        char_start, char_end = state.compact.span_to_original(
            state.starts[start], state.starts[end - 1] + state.lengths[end - 1]
        )
        found.append(
            Mention(
                label,
                char_start,
                char_end,
                sentence,
                start,
                end,
                " ".join(state.document.masked[char_start:char_end].split()),
                modifiers,
                cues,
            )
        )
    return found


def _same_mention(new: Mention, old: Mention) -> None:
    assert type(new) is Mention
    assert new == old
    assert list(vars(new).items()) == list(vars(old).items())  # the fields, in order
    assert hash(new) == hash(old) and repr(new) == repr(old)


def _mentions_both_ways(linter: Any, text: str) -> int:
    bank = linter.bank.compiled
    labels = sorted(linter.bank.groups, key=lambda label: label.key)
    state = _State(parse("t.md", text), bank)
    count = 0
    for label in [*labels, Label.of("no such", "label")]:
        new = state.mentions(label)
        assert state.mentions(label) is new  # read once
        old = _old_mentions(state, label)
        assert len(new) == len(old), (label, text[:120])
        for a, b in zip(new, old, strict=True):
            _same_mention(a, b)
        count += len(new)
    return count


def test_mentions_are_the_old_loops_on_crafted_pages(linter: Any) -> None:
    """Pages whose compact text moves offsets: runs of whitespace and newlines, tabs,
    no-break spaces, curly apostrophes, junk runs, a long run broken for the tokenizer,
    markup, matches across sentences and blocks, cues before and after."""
    rng = random.Random(32)
    pieces = [
        "See your doctor right away if you have chest pain.",
        "Do not stop taking it without talking to your doctor first.",
        "You may  need\n\tto call\u00a0911   if symptoms   get worse.",
        "Don’t   take more than 4 g of paracetamol a day!",
        "Ask your pharmacist ---------------------- about ibuprofen.",
        "A" * 70 + " then see a GP.",
        "* **Call your doctor** if the fever lasts\nmore than 3 days.",
        "Avoid chemotherapy; it is poison.",
        "Researchers found that 20% of patients improved (p = 0.03).",
        "Her mother had breast cancer, so she may have a higher risk.",
        "\n\n## When to see a doctor\n\n",
        "- swollen glands\n- weight loss\n- a persistent cough\n",
    ]
    texts = ["", "# Title\n\nOne line.", "   \n\t  leading blanks. See a doctor.  "]
    for _ in range(60):
        texts.append(
            "".join(
                rng.choice(pieces) + rng.choice([" ", "\n", "  ", "\n\n"])
                for _ in range(rng.randint(1, 14))
            )
        )
    found = sum(_mentions_both_ways(linter, text) for text in texts)
    assert found > 500


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_mentions_are_the_old_loops_on_corpus_articles(linter: Any) -> None:
    found = sum(_mentions_both_ways(linter, text) for text in corpus_texts(60, 32))
    assert found > 3_000


def test_a_mention_built_by_its_dict_is_the_dataclasss_own() -> None:
    names = [f.name for f in dataclasses.fields(Mention)]
    assert names == [
        "label",
        "start",
        "end",
        "sentence",
        "token_start",
        "token_end",
        "text",
        "modifiers",
        "cues",
    ]
    assert not hasattr(Mention, "__post_init__")
    assert Mention.__dataclass_params__.frozen  # type: ignore[attr-defined]
    label = Label.of("MED1", "x")
    args = (label, 3, 9, 1, 2, 4, "see a GP", frozenset({"negated"}), ())
    new, old = _mention(*args), Mention(*args)
    _same_mention(new, old)
    assert pickle.loads(pickle.dumps(new)) == old
    assert dataclasses.replace(new, start=4) == dataclasses.replace(old, start=4)
    assert dataclasses.astuple(new) == dataclasses.astuple(old)
    assert new != _mention(label, 3, 9, 1, 2, 4, "see a GP", frozenset(), ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        new.start = 5  # type: ignore[misc]
    assert new.has("negated") and not new.has("reported")
