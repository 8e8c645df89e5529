"""Round 47 (R47): the help-seeking reader ties a sign to a statement through indexes of
the statements (by sentence, by start, by list and by level) instead of asking every
statement for every sign, which was quadratic on a page of many help statements ("## Symptoms
of stroke / Call 911." 4,000 times took 43 s through the command); ``Document.section_at``,
the care-shape reader's heading test, the symptom words an instruction names and the help
headings of that shape are found by bisection; the title-line test, the UTF-8 column and
the visible-text blocks no longer copy a whole line or block per sentence, finding or list
item (one-line pages of claims, lists of joined items). These tests hold the answers equal to the
round-46 code, copied here; times are benchmark figures (benchmarks/bench_adversarial.py),
never asserted."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import re
import subprocess
import sys
from functools import cached_property
from pathlib import Path

import pytest

from medlint import kinds, reading, visible, visiblegrammar
from medlint.audience import detect
from medlint.checks import careshape, shape
from medlint.checks.helpseeking import (
    _COMPLEMENT,
    _INSTRUCTIONS,
    _SUBORDINATE,
    CLAUSE_CONDITIONS,
    POINTERS,
    SUBJECT_REACH,
    WINDOW,
    HelpStatements,
    Statement,
    _clause_word,
    _label,
    _list_item_line,
)
from medlint.checks.knowledge import EMERGENCY, PROMPT, SAME_DAY, load_guidance
from medlint.context import NEGATED
from medlint.document import Document, Section, within
from medlint.engine import Linter
from medlint.nlp import Mention


# -- the round-46 code, the reference ---------------------------------------------------------
def old_section_at(document: Document, offset: int) -> Section | None:
    found = None
    for section in document.sections:
        if section.start <= offset < section.end:
            found = section
    return found


class OldHelp(HelpStatements):
    """HelpStatements with the round-46 loops over every statement, section and symptom."""

    def help_section(self, offset: int) -> Section | None:
        section = old_section_at(self.document, offset)
        if section is not None and (
            self.guidance.is_help_heading(section.heading) or section.start in self._shaped_headings
        ):
            return section
        return None

    def _in_other_section(self, offset: int) -> bool:
        section = old_section_at(self.document, offset)
        return section is not None and self.guidance.is_other_heading(section.heading)

    @cached_property
    def _shaped_headings(self) -> frozenset[int]:
        care = self.guidance.care_shape
        if care is None:
            return frozenset()
        starts = set()
        spans = [(s.start, s.body_start) for s in self.document.sections]
        in_heading = lambda at: any(a <= at < b for a, b in spans)  # noqa: E731 (round 46)
        for i in careshape.instructions(self.analysis, care, self.urgent, in_heading):
            for section in self.document.sections:
                if section.start <= i.mention.start < section.body_start:
                    starts.add(section.start)
        return frozenset(starts)

    def tied(self, anchor: Mention, level: int, named: bool = False) -> Statement | None:
        candidates = self.at_least(min(level, SAME_DAY))
        if named:
            section = self.help_section(anchor.start)
            candidates = [
                s
                for s in candidates
                if (section is not None and section.start <= s.mention.start < section.end)
                or self._in_list_of(anchor, s)
            ]
        own = self._own_tie(self._own_sentences(anchor), level)
        if own is not None:
            return own
        if not candidates:
            return None
        if self._in_other_section(anchor.start):
            return None
        section = old_section_at(self.document, anchor.start)
        for s in candidates:
            if abs(s.mention.sentence - anchor.sentence) <= WINDOW:
                return s
            if section is not None and section.start <= s.mention.start < section.end:
                return s
        for s in candidates:
            if self._in_list_of(anchor, s):
                return s
        trailer = self._list_trailer(anchor.start)
        if trailer is not None:
            for s in candidates:
                if trailer[0] <= s.mention.start < trailer[1]:
                    return s
        return None

    def _in_list_of(self, anchor: Mention, s: Statement) -> bool:
        lead = self._list_lead_in(anchor.start)
        if lead is None:
            return False
        if lead <= s.mention.sentence <= anchor.sentence:
            return True
        return (
            s.mention.sentence > anchor.sentence
            and self._list_lead_in(s.mention.start) == lead
            and _list_item_line(self.document, s.mention.start)
            != _list_item_line(self.document, anchor.start)
        )

    def _own_tie(self, sentences: frozenset[int], level: int) -> Statement | None:
        for s in self.statements:
            if s.mention.sentence not in sentences:
                continue
            if s.level >= min(level, SAME_DAY):
                return s
            if s.mention.sentence in self.conditional:
                return s
        return None

    def tied_subject(self, anchor: Mention, level: int) -> Statement | None:
        own = self._own_sentences(anchor)
        in_condition = self._in_condition(anchor)
        if in_condition and anchor.sentence in self._clause_conditional:
            own |= {anchor.sentence + 1}
        for s in self.statements:
            m = s.mention
            if m.label not in (careshape.SHAPE, _label("prompt")) or m.sentence not in own:
                continue
            if m.sentence == anchor.sentence + 1 and not in_condition:
                continue
            if m.sentence in self._hedged:
                continue
            if s.level >= min(level, SAME_DAY):
                return s
            condition = m.sentence if m.sentence != anchor.sentence + 1 else anchor.sentence
            if (
                level <= SAME_DAY
                and in_condition
                and condition in (self.conditional & self._about_symptoms)
            ):
                return s
        return None

    def _in_condition(self, anchor: Mention) -> bool:
        for c in self.analysis.mentions(_label("conditional")):
            if c.sentence != anchor.sentence or c.has(NEGATED):
                continue
            if _clause_word(c) not in CLAUSE_CONDITIONS or not self._opens_condition(c):
                continue
            if not 0 <= anchor.token_start - c.token_end <= SUBJECT_REACH:
                continue
            if not any(
                s.mention.sentence == anchor.sentence and c.end <= s.mention.start < anchor.start
                for s in self.statements
            ):
                return True
        return False

    def _names_symptoms(self, m: Mention) -> bool:
        symptoms = self.analysis.mentions(_label("symptom"))
        if any(m.start < w.start and w.end <= m.end for w in symptoms):
            return True
        _start, end = self.analysis.sentences[m.sentence]
        tail = _COMPLEMENT.match(self.document.masked, m.end, end)
        if tail is None:
            return False
        stop = _SUBORDINATE.search(tail.group(1))
        close = tail.start(1) + stop.start() if stop else tail.end()
        return any(
            tail.start(1) <= w.start and w.end <= close
            for w in symptoms
            if w.text.lower() not in POINTERS
        )


# -- pages to read -----------------------------------------------------------------------------
PIECES = [
    "## Symptoms of stroke\n\n",
    "## When to get help\n\n",
    "## Causes\n\n",
    "## Call 911 if you have chest pain\n\n",
    "# Stroke\n\n",
    "Call 911. ",
    "Stroke is serious. ",
    "See your doctor if you have chest pain. ",
    "If you think you have a stroke, call 911 right away. ",
    "If you think you have a UTI, see your doctor. ",
    "Get medical attention if necessary. ",
    "Call 911 if you have:\n\n",
    "Here's what to do:\n\n",
    "- chest pain\n",
    "- slurred speech and stroke\n",
    "- call 911\n",
    "- see a doctor if it hurts\n",
    "1. face drooping\n",
    "  more of the item\n",
    "Tell your doctor about any symptoms you have. ",
    "Talk to your doctor about these treatments. ",
    "Go to the emergency room if the pain gets worse. ",
    "Seek medical attention as soon as possible. ",
    "Go to A&E or phone 999.\n",
    "Severe headache and confusion are warning signs. ",
    "\n\n",
    "\n",
]

ANCHOR_LABELS = ["symptom", "conditional", "emergency", "prompt", "same_day", "course"]


def _context(linter: Linter, text: str, name: str = "page.md") -> kinds.Context:
    document, _ = reading.read_document(name, text.encode())
    assert document is not None
    return kinds.Context(document, detect(document), dt.date(2026, 12, 1), linter.bank)


def _anchors(ctx: kinds.Context) -> list[Mention]:
    found = [m for name in ANCHOR_LABELS for m in ctx.analysis.mentions(_label(name))]
    found += ctx.analysis.mentions(careshape.SHAPE) + ctx.analysis.mentions(careshape.TRIGGER)
    return found


def _same_answers(linter: Linter, text: str, unordered: bool = False, name: str = "page.md") -> int:
    ctx = _context(linter, text, name)
    guidance = load_guidance()
    new, old = HelpStatements(ctx, guidance), OldHelp(ctx, guidance)
    if unordered:  # the fallback that asks every statement
        new.__dict__["_ordered"] = False
    assert new.statements == old.statements
    assert new._shaped_headings == old._shaped_headings
    for s in new.statements:
        assert new._names_symptoms(s.mention) == old._names_symptoms(s.mention), text
    asked = 0
    for m in _anchors(ctx):
        assert new._in_condition(m) == old._in_condition(m), text
        for level in (PROMPT, SAME_DAY, EMERGENCY):
            assert new.tied_subject(m, level) == old.tied_subject(m, level), (text, m, level)
            for named in (False, True):
                assert new.tied(m, level, named) == old.tied(m, level, named), (
                    text,
                    m,
                    level,
                    named,
                )
                asked += 1
    return asked


CRAFTED = [
    "# Stroke\n\n" + "## Symptoms of stroke\n\nCall 911.\n\n" * 30,
    "# Stroke\n\nCall 911 if you have:\n\n- chest pain\n- slurred speech and stroke\n- call 911\n"
    "\nGo to A&E or phone 999.\n",
    "# Stroke\n\n## When to get help\n\nStroke is serious. Severe headache is a warning sign.\n\n"
    "## Causes\n\nStroke is caused by a clot. Call 911.\n",
    "# UTI\n\nIf you think you have a UTI, see your doctor. Get medical attention if necessary.\n",
    # a statement in the sign's section before its window, and one in the window after it
    "# Stroke\n\n## Warning signs\n\nCall 911. Stroke is serious. It is common. It is rare. "
    "It is sudden. Severe headache and confusion are warning signs. Call 911.\n",
    "# Stroke\n\nHere's what to do:\n\n- stroke: stay still\n- call 911\n- see a doctor\n\n"
    "Stroke again. Call your doctor right away.\n",
    # the review of R47: a list lead-in more than WINDOW sentences above the sign, with no
    # heading (the pass over the whole list), and a statement in an item's second sentence
    # (an item's own line)
    "Stroke symptoms:\n\n- Call 911 if you have sudden numbness\n- trouble walking\n- dizziness\n"
    "- confusion\n- severe headache\n- slurred speech\n- face drooping\n- stroke\n",
    "# Asthma\n\nHere is what to do:\n\n- Wheezing is common with chest pain. Severe attacks may "
    "require emergency care.\n- rest\n- drink water\n",
]

# HTML, where a section's body starts right after its heading's end tag.
CRAFTED_HTML = [
    "<html><body><h1>Stroke</h1><p>Stroke is serious.</p><h2>Warning signs</h2>Call your "
    "doctor. Numbness and slurred speech are signs of stroke.</body></html>",
    "<html><body><h1>Asthma</h1><h2>When to get help</h2><ul><li>Call 999 if you have severe "
    "chest pain</li><li>wheezing</li></ul><p>See your GP if it persists.</p></body></html>",
]


@pytest.mark.parametrize("text", CRAFTED)
def test_crafted_pages_tie_as_before(linter: Linter, text: str) -> None:
    assert _same_answers(linter, text) > 0
    _same_answers(linter, text, unordered=True)


@pytest.mark.parametrize("text", CRAFTED_HTML)
def test_crafted_html_pages_tie_as_before(linter: Linter, text: str) -> None:
    assert _same_answers(linter, text, name="page.html") > 0
    _same_answers(linter, text, unordered=True, name="page.html")


def test_random_pages_tie_as_before(linter: Linter) -> None:
    rng = random.Random(47)
    asked = 0
    for _ in range(120):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        asked += _same_answers(linter, text)
    assert asked > 1000


def test_section_at_answers_as_asking_every_section() -> None:
    rng = random.Random(4747)
    for trial in range(600):
        sections = []
        at = rng.randint(0, 5)
        for _ in range(rng.randint(0, 8)):
            if trial % 3 == 0:  # any spans, overlapping or out of order: the loop answers
                a = rng.randint(0, 60)
                b = a + rng.randint(0, 6)
                sections.append(Section("h", 1, a, b, b + rng.randint(-3, 12)))
            else:  # as the parsers give them: in order, each ending where the next begins
                b = at + rng.randint(0, 4)
                end = b + rng.randint(0, 12)
                sections.append(Section("h", 1, at, b, end))
                at = end + rng.randint(0, 2) * rng.randint(0, 1)
        held = Document("page.md", "markdown", "", "", sections=tuple(sections))
        for offset in range(-2, 80):
            assert held.section_at(offset) is old_section_at(held, offset), (sections, offset)


def test_heading_spans_answer_as_asking_every_span() -> None:
    rng = random.Random(47)
    for _ in range(600):
        spans = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 60)
            spans.append((a, a + rng.randint(-2, 10)))
        inside = within(spans)
        for offset in range(-2, 75):
            assert inside(offset) == any(a <= offset < b for a, b in spans), (spans, offset)


def test_instruction_labels_are_the_round_46_pair() -> None:
    assert (careshape.SHAPE, _label("prompt")) == _INSTRUCTIONS


def test_the_cli_reads_a_page_of_many_help_statements(tmp_path: Path) -> None:
    # a real file through the real command: 4,000 help statements under 4,000 headings (43 s
    # before R47); a normal verdict, no traceback; the time is a benchmark figure
    page = tmp_path / "help.md"
    page.write_text("# Stroke\n\n" + "## Symptoms of stroke\n\nCall 911.\n\n" * 4_000, "utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "medlint", "check", str(page), "--isolated", "--no-cache"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    assert "Traceback" not in run.stderr
    assert "help.md" in run.stdout
    assert "MED109" in run.stdout  # the verdict of round 46: stroke is never tied to help


# -- the page-length scans of round 47 (a one-line page of claims, a list of joined items) -----
def old_is_title_line(masked: str, start: int, end: int) -> bool:
    line_start = masked.rfind("\n", 0, start) + 1
    line_end = masked.find("\n", end)
    line = masked[line_start : len(masked) if line_end == -1 else line_end].strip()
    if line != masked[start:end].strip() or not line or line[-1] in ".!?":
        return False
    words = [w for w in line.replace(":", " ").split() if w[:1].isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and capitals >= 0.7 * len(words)


def test_title_lines_are_read_as_before() -> None:
    rng = random.Random(147)
    pieces = ["Ditch", " Your", " Statins", ":", " the", " way", ".", "!", " ", "  ", "\t",
              "\n", "\u00a0", "\u2028", "\x1c", "A", "b"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        for _ in range(6):
            start = rng.randint(-1, len(text) + 1)
            end = rng.randint(start - 1, len(text) + 2)
            assert shape.is_title_line(text, start, end) == old_is_title_line(text, start, end), (
                text,
                start,
                end,
            )


def old_utf8_column(document: Document, offset: int) -> int:
    offset = max(0, min(offset, len(document.source)))
    start = document.line_starts[bisect.bisect_right(document.line_starts, offset) - 1]
    return len(document.source[start:offset].encode("utf-8", "surrogatepass")) + 1


def test_utf8_columns_are_counted_as_before() -> None:
    rng = random.Random(2047)
    for trial in range(300):
        chars = "ab \n" if trial % 4 == 0 else "ab \né€😀\ud83d\ude00\n"
        source = "".join(rng.choice(chars) for _ in range(rng.randint(0, 60)))
        starts = (0, *(i + 1 for i, c in enumerate(source) if c == "\n"))
        document = Document("page.md", "markdown", source, source, line_starts=starts)
        for _ in range(40):  # in any order, the same offset again too
            offset = rng.randint(-2, len(source) + 2)
            assert document.utf8_column(offset) == old_utf8_column(document, offset)


def old_blocks(document: Document) -> list[tuple[int, str, int]]:
    masked = document.masked
    cuts = {0, len(masked)}
    cuts.update(b for b in document.breaks if 0 <= b <= len(masked))
    for m in re.finditer(r"\n[ \t]*\n", masked):
        cuts.add(m.start() + 1)
    spans = [(a, b) for a, b in itertools.pairwise(sorted(cuts)) if masked[a:b].strip()]
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and old_continues(masked[joined[-1][0] : joined[-1][1]], masked[start:end]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return [(start, masked[start:end], index) for index, (start, end) in enumerate(joined)]


def old_continues(previous: str, text: str) -> bool:
    head = previous.strip()
    if head.endswith(":") and len(head.split()) <= visiblegrammar.LABEL_WORDS:
        return True
    last, first = head[-1:], text.lstrip()[:1]
    gap = previous[len(previous.rstrip()) :] + text[: len(text) - len(text.lstrip())]
    return last.isalpha() and first.islower() and gap.count("\n") <= 1


def test_blocks_are_cut_and_joined_as_before() -> None:
    rng = random.Random(3047)
    pieces = ["- see a doctor if", "\n", "\n\n", " \n \n", "Last reviewed:", "12 Mar 2019",
              "a b c d e:", "Word", "word", ".", " ", "\t", "x:", "\u00a0"]  # fmt: skip
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        breaks = tuple(sorted(rng.randint(-1, len(text) + 1) for _ in range(rng.randint(0, 6))))
        document = Document("page.md", "markdown", text, text, breaks=breaks)
        got = [(b.start, b.text, b.index) for b in visible.blocks(document)]
        assert got == old_blocks(document), (text, breaks)


# R47b (round 47, end): `_list_trailer` walked from an item to its list's end once per item,
# quadratic on a list of thousands of statements (the review of R47). It now remembers where
# each walk ended, by every line end it passed. The round-46 walk, kept here:
def _old_list_trailer(help: HelpStatements, offset: int) -> tuple[int, int] | None:
    from medlint.checks.helpseeking import _LIST_ITEM, TRAILER_LINES

    line = _list_item_line(help.document, offset)
    if line is None:
        return None
    source = help.document.source
    end = line[1]
    while end < len(source):
        nxt = source.find("\n", end + 1)
        nxt = len(source) if nxt == -1 else nxt
        text = source[end + 1 : nxt]
        if text.strip() and not _LIST_ITEM.match(text) and not text.startswith((" ", "\t")):
            break
        end = nxt
    start = end + 1
    stop, lines = start, 0
    while stop < len(source) and lines < TRAILER_LINES:
        nxt = source.find("\n", stop)
        nxt = len(source) if nxt == -1 else nxt
        text = source[stop:nxt]
        if _LIST_ITEM.match(text):
            break
        lines += bool(text.strip())
        stop = nxt + 1
    lead = help._list_lead_in(offset)
    if lead is None or lead not in help.conditional or start >= stop:
        return None
    return start, min(stop, len(source))


LIST_PIECES = [
    "# Stroke\n\n",
    "Call 911 if you have:\n\n",
    "Here's what to do:\n\n",
    "- chest pain. Talk to your doctor.\n",
    "- sudden numbness\n",
    "  continued on an indented line\n",
    "\n",
    "Go to A&E or phone 999.\n",
    "Stroke is serious.\n\n",
    "1. slurred speech\n",
]


def test_list_trailers_are_found_as_before(linter: Linter) -> None:
    rng = random.Random(4747)
    asked = 0
    for _ in range(150):
        text = "".join(rng.choice(LIST_PIECES) for _ in range(rng.randint(2, 60)))
        ctx = _context(linter, text)
        help = HelpStatements(ctx, load_guidance())
        offsets = [i for i in range(len(text)) if text.startswith(("-", "1.", "  "), i)]
        offsets += [rng.randrange(len(text)) for _ in range(10)]
        rng.shuffle(offsets)  # any order: a later item's walk may meet an earlier one's
        for at in offsets:
            assert help._list_trailer(at) == _old_list_trailer(help, at), (text, at)
            asked += 1
    assert asked > 1000


def test_the_cli_reads_a_long_list_of_statements(tmp_path: Path) -> None:
    page = tmp_path / "list.md"
    page.write_text(
        "# Stroke\n\nHere's what to do:\n\n" + "- chest pain. Talk to your doctor.\n" * 4000,
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "medlint", "check", str(page), "--isolated", "--no-cache"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
