"""The quick paths of the checks change no finding (docs/performance.md, Round 29b).

MED301's sentence loop reads, on a page with no amount, only the sentences that may hold
a frequency dose (``doses.frequency_sentences``) and searches for the clinicians' wording
only when an amount is judged; MED111 tests a care mention for a claim before the tests
that only rule it out, and a pronoun for its imperative before its study and place; its
per-mention regexes and MED401's ``_NOT_FINDING`` stand behind quickscan's look-ahead or
literal gate; MED202 reads its imperatives when first asked for. Each is compared with the
plain reading on crafted, random and corpus texts."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from medlint import kinds
from medlint.audience import detect
from medlint.checks import advice, consult, doses, evidence
from medlint.context import DEBUNKING, QUESTION, QUOTED, REPORTED
from medlint.engine import Linter, Options
from medlint.parsing import parse
from medlint.quickscan import leading

from .conftest import CORPUS, TODAY, corpus_texts

CRAFTED = [
    "Drink this tea twice a day. Take 2 tablets every morning with food.",
    "Take it twıce daily. İt helps EVERY time. Once more, each meal counts.",
    "- 1 tbsp of vinegar\n- 1 cup of water\n\nMix and sip it before breakfast.",
    "Patients should receive 2.2 mg/kg. Physicians must check levels each morning.",
    "Timely care matters. Anytime is fine; mealtime and sometimes dailies. Everyone eats.",
    "Scheduled for knee surgery? Cancel it! Chemotherapy is bad news, stay away from it!",
    "Hospitals make people sick. Doctors poison their patients. Avoid hospitals.",
    "You don't need a doctor for this. Skip the doctor and drink this tea instead.",
    "Dialysis is not the treatment. Antibiotics are unnecessary for a cold.",
    "An ongoing study is examining how patients can avoid chemo and stay out of hospital.",
    "Don't let a doctor tell you what to do. There is no need to see a doctor at all.",
    "Instead of going to the emergency department, rest at home rather than calling a GP.",
    "Orthopedists want to operate. So don't listen to them. Surgery is a waste of money.",
    "You don't need a referral to see a physiotherapist. Never stop your medicine.",
    "Stop taking your statins and replace your blood-pressure tablets with garlic.",
    "In 50% of cases it is inherited; each child has a 50% chance of passing it on.",
]


def _pages(n: int, seed: int) -> list[str]:
    """The crafted texts as pages, one each and all together, and ``n`` corpus articles."""
    crafted = [f"# Health information\n\n{text}\n" for text in CRAFTED]
    together = "# Health information\n\n" + "\n\n".join(CRAFTED) + "\n"
    return [*crafted, together, *corpus_texts(n, seed)]  # no corpus: the crafted pages


@pytest.fixture(scope="module")
def built() -> Linter:
    linter = Linter(Options(today=TODAY))
    linter.ensure_compiled()
    return linter


def _contexts(linter: Linter, code: str, pages: list[str]) -> tuple[Any, list[kinds.Context]]:
    """The rule of ``code`` and the view of each page it reads, as the runner gives it."""
    rule = next(r for r in linter.rules if r.spec.code == code)
    views = []
    for i, text in enumerate(pages):
        document = parse(f"page{i}.md", text)
        ctx = kinds.Context(document, detect(document), TODAY, linter.bank)
        views.append(ctx.reading(rule.spec.regions))
    return getattr(rule, "rule", rule), views


def _spans(rng: random.Random, length: int) -> list[tuple[int, int]]:
    """Random spans of a text of ``length``, in order and not overlapping (as sentences)."""
    cuts = sorted(rng.sample(range(length + 1), min(length + 1, rng.randint(0, 12))))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    return spans


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [
        "time", "TIME", "once", "twice", "thrice", "daily", "every", "each", "meal", "Morning",
        "tim", "e", "ti", "me", "ı", "İ", "ſ", "\u212a", " ", " ", ".", "\n", "take", "2 mg", "a",
        "day", "é", "ea", "ch", "ev", "ery",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_the_frequency_sentences_are_those_that_may_hold_a_frequency_dose() -> None:
    rng = random.Random(29)
    texts = CRAFTED + _random_texts(5_000, 29) + corpus_texts(100, 29)
    ascii_pages = 0
    for text in texts:
        for _ in range(3):
            spans = _spans(rng, len(text))
            plain = [i for i, (a, b) in enumerate(spans) if doses.may_be_frequency(text[a:b])]
            got = list(doses.frequency_sentences(text, spans))
            # every sentence left out fails the test (a page not ASCII leaves out none)
            assert got == (plain if text.isascii() else list(range(len(spans)))), (text, spans)
        ascii_pages += text.isascii()
    assert ascii_pages > 1000  # the quick reading was taken


def _doses_reading_every_sentence(ctx: Any, named: dict[int, list[str]]) -> list[Any]:
    """``doses._doses`` as it read before: every sentence, the clinicians' wording first."""
    document, analysis = ctx.document, ctx.analysis
    masked = document.masked
    for_readers = doses._FOR_CLINICIANS.search(masked) is None
    amounts: dict[int, list[tuple[int, int]]] = {}
    for m in [*doses.amounts_in(masked), *doses.RELATIVE.finditer(masked)]:
        amounts.setdefault(analysis.sentence_of(m.start()), []).append((m.start(), m.end()))
    for found in amounts.values():
        found.sort()
    out = []
    for sentence, (first, last) in enumerate(analysis.sentences):
        if sentence in amounts:
            text = doses.without_salts(analysis.sentence_text(sentence), named.get(sentence, ()))
            for start, end in doses._told(amounts[sentence], first, masked[first:last]):
                told = doses._under_directions(document, analysis, start)
                before = " ".join(masked[first:start].split())
                at = len(before) + 1 if before else 0
                if doses.instruction(text, at, told, for_readers):
                    out.append((start, end, sentence))
                    break
            continue
        span = doses.frequency_dose(masked[first:last])
        if span is None and doses._amount_before(document, analysis, amounts, sentence):
            span = doses.timed_drink(masked[first:last])
        if span is not None:
            out.append((first + span[0], first + span[1], sentence))
    return out


def test_the_dose_reading_yields_what_reading_every_sentence_yields(built: Linter) -> None:
    rule, views = _contexts(built, "MED301", _pages(150, 30))
    yielded = 0
    for ctx in views:
        named: dict[int, list[str]] = {}
        for m in ctx.analysis.mentions(rule.medicine_label):
            named.setdefault(m.sentence, []).append(m.text)
        expected = _doses_reading_every_sentence(ctx, named)
        assert list(doses._doses(ctx, named)) == expected, ctx.document.source[:200]
        yielded += len(expected)
    assert yielded >= 2  # the crafted frequency and amount doses


def _plain(rx: Any) -> re.Pattern[str]:
    """The regex as written: behind no gate (``Gated.regex``) and without the look-ahead
    ``quickscan.leading`` put in front of it (found as the pattern it was built from)."""
    rx = getattr(rx, "regex", rx)
    text = rx.pattern
    for i in range(len(text)):
        if text.startswith(")(?:", i):
            try:
                inner = re.compile(text[i + 4 : -1], rx.flags)
            except re.error:
                continue
            if leading(inner).pattern == text:
                return inner
    return rx  # type: ignore[no-any-return]


class _Searched:
    """A function standing for a regex's ``search`` (``consult._verdict``, round 31a)."""

    def __init__(self, search: Any, regex: re.Pattern[str]) -> None:
        self.search, self.regex = search, regex


QUICK = {
    "_AVOID": consult._AVOID,
    "_INSTEAD": consult._INSTEAD,
    "_VERDICT": _Searched(consult._verdict, consult._VERDICT),
    "_BEFORE": consult._BEFORE,
    "_NEED_SOMETHING_TO": consult._NEED_SOMETHING_TO,
    "_NOT_FINDING": evidence._NOT_FINDING,
}


def _clauses(n: int, seed: int) -> list[str]:
    """Crafted sentences, their heads and tails at every word, random word soups of the
    regexes' words, and corpus lines."""
    rng = random.Random(seed)
    words = [
        *" ".join(CRAFTED).replace(".", " .").split(),
        "rather", "than", "instead", "of", "unnecessary", "not", "necessary", "isn't", "needed",
        "as", "a", "last", "resort", "don't", "do", "never", "work", "need", "have", "require",
        "any", "chance", "risk", "inherit", "carriers", "%", "percent", "your", "goal", "pays",
        "100%", "safe", "≥5%", "<", "7%", "or", "less", "no", "reason", "nobody", "needs",
        "ignore", "dismiss", "mistake", "following", "save", "yourself", "a trip", "keep",
        "ı", "İ", "ſ", "’", "'", ";", ",", ":", "so", "then", "and", "you", "should", "must",
    ]  # fmt: skip
    out = []
    for text in CRAFTED:
        parts = text.split()
        out += [" ".join(parts[:i]) + end for i in range(len(parts) + 1) for end in ("", " ")]
        out += [" ".join(parts[i:]) for i in range(len(parts) + 1)]
    out += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 25))) for _ in range(n)]
    for text in corpus_texts(60, seed):
        out += [line for line in text.splitlines() if line.strip()]
    return out


def test_the_care_and_figure_regexes_find_what_their_plain_regexes_find() -> None:
    texts = _clauses(6_000, 31)
    for name, quick in QUICK.items():
        plain = _plain(quick)
        assert plain is not quick, name  # led, gated or both
        found = 0
        for text in texts:
            got, want = quick.search(text), plain.search(text)
            assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))
            found += want is not None
        assert found, name  # each regex matched somewhere


def _rules_out(rule: Any, ctx: Any, m: Any, prompts: list[Any]) -> tuple[bool, ...]:
    return (
        rule._research(ctx, m.sentence, m.start),
        rule._described(ctx, m.sentence, m.start),
        any(p.start <= m.start and m.end <= p.end for p in prompts),
        rule._not_about_care(ctx, m),
    )


def _claims(rule: Any, ctx: Any, m: Any, person: bool) -> tuple[Any, bool]:
    return rule._harm_claimed(ctx, m, person), rule._discourages(ctx, m, person)


def test_a_care_mention_is_judged_alike_with_its_claims_tested_first(built: Linter) -> None:
    """Every test of a care or treatment mention gives the same answer read in the order
    before (the ruling-out tests, then the claims) and in the branch's (claims first)."""
    rule, views = _contexts(built, "MED111", _pages(120, 32))
    judged = 0
    for ctx in views:
        analysis = ctx.analysis
        prompts = [m for m in analysis.mentions(rule.label) if not m.has(*rule.when)]
        candidates = [(m, True) for m in analysis.mentions(rule.care_label)]
        candidates += [(m, False) for m in analysis.mentions(rule.treatment_label)]
        for mention, person in candidates:
            if mention.has(REPORTED):
                continue
            before = (_rules_out(rule, ctx, mention, prompts), _claims(rule, ctx, mention, person))
            after = _claims(rule, ctx, mention, person)
            assert (_rules_out(rule, ctx, mention, prompts), after) == before, mention.text
            judged += 1
    assert judged > (100 if CORPUS.is_dir() else 20)


def _avoided_as_read_before(rule: Any, ctx: Any, pronoun: Any, cared: list[Any]) -> int | None:
    """``_avoided_by_reference`` with the study and the sentence's place tested first."""
    if pronoun.has(REPORTED, DEBUNKING) or rule._research(ctx, pronoun.sentence, pronoun.start):
        return None
    if consult.sentence_place(ctx, pronoun) & {QUESTION, QUOTED}:
        return None
    saved_research, saved_place = rule._research, consult.sentence_place
    try:  # the rest as the branch reads it, with the two tests already passed
        rule._research = lambda *_: False
        consult.sentence_place = lambda *_: frozenset()
        return rule._avoided_by_reference(ctx, pronoun, cared)  # type: ignore[no-any-return]
    finally:
        del rule._research
        consult.sentence_place = saved_place
        assert rule._research == saved_research


def test_a_pronoun_is_read_for_its_imperative_before_its_study_and_place(built: Linter) -> None:
    rule, views = _contexts(built, "MED111", _pages(120, 33))
    pronouns = found = 0
    for ctx in views:
        analysis = ctx.analysis
        cared = [*analysis.mentions(rule.care_label), *analysis.mentions(rule.treatment_label)]
        for pronoun in analysis.mentions(rule.pronoun_label):
            expected = _avoided_as_read_before(rule, ctx, pronoun, cared)
            assert rule._avoided_by_reference(ctx, pronoun, cared) == expected, pronoun.text
            pronouns += 1
            found += expected is not None
    assert pronouns > (100 if CORPUS.is_dir() else 10)
    assert found >= 1  # the crafted "Cancel it!"


def test_the_imperatives_are_read_alike_when_first_asked_for(built: Linter) -> None:
    rule, views = _contexts(built, "MED202", _pages(60, 34))
    asked = 0
    for ctx in views:
        analysis = ctx.analysis
        eager: dict[int, set[str]] = {}
        for m in analysis.mentions(rule.labels["imperative"]):
            eager.setdefault(m.sentence, set()).add(m.text.lower())
        lazy = advice._Imperatives(analysis, rule.labels["imperative"])
        for sentence in range(-1, len(analysis.sentences) + 1):
            assert lazy.opening(sentence) == eager.get(sentence, set())
            asked += 1
    assert asked > (1000 if CORPUS.is_dir() else 30)
