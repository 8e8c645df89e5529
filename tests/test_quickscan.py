"""``quickscan.leading``: a look-ahead of a regex's first characters changes no match."""

from __future__ import annotations

import random
import re

import pytest

from medlint import audience, dates, facts
from medlint.checks import doses, genre
from medlint.quickscan import FOLDS, Gated, first_chars, first_reads, gated, leading, literal_gate
from tests.conftest import SHARED

CORPUS = SHARED / "corpus"

# Characters that re.I folds onto ASCII letters (Kelvin sign, long s, dotless i, dotted
# capital I) and others a look-ahead must not trip on.
_ODD = "K ſ ı İ ß ﬀ é É $ £ € / \\ ] ^ - [ \n \t"


def _sample_texts(n: int) -> list[str]:
    if not CORPUS.is_dir():
        return []
    paths = sorted(p for p in CORPUS.rglob("*.md") if p.stat().st_size <= 60_000)
    chosen = random.Random(9).sample(paths, min(n, len(paths)))
    return [p.read_text(encoding="utf-8", errors="replace") for p in chosen]


@pytest.mark.parametrize(
    ("pattern", "flags", "chars"),
    [
        (r"\bcat\b|\bdog", re.I, "cd"),
        (r"(?:very\s+)?rare", re.I, "rv"),  # an optional part: what follows may start it
        (r"\b(?:FDA )?label", re.I, "Fl"),
        (r"[$£€]\s?\d+|\bbuy now", re.I, "$b£€"),
        (r"(?P<x>ab)+c", 0, "a"),
        (r"x*", 0, None),  # may match the empty string
        (r"\bfoo|\w+", re.I, None),  # a category
        (r"[^a]b", 0, None),  # a negated set
        (r"(?i:cat)", 0, None),  # a scoped flag: see first_reads
        (r"(?a:\d)x", 0, None),  # a scoped flag that is not case
        (r"\b\B", 0, None),  # only zero-width
    ],
)
def test_first_characters(pattern: str, flags: int, chars: str | None) -> None:
    found = first_chars(re.compile(pattern, flags))
    assert (None if found is None else "".join(sorted(found))) == chars


@pytest.mark.parametrize(
    ("pattern", "flags", "reads", "look_ahead"),
    [
        (r"(?i:cat)|\bdog", 0, {("c", True), ("d", None)}, "(?=[d]|(?i:[c]))"),
        (r"\bdog|(?-i:Cat)", re.I, {("d", None), ("C", False)}, "(?=[d]|(?-i:[C]))"),
        (r"(?i:a(?-i:b)?)c", 0, {("a", True)}, "(?=(?i:[a]))"),
        (r"(?x:\d )|(?i: one )", 0, {("\\d", None), (" ", True)}, "(?=[\\d]|(?i:[ ]))"),
    ],
)
def test_first_characters_under_a_scoped_case_flag(
    pattern: str, flags: int, reads: set[tuple[str, bool | None]], look_ahead: str
) -> None:
    """A character read in a group that scopes case folding is put in the look-ahead under
    the same scoped flag, so re folds it as it folds the literal."""
    rx = re.compile(pattern, flags)
    assert first_reads(rx) == reads
    fast = leading(rx)
    assert fast.pattern.startswith(look_ahead + "(?:")
    texts = ["CAT dog Dog cat", "Cat cAT \u212aat", "ONE one 5 ", "Ab aB ac AC abc ABC"]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_the_dose_regex_gets_a_look_ahead() -> None:
    """DOSE's word alternative is written under a scoped (?i:...) flag: it is scanned with a
    look-ahead too (its words' first letters folded), and finds what the plain one finds."""
    plain = _unwrapped(doses.DOSE)
    assert plain is not doses.DOSE and leading(plain).pattern == doses.DOSE.pattern
    text = "Take TWO tablets, Two Teaspoons or 2.5 mg; ½ tsp; one-half; 1,000 IU; 5 mg/kg"
    assert [m.span() for m in doses.DOSE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_patterns_re_already_scans_for_are_left_alone() -> None:
    for rx in (
        re.compile(r"<link\b"),  # a literal first character
        re.compile(r"[a-z)\]][.!?]"),  # a set without case folding
        re.compile(r"^(?:news|press)/", re.I),  # anchored at the start
        re.compile(r"x*"),
        re.compile(r"(?i)\bcat"),  # a global inline flag cannot be wrapped
    ):
        assert leading(rx) is rx
    changed = leading(re.compile(r"\bcat|\bdog", re.I))
    assert changed.pattern.startswith("(?=[") and changed.flags & re.I


def _regexes() -> list[re.Pattern[str]]:
    """Every regex of the modules that use ``leading``, and written ones, each as it is
    written (a wrapped one is compared through its original below)."""
    found: list[re.Pattern[str]] = []
    for module in (genre, doses, audience, facts, dates):
        for value in vars(module).values():
            values = value.values() if isinstance(value, dict) else [value]
            for v in values:
                if isinstance(v, Gated):
                    v = v.regex  # behind a literal gate: the regex itself
                if isinstance(v, re.Pattern):
                    found.append(v)
    return found


# A look-ahead class, bare or under a scoped case flag ("[ab]", "(?i:[ab])", "(?-i:[ab])").
_CLASS = r"(?:\(\?-?i:)?\[[^\]]*(?:\\.[^\]]*)*\]\)?"


def _unwrapped(rx: re.Pattern[str]) -> re.Pattern[str]:
    m = re.fullmatch(rf"\(\?={_CLASS}(?:\|{_CLASS})*\)\(\?:(.*)\)", rx.pattern, re.S)
    return re.compile(m.group(1), rx.flags) if m else rx


def test_the_same_matches_with_and_without_the_look_ahead() -> None:
    """On corpus articles and on text with the characters case folding maps onto ASCII,
    each regex (with a look-ahead where ``leading`` puts one) finds the same spans and
    groups as without it."""
    texts = _sample_texts(60)
    odd = " ".join(_ODD.split(" "))
    texts += [
        f"{odd} The ſtudy FOUND Kelvin İnherited $5 £12 €3 dd/mm/yyyy Rare disease {odd}",
        "PATIENTS SHOULD take 5 mg/kg; Researchers found; ADD TO CART; NCT01234567",
    ]
    wrapped = 0
    for rx in _regexes():
        plain = _unwrapped(rx)
        fast = leading(plain)
        wrapped += fast is not plain
        for text in texts:
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, plain
    assert wrapped >= 15


def test_case_folded_first_characters_are_still_found() -> None:
    """Under re.I the look-ahead folds case as the literals do: the Kelvin sign matches
    'k', the long s matches 's'."""
    for pattern, text in ((r"\bkidney", "\u212aidney"), (r"\bstudy", "\u017ftudy")):
        rx = re.compile(pattern, re.I)
        assert rx.search(text) and leading(rx).search(text)
        assert leading(rx) is not rx


def test_a_digit_first_regex_gets_the_class_digit() -> None:
    rx = re.compile(r"\b(\d{1,2})/(\d{4})\b|\bJan\b", re.I)
    assert first_chars(rx) == {"\\d", "J"}
    fast = leading(rx)
    assert fast.pattern.startswith("(?=[J\\d])")
    for text in ("on 3/2024 and ٣/٢٠٢٤ (Arabic-Indic digits) in jan", "no date", "x12/2024"):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_junk_is_blanked_run_by_run_as_over_the_whole_text() -> None:
    """``tokentext.without_junk`` scans only the long non-space runs: the same text as
    ``_JUNK`` over the whole text, on corpus articles and on runs at the edges."""
    from medlint import tokentext

    def reference(text: str) -> str:
        return tokentext._JUNK.sub(lambda m: " " * len(m.group()), text)

    texts = [
        *_sample_texts(60),
        "(" * 20,
        "a" + "*" * 15 + " " + "*" * 16 + "x",
        "word\u00a0" + "=" * 40 + "\u00a0" + "y" * 1200 + "\n" + "-" * 15,
        "x" * 999 + " " + "x" * 1000 + "\t" + "[](){}" * 5 + "abc",
        "",
        "   ",
    ]
    for text in texts:
        assert tokentext.without_junk(text) == reference(text)


# -- literal gates ---------------------------------------------------------------------------


def test_folds_are_the_non_ascii_letters_re_i_matches_with_ascii_ones() -> None:
    """``FOLDS``: every character above ASCII that re.I matches with an ASCII letter or
    digit but whose lowercase is another string (a sweep of Unicode)."""
    import sys

    ascii_word = re.compile(r"[a-z0-9_]", re.I)
    found = set()
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if ascii_word.fullmatch(char):
            letters = [c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, char, re.I)]
            if any(char.lower() != c for c in letters):
                found.add(char)
    assert found == FOLDS


@pytest.mark.parametrize(
    ("pattern", "flags", "ways"),
    [
        (
            r"\bresearchers (?:found|said)\b|\bOrphanet\b",
            re.I,
            [[{"researchers found", "researchers said"}], [{"orphanet"}]],
        ),
        (r"\bJan(?:uary)?\.? \d", 0, [[{"Jan ", "Jan. ", "January ", "January. "}]]),
        (
            r"(?:very\s+)?rare[\s,]+(?:\w+\s+){0,3}(?:disease|tumou?r)s?",
            re.I,
            [[{"disease", "diseases", "tumor", "tumors", "tumour", "tumours"}, {"rare"}]],
        ),
        (r"(?-i:US) brand names?", re.I, [[{" brand name", " brand names"}]]),
        (r"\bNCT\d{8}\b", re.I, [[{"nct"}]]),
    ],
)
def test_literal_gates_read_the_literals_every_match_holds(
    pattern: str, flags: int, ways: list[list[set[str]]]
) -> None:
    gate = literal_gate(re.compile(pattern, flags))
    assert gate is not None
    assert [[{t for t, _ in s} for s in way] for way in gate.ways] == ways


@pytest.mark.parametrize(
    "pattern",
    [r"\d{4}-\d{2}", r"\bcat\b|\w+ d", r"x*", r"[$£]\s?\d+|buy now", r"a[b-z]c", r"ab|cd"],
)
def test_no_literal_gate_where_a_match_needs_no_literal_of_three(pattern: str) -> None:
    assert literal_gate(re.compile(pattern, re.I)) is None


def test_gated_scans_find_what_their_regexes_find() -> None:
    """Every regex of the modules that use ``leading`` (gated or not), behind a literal
    gate, finds the same matches as the regex on corpus articles, on text whose letters
    re.I folds onto ASCII ones (the long s, the dotless i, the dotted capital I: no gate
    skips such a text), on part of a text (left to the regex) and on near misses."""
    corpus = _sample_texts(40)
    odd = [
        "The \u017ftudy found it. Researchers \u017faid so. A rare di\u017fea\u017fe.",
        "Orphanet: a RARE DISEASE. \u0130nherited in an autosomal dominant pattern.",
        "autosomal  dominant; researchers-found; orphan et; a study-free page",
        "",
    ]
    gated_count = 0
    for rx in _regexes():
        fast = gated(rx)
        assert isinstance(fast, Gated)
        gated_count += fast.gate is not None
        for text in corpus + odd:
            expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, rx
        for text in odd + corpus[:3]:
            assert fast.findall(text) == rx.findall(text)
            for pos in (0, 1):
                found, want = fast.search(text, pos), rx.search(text, pos)
                assert (found and found.span()) == (want and want.span())
    assert gated_count >= 20
    folded = gated(re.compile(r"\bthe study\b", re.I))
    assert folded.search("THE \u017fTUDY") is not None  # re.I reads the long s as "s"
    assert folded.search("the studio") is None
    assert folded.pattern == r"\bthe study\b" and folded.sub("x", "the study") == "x"
    import copy

    for made in (copy.copy(folded), copy.deepcopy(folded)):
        assert made.search("the study") is not None and made.search("the studio") is None


def test_a_gate_index_passes_what_the_gates_pass() -> None:
    """``GateIndex.passing`` gives the gates each text passes, in order, as asking every
    gate does: the shipped topics' trigger gates on corpus titles and headings, parts of
    them, their upper case, texts with letters re.I folds onto ASCII (every gate asked) and
    a long text; and made-up gates with no gate, a way with no set, short and empty
    members, case-sensitive and case-insensitive ones."""
    from medlint.checks.aboutness import TopicFinder
    from medlint.checks.knowledge import load_guidance, load_topics
    from medlint.quickscan import INDEXED_TEXT, GateIndex, LiteralGate

    guidance = load_guidance()
    finder = TopicFinder(load_topics(), guidance.title_senses, guidance.title_reading)
    heads = [
        line.lstrip("#").strip()
        for text in _sample_texts(60)
        for line in text.splitlines()
        if line.startswith(("#", "title:"))
    ]
    rnd = random.Random(16)
    texts = [*heads, *(h.upper() for h in heads[:50])]
    texts += [h[rnd.randrange(len(h) + 1) :] for h in heads]
    texts += ["", " ", "Heat stroke", "SEPSIS", "\u017fepsis", "\u0130 had a stroke"]
    texts += ["sepsis and heat stroke " * (INDEXED_TEXT // 20)]
    made_up = [
        None,
        LiteralGate(((frozenset({("sepsis", True)}),), ())),  # a way with no set
        LiteralGate(((frozenset({("", True)}),),)),  # an empty member
        LiteralGate(((frozenset({("US", False), ("brand", True)}), frozenset({("st", True)})),)),
        LiteralGate(((frozenset({("a", True)}),), (frozenset({("Heat", False)}),))),
    ]
    for gates in (finder.trigger_gates, tuple(made_up) + finder.trigger_gates[:20]):
        index = GateIndex(gates)
        for text in [*texts, "US brand", "a stroke", "Heat", "heat", "xyz"]:
            expected = [i for i, g in enumerate(gates) if g is None or g.passes(text)]
            assert index.passing(text) == expected, text
    assert GateIndex(finder.trigger_gates).passing("Sepsis")  # the index finds something
