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

import re
from typing import Any

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
