"""Context awareness: negation, discouragement, hypotheticals, pseudo-cues."""

from __future__ import annotations

import pytest

from medlint import context as cx
from medlint.engine import Linter


def consult_and_discouraged(linter: Linter, sentence: str) -> tuple[bool, bool]:
    result, _ = linter.lint_text("a.md", f"# Leg cramps\n\n{sentence}\n")
    found = {v.code for v in result.violations}
    return "MED110" not in found, "MED111" in found


@pytest.mark.parametrize(
    ("sentence", "is_prompt", "is_discouraging"),
    [
        ("Consult your doctor before stopping any medication.", True, False),
        ("You don't need to see a doctor for this.", False, True),
        ("There is no need to call your GP.", False, True),
        ("Seeing a doctor is unnecessary.", False, True),
        ("Avoid going to the doctor for cramps.", False, True),  # care as a noun (MED111)
        ("If the pain does not go away, see your doctor.", True, False),
        ("If your symptoms don't improve, talk to your doctor.", True, False),
        ("Do not stop taking your statin without talking to your doctor.", True, False),
        ("Don't hesitate to contact your doctor.", True, False),
        ("Never ignore chest pain: call 911.", True, False),
        ("Many people never seek medical help for tics.", False, False),
        ("You don't need to see a doctor unless it lasts a week.", False, False),
        ("Seek medical attention straight away if one leg swells.", True, False),
    ],
)
def test_consult_context(
    linter: Linter, sentence: str, is_prompt: bool, is_discouraging: bool
) -> None:
    assert consult_and_discouraged(linter, sentence) == (is_prompt, is_discouraging)


@pytest.mark.parametrize(
    ("sentence", "is_disclaimer"),
    [
        ("This article is not a substitute for professional medical advice.", True),
        ("This information is for educational purposes only.", True),
        ("The content provided herein does not replace professional discretion.", True),
        ("While this tool can offer guidance, it's not a substitute for medical advice.", False),
        ("Stretching is not a substitute for warming up.", False),
    ],
)
def test_disclaimer_context(linter: Linter, sentence: str, is_disclaimer: bool) -> None:
    result, _ = linter.lint_text("a.md", f"# Leg cramps\n\n{sentence}\n")
    assert ("MED101" not in {v.code for v in result.violations}) is is_disclaimer


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Rule out deep vein thrombosis if one leg is swollen and warm: get urgent help.", True),
        ("See a doctor urgently if one leg is swollen: it could be a DVT.", True),
        ("There is no sign of deep vein thrombosis. Call 911 in an emergency.", False),
        ("My mother had a DVT once, so call your doctor urgently if worried.", False),
        ("Deep vein thrombosis is rare. Talk to your doctor about cramps.", False),  # routine
    ],
)
def test_red_flag_coverage_context(linter: Linter, text: str, covered: bool) -> None:
    result, _ = linter.lint_text("a.md", f"# Calf pain\n\n{text}\n")
    dvt = [v for v in result.violations if v.code == "MED109" and "deep vein" in v.message]
    assert (not dvt) is covered


@pytest.mark.parametrize(
    "sentence",
    [
        "You dont need to see a doctor for this.",  # apostrophes dropped (MedQuAD)
        "You don\u2019t need to see a doctor for this.",  # curly apostrophe
        "You do not need to see\na doctor for this.",  # soft line wrap
    ],
)
def test_negation_spellings(linter: Linter, sentence: str) -> None:
    assert consult_and_discouraged(linter, sentence) == (False, True)


def test_a_clause_cue_ends_at_clause_punctuation_but_not_at_and() -> None:
    """A reputation names what follows it in its own clause: "known as the miracle fruit,
    studies show ..." does not report the studies; "a reputation as a miracle treatment and
    cure" reports both."""
    cue = cx.Cue("known", cx.REPORTED, "forward", clause=True)
    cues = cx.CueSet((cue,), 8, frozenset({"."}), frozenset({",", "and"}), frozenset())
    words = ["known", "as", "the", "fruit", ",", "studies", "show", "and", "cure"]
    space = [False] * len(words)
    hit = cx.CueHit(cue, 0, 1)
    assert cx.resolve(cues, [hit], 3, 4, words, space)[0] == {cx.REPORTED}
    assert cx.resolve(cues, [hit], 5, 6, words, space)[0] == frozenset()
    plain = cx.Cue("known", cx.REPORTED, "forward")
    found, _ = cx.resolve(cues, [cx.CueHit(plain, 0, 1)], 5, 6, words, space)
    assert found == {cx.REPORTED}
    and_words = ["known", "as", "a", "treatment", "and", "cure"]
    found, _ = cx.resolve(cues, [hit], 5, 6, and_words, [False] * 6)
    assert found == {cx.REPORTED}


def test_no_cue_hit_resolves_to_nothing(linter: Linter) -> None:
    """A target in a sentence without cue hits gets no category and no hit, whatever its
    place, the words around it and the terminators (``_State.mentions`` skips ``resolve``
    for such a sentence)."""
    cue_set = linter.bank.compiled.cue_set
    assert cue_set is not None
    words = ["do", "not", "stop", "taking", "it", "without", "your", "doctor", ".", "x"]
    space = [False, True] + [False] * (len(words) - 2)
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            assert cx.resolve(cue_set, [], start, end, words, space) == (frozenset(), ())
            stops = frozenset({"."})
            found = cx.resolve(cue_set, [], start, end, words, space, stops, stops, stops)
            assert found == (frozenset(), ())
