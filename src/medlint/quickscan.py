"""Regexes that skip, at each position of a text, the alternatives that cannot start there.

Python's ``re`` has a fast scan for a pattern that starts with a literal or a character
set, but not for one that starts with ``\\b`` or with an alternation of case-insensitive
words (most of medlint's cue regexes): it tries every alternative at every character of
the text. :func:`leading` puts a look-ahead of the characters a match can start with in
front of such a regex (``(?=[abf$])(?:...)``), so at most positions one character test
fails and no alternative is tried. The matches are the same: a match must start with one
of those characters, and the look-ahead is read with the pattern's own flags (under
``re.I`` a class folds case exactly as the literals do).

The characters are read from the pattern's parse (``re._parser``); where they cannot be
told (a pattern that may match the empty string, that starts with ``\\w``, ``.``, an
optional part, a back-reference or a scoped flag other than case), or the parser is not
there, the regex is returned unchanged. A character read under a scoped case flag
(``(?i:one|two)`` in a case-sensitive pattern, ``(?-i:...)`` in a re.I one) is put in a
class under the same scoped flag in the look-ahead (``(?=[\\d.]|(?i:[ot]))``), so ``re``
folds it exactly as it folds the literal.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import Any, cast

# Larger sets (say every letter) save nothing: the look-ahead passes nearly everywhere.
MAX_LEADING = 40
# A match that can start with any digit (``\d``, under the pattern's flags) has this
# member among its first characters.
DIGIT = "\\d"
# The scoped flags a first character can be read under: only case changes which characters
# a literal matches (verbose, dot-all and multi-line do not; ASCII or locale would).
_SCOPED_OK = re.IGNORECASE | re.VERBOSE | re.DOTALL | re.MULTILINE
# Where a first character was read: under the pattern's own flags (None), or in a group
# that scopes case folding on (True) or off (False).
Case = bool | None


def leading(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a look-ahead of the characters its matches start with, or ``rx`` itself
    when they cannot be told or ``re`` already scans for them (see the module's
    docstring)."""
    parsed = _parsed(rx)
    if parsed is None:
        return rx
    items, ops = parsed
    read = _read(items, ops)
    if read is None or not read or len(read) > MAX_LEADING:
        return rx
    chars = frozenset(c for c, case in read if case is None)
    if len(chars) == len(read) and _scanned(rx, items, ops, chars):
        return rx
    end = "\n)" if rx.flags & re.VERBOSE else ")"  # a comment on the last line ends there
    try:
        return re.compile(f"(?={_look_ahead(read)})(?:{rx.pattern}{end}", rx.flags)
    except re.error:  # e.g. a global inline flag, allowed only at the very start
        return rx


def _look_ahead(read: frozenset[tuple[str, Case]]) -> str:
    """The look-ahead's alternatives: one class of the characters read under the pattern's
    own flags, one under each scoped case flag (the common pattern has only the first)."""
    classes = []
    for case, scope in ((None, "{}"), (True, "(?i:{})"), (False, "(?-i:{})")):
        members = "".join(_escaped(c) for c in sorted(c for c, at in read if at is case))
        if members:
            classes.append(scope.format(f"[{members}]"))
    return "|".join(classes)


def first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``rx`` can start with (as the pattern writes them; its
    flags fold their case; ``DIGIT`` for any digit), or None when they cannot be told
    (or some are read under a scoped case flag: see :func:`first_reads`)."""
    read = first_reads(rx)
    if read is None or any(case is not None for _c, case in read):
        return None
    return frozenset(c for c, _case in read)


def first_reads(rx: re.Pattern[str]) -> frozenset[tuple[str, Case]] | None:
    """The characters a match of ``rx`` can start with, each with the scoped case flag it
    is read under (None: the pattern's own flags), or None when they cannot be told."""
    parsed = _parsed(rx)
    return None if parsed is None else _read(*parsed)


def _parsed(rx: re.Pattern[str]) -> tuple[list[tuple[Any, Any]], _Ops] | None:
    """The pattern's parsed items, read once, with the parser's opcodes; None where the
    parser is not there or fails (a parser of another Python version: no look-ahead, no
    harm)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        return list(_parser.parse(rx.pattern, rx.flags).data), _Ops(_parser)
    except Exception:
        return None


def _read(items: list[tuple[Any, Any]], ops: _Ops) -> frozenset[tuple[str, Case]] | None:
    try:
        chars, empty = _first(items, ops, None)
    except Exception:  # _Unknown, or a parse tree of another Python version
        return None
    return None if empty else frozenset(chars)


def _scanned(
    rx: re.Pattern[str], items: list[tuple[Any, Any]], ops: _Ops, chars: frozenset[str]
) -> bool:
    """Whether ``re`` already avoids trying the pattern at every position: it is anchored
    at the start of the text, or starts with a character or set (not with ``\\b`` or
    another zero-width item) whose case it need not fold."""
    if items and items[0] in ops.at_beginning:
        return True  # anchored at the start: re tries one position only
    while items and items[0][0] is ops.subpattern and not any(items[0][1][1:3]):
        items = list(items[0][1][3].data)
    if not items or items[0][0] in ops.zero_width:
        return False
    return not (rx.flags & re.IGNORECASE and any(c.lower() != c.upper() for c in chars))


class _Unknown(Exception):
    """A parsed item whose first characters are not told here."""


class _Ops:
    def __init__(self, parser: Any) -> None:
        self.zero_width = {parser.AT, parser.ASSERT, parser.ASSERT_NOT}
        self.at_beginning = (
            (parser.AT, parser.AT_BEGINNING),
            (parser.AT, parser.AT_BEGINNING_STRING),
        )
        self.literal = parser.LITERAL
        self.in_ = parser.IN
        self.range_ = parser.RANGE
        self.category = parser.CATEGORY
        self.digit = parser.CATEGORY_DIGIT
        self.branch = parser.BRANCH
        self.subpattern = parser.SUBPATTERN
        self.repeats = {parser.MAX_REPEAT, parser.MIN_REPEAT}
        if hasattr(parser, "POSSESSIVE_REPEAT"):
            self.repeats.add(parser.POSSESSIVE_REPEAT)
        self.atomic = getattr(parser, "ATOMIC_GROUP", None)


def _first(
    items: list[tuple[Any, Any]], ops: _Ops, case: Case
) -> tuple[set[tuple[str, Case]], bool]:
    """The characters a match of a sequence of parsed items can start with (each with the
    scoped case flag it is read under), and whether it can match the empty string (then
    the characters after it can start the match too)."""
    chars: set[tuple[str, Case]] = set()
    for op, av in items:
        found, empty = _first_of(op, av, ops, case)
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def _first_of(op: Any, av: Any, ops: _Ops, case: Case) -> tuple[set[tuple[str, Case]], bool]:
    if op in ops.zero_width:
        return set(), True  # \b, ^, a look-around: the next item starts the match
    if op is ops.literal:
        return {(chr(av), case)}, False
    if op is ops.in_:
        return {(c, case) for c in _set_chars(av, ops)}, False
    if op is ops.branch:
        chars: set[tuple[str, Case]] = set()
        may_be_empty = False
        for branch in av[1]:
            found, empty = _first(list(branch.data), ops, case)
            chars |= found
            may_be_empty = may_be_empty or empty
        return chars, may_be_empty
    if op is ops.subpattern:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~_SCOPED_OK:
            raise _Unknown  # ASCII or locale would change what a class or a fold reads
        if add_flags & re.IGNORECASE:
            case = True
        elif del_flags & re.IGNORECASE:
            case = False
        return _first(list(sub.data), ops, case)
    if ops.atomic is not None and op is ops.atomic:
        return _first(list(av.data), ops, case)
    if op in ops.repeats:
        low, _high, item = av
        found, empty = _first(list(item.data), ops, case)
        return found, empty or low < 1
    raise _Unknown  # \w, ., a negated character, a back-reference ...


def _set_chars(members: list[tuple[Any, Any]], ops: _Ops) -> set[str]:
    chars: set[str] = set()
    for op, av in members:
        if op is ops.literal:
            chars.add(chr(av))
        elif op is ops.range_ and av[1] - av[0] < MAX_LEADING:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is ops.category and av is ops.digit:
            chars.add(DIGIT)  # the class's own \d: the same digits under the same flags
        else:
            raise _Unknown  # a negated set, \s, \w, a large range
    return chars


def _escaped(char: str) -> str:
    if char == DIGIT:
        return char
    return "\\" + char if char in "\\]^-[" else char


# -- literal gates: a whole-text regex skipped on texts that lack the literals it needs ----
#
# Many whole-text scans look for phrases ("researchers found", "Orphanet", "video") that
# most pages never use, yet ``re`` steps through every character of the page for each of
# them. ``literal_gate`` reads from a pattern's parse the literal strings a match must
# contain: for each way the pattern can match (its branches, multiplied out), several sets
# of which every one must have a member in the text. A text without them is not scanned
# (``gated``): ``str.__contains__`` finds a literal far faster than ``re`` tries a pattern
# at every character, so a gated scan's matches are the regex's own, found or skipped
# sooner. Case: a literal read under re.I is looked for lowercased in the text lowercased
# (once per text); re.I also matches three non-ASCII letters with ASCII ones where
# lowercasing does not (``FOLDS``: the dotted capital I, the dotless i, the long s), and a
# text holding one of them passes every case-insensitive gate.

# The non-ASCII characters that re.I matches with an ASCII letter but whose lowercase is
# not that letter (tests/test_quickscan.py sweeps Unicode for them).
FOLDS = frozenset("\u0130\u0131\u017f")
MAX_WAYS = 32  # ways to match (branches multiplied out)
MAX_LITERALS = 64  # members of one set
MIN_LITERAL = 3  # a set whose members are all shorter tells little and is not kept
MAX_SETS = 3  # sets kept per way, the longest literals first

Literal = tuple[str, bool]  # the string, read case-insensitively
Way = tuple[frozenset[Literal], ...]


class LiteralGate:
    """The literals a regex's matches contain: it can match in a text only if, for some
    way, every set has a member in the text."""

    __slots__ = ("_checks", "_folded", "_registered", "ways")

    def __init__(self, ways: tuple[Way, ...]) -> None:
        self.ways = ways
        # What ``passes`` looks for: each set without the members that contain another
        # member read the same way (a text that holds "doses" holds "dose"), so that a
        # text without them is searched once per member left, not once per spelling.
        self._checks = tuple(tuple(_fewest(needed) for needed in way) for way in ways)
        # The case-insensitive literals ``passes`` may look for, which the process's
        # ``_PRESENCE`` finds in a long text in one pass once this gate is asked of one.
        self._folded = frozenset(
            literal for way in self._checks for needed in way for literal, f in needed if f
        )
        self._registered = False

    def passes(self, text: str) -> bool:
        # Where the case-insensitive literals are looked for, worked out when first needed:
        # the lowered text ("" is FOLDS: every fold passes), or for a long text the set of
        # them it holds (``_PRESENCE``; never empty).
        folds: str | frozenset[str] | None = None
        if len(text) >= PRESENCE_TEXT and self._folded:
            folds = self._present(text)
        for way in self._checks:
            for needed in way:
                found = False
                for literal, folded in needed:
                    if folded:
                        if folds is None:
                            folds = lowered(text)
                        if not folds or literal in folds:
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

    def _present(self, text: str) -> str | frozenset[str]:
        """The case-insensitive literals of the gates asked of long texts that the long
        ``text`` holds (``_PRESENCE``), or its lowered text when that cannot be told."""
        low = lowered(text)
        if len(low) < PRESENCE_TEXT:  # "": FOLDS, every fold passes
            return low
        if not self._registered:
            _PRESENCE.register(self._folded)
            self._registered = True
        found = _PRESENCE.found(low)
        return low if found is None else found

    def data(self) -> list[list[list[list[str | bool]]]]:
        """The gate as JSON data (each set's literals sorted), for ``from_data``."""
        return [[[[text, folded] for text, folded in sorted(s)] for s in way] for way in self.ways]

    @classmethod
    def from_data(cls, value: Any) -> LiteralGate:
        """The gate ``data`` gave; ValueError for anything else."""
        if type(value) is not list or not value:
            raise ValueError("a gate is a non-empty list of ways")
        ways: list[Way] = []
        for way in value:
            if type(way) is not list or not way:
                raise ValueError("a way is a non-empty list of sets")
            sets: list[frozenset[Literal]] = []
            for needed in way:
                if type(needed) is not list or not needed:
                    raise ValueError("a set is a non-empty list of literals")
                literals: list[Literal] = []
                for literal in needed:
                    if not (
                        type(literal) is list
                        and len(literal) == 2
                        and type(literal[0]) is str
                        and literal[0]
                        and type(literal[1]) is bool
                    ):
                        raise ValueError("a literal is [text, case-insensitive]")
                    literals.append((literal[0], literal[1]))
                sets.append(frozenset(literals))
            ways.append(tuple(sets))
        return cls(tuple(ways))


# The shortest lowered text whose case-insensitive literals ``_PRESENCE`` finds in one
# pass: the gates asked of a page's whole text (about 20 of them, 176 literals) each
# searched it once per literal they lack, about 50 times a page (docs/performance.md,
# Round 61b).
PRESENCE_TEXT = 2_000


class _Presence:
    """Which of the case-insensitive literals of the gates asked of long texts a lowered
    text holds, found by one RE2 set search (``re2.Set``: every literal that occurs
    anywhere, however they overlap; a literal occurs in the text's UTF-8 bytes exactly
    when it occurs in the text). The literals are those of every gate registered so far;
    a gate registers its own the first time it is asked of a long text, which starts a new
    :class:`_LiteralSet`, so a text is always searched for every literal a gate may ask
    about. The literal set a search runs on and the answers kept for it go together: an
    answer a search on an older set finds (a thread that started before a registration)
    is kept with that set and never answers for the new one, and a registration is made
    under a lock, so two gates registering at once both keep their literals (a Dask worker
    runs chunks of several Linters in threads). ``found`` gives None where the search
    cannot tell: no literal found (also RE2's answer when its DFA runs out of memory), a
    text that cannot be encoded (a lone surrogate) or RE2 missing; the gate then looks each
    literal up."""

    def __init__(self) -> None:
        self._current = _LiteralSet(())
        self._lock = threading.Lock()

    @property
    def literals(self) -> list[str]:
        """The literals registered so far, in the order the set search numbers them."""
        return list(self._current.literals)

    @property
    def _found(self) -> dict[str, frozenset[str] | None]:
        """The answers kept for the current literal set."""
        return self._current.found_in

    def register(self, literals: frozenset[str]) -> None:
        if literals <= self._current.known:
            return
        with self._lock:
            current = self._current
            new = sorted(literals - current.known)
            if new:
                self._current = _LiteralSet((*current.literals, *new))

    def found(self, low: str) -> frozenset[str] | None:
        return self._current.found(low)


class _LiteralSet:
    """One set of literals, its RE2 set search (compiled when first needed) and the
    answers found with it for the last ``_PRESENCE_TEXTS`` texts (a page's text is asked by
    many gates in a row)."""

    def __init__(self, literals: tuple[str, ...]) -> None:
        self.literals = literals
        self.known = frozenset(literals)
        self.found_in: dict[str, frozenset[str] | None] = {}
        self._set: Any = None
        self._broken = False

    def found(self, low: str) -> frozenset[str] | None:
        if low in self.found_in:
            return self.found_in[low]
        answer = self._search(low)
        if len(self.found_in) >= _PRESENCE_TEXTS:
            self.found_in.clear()
        self.found_in[low] = answer
        return answer

    def _search(self, low: str) -> frozenset[str] | None:
        if self._broken or not self.literals:
            return None
        if self._set is None:
            try:
                import re2

                options = re2.Options()
                options.literal = True
                options.log_errors = False
                searcher = re2.Set.SearchSet(options)
                for literal in self.literals:
                    searcher.Add(literal)
                searcher.Compile()
            except Exception:  # no RE2, or a literal it refuses: look literals up
                self._broken = True
                return None
            self._set = searcher
        try:
            matched = self._set.Match(low)
        except UnicodeEncodeError:
            return None
        if not matched:
            return None
        literals = self.literals
        return frozenset(literals[i] for i in matched)


_PRESENCE_TEXTS = 8
_PRESENCE = _Presence()


def _fewest(needed: frozenset[Literal]) -> tuple[Literal, ...]:
    """The members of a set of literals that contain no other member read the same way
    (case-insensitively or not), shortest first: a text holds some member of the set
    exactly when it holds one of these."""
    return tuple(
        sorted(
            (
                (text, folded)
                for text, folded in needed
                if not any(
                    other != text and other_folded == folded and other in text
                    for other, other_folded in needed
                )
            ),
            key=lambda literal: (len(literal[0]), literal),
        )
    )


# The longest text GateIndex answers from its substrings; a longer one is asked of every
# gate (its set of substrings would cost about what the gates' own substring tests do).
INDEXED_TEXT = 2_000
_HEAD = 3  # a literal is indexed by its first _HEAD characters


class GateIndex:
    """Which of many gates a short text passes (the red-flag topics' 174 trigger gates,
    asked of every title and heading), without asking each gate.

    A gate passes only if, for some way, its first set has a member in the text, and a
    member is in the text only if its first three characters are: the gates indexed under
    the text's substrings of one to three characters (case-insensitive members under the
    lowered text's, as ``passes`` reads them) are the only ones that may pass, and only
    they are asked. A gate that cannot be indexed (None: a pattern every text passes, a
    way with no set, an empty member) is always asked; so is every gate when the text is
    long or holds a letter of FOLDS (``lowered`` gives "", which every member passes).
    The answer is the per-gate one (tests/test_quickscan.py compares them)."""

    __slots__ = ("always", "cased", "folded", "gates")

    def __init__(self, gates: Sequence[LiteralGate | None]) -> None:
        self.gates = tuple(gates)
        always: set[int] = set()
        cased: dict[str, set[int]] = {}
        folded: dict[str, set[int]] = {}
        for i, gate in enumerate(self.gates):
            if (
                gate is None
                or not all(gate.ways)
                or any(not literal for way in gate.ways for literal, _folded in way[0])
            ):
                always.add(i)
                continue
            for way in gate.ways:
                for literal, is_folded in way[0]:
                    (folded if is_folded else cased).setdefault(literal[:_HEAD], set()).add(i)
        self.always = frozenset(always)
        self.cased = {head: frozenset(found) for head, found in cased.items()}
        self.folded = {head: frozenset(found) for head, found in folded.items()}

    def passing(self, text: str) -> list[int]:
        """The indices, in order, of the gates that ``text`` passes (a None gate: always)."""
        gates = self.gates
        low = lowered(text) if self.folded else " "
        if len(text) > INDEXED_TEXT or low == "":
            return [i for i, gate in enumerate(gates) if gate is None or gate.passes(text)]
        may = set(self.always)
        for heads, read in ((self.cased, text), (self.folded, low)):
            if heads:
                for head in _substrings(read).intersection(heads):
                    may.update(heads[head])
        return [i for i in sorted(may) if (gate := gates[i]) is None or gate.passes(text)]


def _substrings(text: str) -> set[str]:
    """Every substring of ``text`` of one to _HEAD characters."""
    n = len(text)
    return {text[j : j + k] for k in range(1, _HEAD + 1) for j in range(n - k + 1)}


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """``text`` lowercased, once for the several gated scans of a text and the scans that
    share it (evidence.py; a document's masked text is one string object, whose hash is
    kept); "" when it holds a letter of FOLDS (no case-insensitive gate may then skip it),
    " " for an empty text."""
    if not text.isascii() and any(c in text for c in FOLDS):
        return ""
    return text.lower() or " "


def literal_gate(rx: re.Pattern[str]) -> LiteralGate | None:
    """The gate of ``rx``, or None when some way to match needs no literal that can be
    told (every text would pass) or the pattern cannot be read."""
    if not isinstance(rx.pattern, str):
        return None
    return literal_gate_of(rx.pattern, rx.flags)


def literal_gate_of(pattern: str, flags: int) -> LiteralGate | None:
    """``literal_gate`` of the regex ``pattern`` would compile to under ``flags``, read
    without compiling it (a gate decides whether it is ever compiled)."""
    if flags & re.LOCALE:
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]

        items = list(_parser.parse(pattern, flags).data)
        ways = _Literals(_Ops(_parser)).ways(items, bool(flags & re.IGNORECASE))
    except Exception:  # a parser of another Python version, a parse tree it does not know
        return None
    kept = []
    for way in ways:
        sets = sorted(
            (s for s in way if min(len(text) for text, _ in s) >= MIN_LITERAL),
            key=lambda s: -min(len(text) for text, _ in s),
        )
        if not sets:
            return None
        kept.append(tuple(sets[:MAX_SETS]))
    return LiteralGate(tuple(dict.fromkeys(kept)))


def stored_gates(patterns: list[str], flags: int) -> tuple[LiteralGate | None, ...]:
    """``literal_gate_of`` each of ``patterns``, kept in medlint.derived (keyed on the
    patterns, the flags, Python's version, whose regex parser reads them, and this module):
    reading the 174 red-flag topics' trigger alternatives took 0.1 CPU s per process. An
    entry that does not decode is computed again."""
    from medlint import derived

    def decode(known: Any) -> tuple[LiteralGate | None, ...] | None:
        if type(known) is not list or len(known) != len(patterns):
            return None
        return tuple(None if g is None else LiteralGate.from_data(g) for g in known)

    return derived.remembered(
        "literal-gates",
        lambda: derived.digest(
            derived.code_digest("quickscan"), sys.version, str(int(flags)), *patterns
        ),
        lambda: tuple(literal_gate_of(pattern, flags) for pattern in patterns),
        decode=decode,
        encode=lambda gates: [None if g is None else g.data() for g in gates],
    )


class Gated:
    """A regex behind its literal gate: ``search``, ``finditer`` and ``findall`` over a
    whole text that lacks the literals give what the regex gives there (nothing), without
    scanning; everything else is the regex's own."""

    __slots__ = ("gate", "regex")

    def __init__(self, regex: re.Pattern[str], gate: LiteralGate | None = None) -> None:
        self.regex = regex
        self.gate = literal_gate(regex) if gate is None else gate

    def _skips(self, text: str, pos: int, endpos: int) -> bool:
        """Whether the gate tells that a scan of the whole text finds nothing (a scan of
        part of it is left to the regex)."""
        if self.gate is None or pos != 0 or endpos < len(text):
            return False
        return not self.gate.passes(text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._skips(text, pos, endpos) else self.regex.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._skips(text, pos, endpos):
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._skips(text, pos, endpos) else self.regex.findall(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in Gated.__slots__:
            raise AttributeError(name)  # not set yet (a copy being made): no recursion
        return getattr(self.regex, name)  # match, sub, pattern, flags ...: the regex's own


def gated(rx: re.Pattern[str], gate: LiteralGate | None = None) -> re.Pattern[str]:
    """``rx`` behind its literal gate (``Gated``), for whole-text scans; typed as the
    regex it stands for (it answers every call the regex answers, with the same result).
    ``gate``, when given, is used instead of the one read from the pattern (a gate of
    literals too short for ``literal_gate`` to keep, written out by hand and tested)."""
    return cast("re.Pattern[str]", Gated(rx, gate))


class _Literals:
    """Reads the literals of parsed items (``literal_gate``)."""

    def __init__(self, ops: _Ops) -> None:
        self.ops = ops

    def ways(self, items: list[tuple[Any, Any]], case: bool) -> list[Way]:
        """The ways a sequence of items can match, each with the literal sets it needs
        (a way with no set needs nothing that is told)."""
        common: list[frozenset[Literal]] = []
        ways: list[Way] = [()]
        i = 0
        while i < len(items):
            j = i
            texts: set[str] | None = {""}
            while j < len(items) and (found := self._expand(items[j], case)) is not None:
                if texts is not None:
                    texts = {a + b for a in texts for b in found}
                    if len(texts) > MAX_LITERALS:
                        texts = None
                j += 1
            if j > i:  # items[i:j] match one of ``texts``, one after another
                if texts and "" not in texts:
                    common.append(frozenset((t, case) for t in texts))
                i = j
                continue
            sub = self._inner(items[i], case)
            if sub is not None and len(sub) == 1:
                common.extend(sub[0])
            elif sub is not None and all(sub):
                if len(ways) * len(sub) <= MAX_WAYS:
                    ways = [(*way, *way_in) for way in ways for way_in in sub]
                else:  # a member of each way's first set: whichever way matched has one
                    union = frozenset(t for way_in in sub for t in way_in[0])
                    if len(union) <= MAX_LITERALS:
                        common.append(union)
            i += 1
        return [(*common, *way) for way in ways]

    def _inner(self, item: tuple[Any, Any], case: bool) -> list[Way] | None:
        """The ways of a group, a branch or a repeated item (None: it needs nothing that
        is told, or it may match nothing)."""
        op, av = item
        ops = self.ops
        if op is ops.branch:
            out: list[Way] = []
            for branch in av[1]:
                found = self.ways(list(branch.data), case)
                if any(not way for way in found):
                    return None
                out += found
            return out if len(out) <= MAX_WAYS else None
        if op is ops.subpattern:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~_SCOPED_OK:
                return None
            inner = True if add_flags & re.IGNORECASE else False if del_flags & re.I else case
            return self.ways(list(sub.data), inner)
        if ops.atomic is not None and op is ops.atomic:
            return self.ways(list(av.data), case)
        if op in ops.repeats and av[0] >= 1:
            return self.ways(list(av[2].data), case)
        return None

    def _expand(self, item: tuple[Any, Any], case: bool) -> set[str] | None:
        """The strings an item can match (lowercased under re.I), when they are a few
        ASCII strings; else None."""
        op, av = item
        ops = self.ops
        if op is ops.literal:
            char = chr(av)
            return {char.lower() if case else char} if char.isascii() else None
        if op is ops.in_:
            chars = set()
            for member_op, member in av:
                if member_op is not ops.literal or not chr(member).isascii():
                    return None
                chars.add(chr(member).lower() if case else chr(member))
            return chars
        if op is ops.branch:
            out: set[str] = set()
            for branch in av[1]:
                found = self._expand_all(list(branch.data), case)
                if found is None:
                    return None
                out |= found
            return out
        if op is ops.subpattern:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None  # read under another case
            return self._expand_all(list(sub.data), case)
        if op in ops.repeats and (av[0], av[1]) in ((0, 1), (1, 1)):
            found = self._expand_all(list(av[2].data), case)
            if found is None:
                return None
            return found | {""} if av[0] == 0 else found
        return None

    def _expand_all(self, items: list[tuple[Any, Any]], case: bool) -> set[str] | None:
        texts = {""}
        for item in items:
            found = self._expand(item, case)
            if found is None:
                return None
            texts = {a + b for a in texts for b in found}
            if len(texts) > MAX_LITERALS:
                return None
        return texts


# -- a yes-or-no search with its word-led alternatives behind one \b ---------------------


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern's text: split at each "|" that no backslash
    escapes and that is outside every group and character class (a "]" that opens a class,
    after "[" or "[^", is a member). The pieces joined with "|" are the pattern again."""
    pieces: list[str] = []
    depth = 0
    start = 0
    i = 0
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2  # an escaped character, whatever it is
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1  # "[]...]": a member
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    return pieces


def searched_by_word(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A regex that finds a match in a text, or in a slice (``search(text, pos, endpos)``),
    exactly where ``rx`` finds one, for an ``rx`` that is a choice of many alternatives of
    which several open with ``\\b``: those behind one ``\\b`` and the look-ahead of the
    characters they can start with (:func:`leading`), after the others. ``re`` tries every
    alternative at every position (see the module's docstring); here, at a position inside
    a word, one ``\\b`` fails instead of each of them, and at a word's start one character
    test passes over the rest when none of them can start there. A search finds a match
    when some alternative matches at some position: ``\\bA|\\bB`` matches where
    ``\\b(?:A|B)`` does, the look-ahead holds wherever one of them can match, and the order
    of a choice decides only which of the alternatives matching at a position is taken. So
    the match found may be another one at the same or another place: for a yes-or-no
    search only. ``rx`` itself when its text cannot be split safely (verbose, with a global
    inline flag) or fewer than two alternatives open with ``\\b``."""
    pattern = rx.pattern
    if rx.flags & re.VERBOSE or re.match(r"\(\?[a-zA-Z]+\)", pattern):
        return rx  # comments or a leading global flag: not split here
    pieces = alternatives(pattern)
    word_led = [piece[2:] for piece in pieces if piece.startswith("\\b")]
    if len(word_led) < 2:
        return rx
    try:
        for piece in pieces:
            re.compile(piece, rx.flags)  # a piece that is no regex alone: a split misread
        behind = leading(re.compile("|".join(word_led), rx.flags)).pattern
        others = [piece for piece in pieces if not piece.startswith("\\b")]
        return re.compile("|".join([*others, "\\b(?:" + behind + ")"]), rx.flags)
    except re.error:
        return rx


# -- scans tried only where a cheaper regex says a match may start -------------------------


def scan_from(
    rx: re.Pattern[str], starts: re.Pattern[str], text: str, places: str | None = None
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a regex that never matches the empty string, given a
    regex ``starts`` whose matches start at every place a match of ``rx`` in ``text`` can
    start (and at others, maybe): ``rx`` is tried only at those places, in order, past
    the end of the match before, as ``finditer`` tries every place. ``re`` finds the
    places quickly when ``starts`` opens with a character class (its scan for a leading
    class), where ``rx`` opens with a look-around or case-insensitive words. A match is
    ``rx``'s own at its place (``match`` reads the text before it for look-behinds and
    ``\\b``). ``places``, when given, is the text ``starts`` is read in instead (of the same
    length, each character at its place in ``text``: its lowercased copy)."""
    end = 0
    match = rx.match
    for place in starts.finditer(text if places is None else places):
        at = place.start()
        if at >= end and (found := match(text, at)) is not None:
            end = found.end()
            yield found


def scan_lowered(
    rx: re.Pattern[str], starts: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, ``rx`` tried only at the places ``starts`` finds in the
    lowercased text (``scan_from`` with ``lowered(text)``): for a regex read under re.I
    whose matches start where ``starts`` matches the lowercased text. Where ``lowered``
    gives "" (a letter of FOLDS) or a text of another length, the plain scan."""
    low = lowered(text)
    if low == "" or len(low) != len(text):
        return rx.finditer(text)
    return scan_from(rx, starts, text, low)
