"""The quick paths of round 29d change no finding (docs/performance.md, Round 29d).

The run's partial Matchers (``_CompiledBank._matcher``) are built without spaCy's pattern
validation, which the bank's own Matchers did when it compiled; the first linter of a
process freezes what it built (``running._freeze_once``), so the collector's full
collections skip it. Each is compared with the plain way on crafted, random and corpus
texts."""

from __future__ import annotations

import gc
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from medlint import running
from medlint.engine import Linter, Options
from medlint.nlp import _State
from medlint.parsing import parse

from .conftest import TODAY, corpus_texts

CRAFTED = [
    "Do not stop taking your medicine without talking to your doctor.",
    "If you have chest pain, call 911 right away. See a doctor if the fever lasts.",
    "Avoid alcohol. You should not drive. Never give aspirin to children under 16.",
    "Studies suggest that vitamin C may not prevent colds; it is unclear whether it helps.",
    "- Take 2 tablets twice a day\n- Ask your pharmacist\n\nStop if a rash appears.",
    "Seek emergency care if you have trouble breathing, or go to the emergency room.",
    "There is no need to see a doctor. Skip the doctor and drink this tea instead.",
    "It is not true that vaccines cause autism, researchers reported in 2019.",
]

WORDS = [
    "do", "not", "stop", "taking", "your", "medicine", "doctor", "see", "a", "if", "you",
    "have", "chest", "pain", "call", "911", "avoid", "never", "should", "may", "take",
    "tablets", "twice", "day", "emergency", "care", "seek", "without", "talking", "to",
    "the", "fever", "no", "need", "instead", "study", "suggest", "unclear", ".", ",", "!",
    "?", "\n\n", "\n- ", "Don't", "NOT", "Call", "right", "away", "children", "aspirin",
]  # fmt: skip


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 60))) for _ in range(n)]


def _pages(n: int, seed: int) -> list[str]:
    crafted = [f"# Health information\n\n{text}\n" for text in CRAFTED]
    together = "# Health information\n\n" + "\n\n".join(CRAFTED) + "\n"
    return [*crafted, together, *_random_texts(300, seed), *corpus_texts(n, seed)]


@pytest.fixture(scope="module")
def built() -> Linter:
    linter = Linter(Options(today=TODAY))
    linter.ensure_compiled()
    return linter


def test_the_partial_matchers_match_as_validated_ones(
    built: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every page's matches with the run's Matchers built without validation are those
    with Matchers that validate each pattern; the bank's own Matchers validated them all."""
    import spacy.matcher

    bank = built.bank.compiled
    assert bank.matchers and all(m.validate for m in bank.matchers.values())
    documents = [parse(f"page{i}.md", text) for i, text in enumerate(_pages(80, 29))]
    bank._partial.clear()
    quick = [_State(document, bank).raw for document in documents]
    assert bank._partial and not any(m.validate for m in bank._partial.values())

    plain_matcher = spacy.matcher.Matcher

    def validating(vocab: Any, validate: bool = True) -> Any:
        return plain_matcher(vocab, validate=True)

    monkeypatch.setattr(spacy.matcher, "Matcher", validating)
    bank._partial.clear()
    plain = [_State(document, bank).raw for document in documents]
    assert all(m.validate for m in bank._partial.values())
    bank._partial.clear()
    assert quick == plain
    assert sum(len(spans) for raw in quick for spans in raw.values()) > 1_000


def test_the_first_linter_freezes_once() -> None:
    """``_freeze_once`` freezes at its first call in a process and never again."""
    running._freeze_once.cache_clear()
    running._freeze_once()
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    running._freeze_once()
    assert gc.get_freeze_count() == 0  # the second call froze nothing


_LINT = """
import gc, json, sys
from medlint import running
from medlint.engine import Linter, Options
import datetime as dt
if sys.argv[1] == "plain":
    running._freeze_once = lambda: None  # this process never freezes
linter = Linter(Options(today=dt.date(2026, 11, 21)))
found = []
for i, text in enumerate(json.load(sys.stdin)):
    result, crashes = linter.lint_text(f"page{i}.md", text)
    found.append([crashes, [repr(v) for v in result.violations]])
print(json.dumps({"frozen": gc.get_freeze_count(), "found": found}))
"""


def test_the_findings_are_alike_with_the_start_up_frozen_or_not() -> None:
    """The same pages linted in a process that freezes what its linter built and in one
    that does not: the same findings, and only the first froze anything."""
    pages = json.dumps(_pages(60, 30)[:200])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    runs = {}
    for way in ("quick", "plain"):
        done = subprocess.run(
            [sys.executable, "-c", _LINT, way],
            input=pages,
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).parent,
            check=True,
        )
        runs[way] = json.loads(done.stdout)
    assert runs["quick"]["frozen"] > 50_000 and runs["plain"]["frozen"] == 0
    assert runs["quick"]["found"] == runs["plain"]["found"]
    assert sum(len(found) for _crashes, found in runs["plain"]["found"]) > 20
