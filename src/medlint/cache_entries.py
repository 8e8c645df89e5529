"""The result cache's entry format: a file's analysis (medlint.daily.Analysed) as JSON
lines, and back, checked field by field (exact keys and types; no booleans for integers,
no floats at all) rather than with jsonschema, because a fully cached corpus run checks
5,500 entries. Anything else raises MalformedEntry (a miss).

An entry's body is a head line (a JSON object: the directives, audience, format and
facts, and under ``pending`` the number of findings), then one line per finding (a JSON
object: the violation, its window of days and its message parts). JSON written without
indentation holds no raw newline, so the lines split exactly. A finding's line is
decoded once per run: most articles of a backlog repeat the same findings ("no review
status" at line 1, ...), so a :class:`Decoded` memo maps a line's exact bytes to the
finding it was checked into, and the next entry holding those bytes reuses it (the
objects are frozen). Every entry is still authenticated (its MAC) before it is decoded.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import asdict
from typing import Any

from medlint.daily import Analysed, Located, Pending
from medlint.model import (
    Audience,
    Edit,
    FileResult,
    OnTheDay,
    Part,
    Severity,
    Span,
    Violation,
)
from medlint.suppression import Directive


def to_json(analysed: Analysed) -> dict[str, Any]:
    data = asdict(analysed)
    del data["path"]  # the entry's name covers the path; the caller supplies it
    for pending in data["pending"]:
        violation = pending["violation"]
        violation["severity"] = int(violation["severity"])
        if violation["utf8_columns"] is not None:
            violation["utf8_columns"] = list(violation["utf8_columns"])
        for key in ("valid_from", "valid_until"):
            day = pending[key]
            pending[key] = day.isoformat() if day is not None else None
        pending["parts"] = [
            p if isinstance(p, str) else {**p, "since": p["since"].isoformat()}
            for p in pending["parts"]
        ]
    for located in data["directives"]:
        located["directive"]["selectors"] = list(located["directive"]["selectors"])
    return data


def encode_entry(data: dict[str, Any]) -> bytes:
    """The stored body of an entry given as :func:`to_json` gives it: the head line, then
    one line per finding."""
    pending = data["pending"]
    head = {**{k: v for k, v in data.items() if k != "pending"}, "pending": len(pending)}
    lines = [json.dumps(head, ensure_ascii=False)]
    lines += (json.dumps(p, ensure_ascii=False) for p in pending)
    return "\n".join(lines).encode("utf-8", "surrogateescape")


class MalformedEntry(ValueError):
    """A cache entry that is not a well-formed result (a miss, never a crash)."""


_VIOLATION_INTS = ("line", "column", "end_line", "end_column")
_VIOLATION_STRS = ("code", "name", "message", "snippet")
_VIOLATION_KEYS = {*_VIOLATION_INTS, *_VIOLATION_STRS, "severity", "fix", "edits", "utf8_columns"}
_EDIT_KEYS = {"start", "end", "replacement", "safe", "span"}
_SPAN_KEYS = ("line", "column", "end_line", "end_column", "utf8_column", "end_utf8_column")
_PENDING_KEYS = {"violation", "valid_from", "valid_until", "parts"}
_PART_KEYS = {"what", "since", "less"}
_DIRECTIVE_INTS = ("line", "column", "end_line", "start", "end")
_DIRECTIVE_KEYS = {*_DIRECTIVE_INTS, "kind", "selectors", "reason"}
_DIRECTIVE_KINDS = {"disable-file", "disable-next-line", "disable-line", "disable"}
_LOCATED_KEYS = {"directive", "end_line", "end_column", "snippet"}
_ENTRY_KEYS = {"pending", "directives", "audience", "format", "facts"}
_SEVERITIES = {int(s): s for s in Severity}


def _int(value: object, low: int = 0) -> int:
    if type(value) is not int or not low <= value < 2**31:
        raise MalformedEntry(f"expected an integer, got {value!r:.40}")
    return value


def _str(value: object, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if type(value) is not str:
        raise MalformedEntry(f"expected a string, got {value!r:.40}")
    return value


def _text(value: object) -> str:
    if type(value) is not str:
        raise MalformedEntry(f"expected a string, got {value!r:.40}")
    return value


def _object(value: object, keys: set[str], what: str) -> dict[str, Any]:
    if type(value) is not dict or value.keys() != keys:
        raise MalformedEntry(f"{what} must be an object with exactly the {what} fields")
    return value


def _list(value: object, what: str) -> list[Any]:
    if type(value) is not list:
        raise MalformedEntry(f"{what} must be a list")
    return value


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(_text(value))
    except ValueError:
        raise MalformedEntry(f"expected an ISO date, got {value!r:.40}") from None


def _violation(value: object) -> Violation:
    data = _object(value, _VIOLATION_KEYS, "violation")
    return _violation_of(*(data[name] for name in _VIOLATION_FIELDS))


# Violation's fields in order: an entry names them, a run record lists them in this order.
_VIOLATION_FIELDS = (
    *("code", "name", "severity", "message", "line", "column", "end_line", "end_column"),
    *("fix", "snippet", "edits", "utf8_columns"),
)


def _violation_of(*fields: object) -> Violation:
    """The violation of ``fields`` (in _VIOLATION_FIELDS order), each checked."""
    code, name, severity, message, line, column, end_line, end_column = fields[:8]
    fix, snippet, edits, columns = fields[8:]
    level = _SEVERITIES.get(_int(severity, 1))
    if level is None:
        raise MalformedEntry(f"unknown severity {severity!r:.40}")
    return Violation(
        _text(code),
        _text(name),
        level,
        _text(message),
        _int(line),
        _int(column),
        _int(end_line),
        _int(end_column),
        _str(fix, optional=True),
        _text(snippet),
        tuple(map(_edit, _list(edits, "edits"))),
        _columns(columns),
    )


def _edit(value: object) -> Edit:
    data = _object(value, _EDIT_KEYS, "edit")
    if type(data["safe"]) is not bool:
        raise MalformedEntry("an edit's safe flag must be true or false")
    span = data["span"]
    if span is not None:
        span = _object(span, set(_SPAN_KEYS), "span")
    return Edit(
        start=_int(data["start"]),
        end=_int(data["end"]),
        replacement=_text(data["replacement"]),
        safe=data["safe"],
        span=None if span is None else Span(*(_int(span[k]) for k in _SPAN_KEYS)),
    )


def _columns(value: object) -> tuple[int, int] | None:
    if value is None:
        return None
    if type(value) is not list or len(value) != 2:
        raise MalformedEntry("utf8_columns must be a pair of integers")
    return _int(value[0]), _int(value[1])


def _audience(value: object) -> Audience | None:
    text = _str(value, optional=True)
    if text is None:
        return None
    try:
        return Audience(text)
    except ValueError:
        raise MalformedEntry(f"unknown audience {text!r:.40}") from None


def _part(value: object) -> Part:
    if type(value) is str:
        return value
    data = _object(value, _PART_KEYS, "message part")
    what = data["what"]
    if what not in ("today", "months", "days"):
        raise MalformedEntry(f"unknown message part {what!r:.40}")
    since = _day(data["since"])
    if since is None:
        raise MalformedEntry("a message part needs its date")
    less = data["less"]
    if type(less) is not int or not -(2**31) < less < 2**31:
        raise MalformedEntry(f"expected an integer, got {less!r:.40}")
    return OnTheDay(what, since, less)


def _pending(value: object) -> Pending:
    data = _object(value, _PENDING_KEYS, "pending violation")
    return Pending(
        _violation(data["violation"]),
        _day(data["valid_from"]),
        _day(data["valid_until"]),
        tuple(_part(p) for p in _list(data["parts"], "parts")),
    )


def _located(value: object) -> Located:
    data = _object(value, _LOCATED_KEYS, "directive")
    d = _object(data["directive"], _DIRECTIVE_KEYS, "directive")
    if d["kind"] not in _DIRECTIVE_KINDS:
        raise MalformedEntry(f"unknown directive {d['kind']!r:.40}")
    directive = Directive(
        kind=_text(d["kind"]),
        selectors=tuple(_text(x) for x in _list(d["selectors"], "selectors")),
        reason=_text(d["reason"]),
        line=_int(d["line"]),
        column=_int(d["column"]),
        end_line=_int(d["end_line"]),
        start=_int(d["start"]),
        end=_int(d["end"]),
    )
    return Located(
        directive, _int(data["end_line"]), _int(data["end_column"]), _text(data["snippet"])
    )


def _analysed(data: dict[str, Any], pending: tuple[Pending, ...], path: str) -> Analysed:
    pairs = []
    for pair in _list(data["facts"], "facts"):
        if type(pair) is not list or len(pair) != 2:
            raise MalformedEntry("a fact must be a [key, value] pair")
        pairs.append((_text(pair[0]), _text(pair[1])))
    return Analysed(
        path=path,
        pending=pending,
        directives=tuple(_located(x) for x in _list(data["directives"], "directives")),
        audience=_audience(data["audience"]),
        format=_str(data["format"], optional=True),
        facts=tuple(pairs),
    )


def _no_constant(name: str) -> Any:
    raise MalformedEntry(f"{name} is not allowed in a cache entry")


def _no_float(text: str) -> Any:
    value = float(text)
    if not math.isfinite(value):
        raise MalformedEntry(f"number out of range: {text[:40]}")
    return value


# One decoder for every line (json.loads with hooks builds a new one per call).
_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_no_float)


def _loads(text: bytes) -> Any:
    """``json.loads(text, parse_constant=..., parse_float=...)``, with one decoder."""
    try:
        return _DECODER.decode(text.decode(json.detect_encoding(text), "surrogatepass"))
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError
        raise MalformedEntry(f"not valid JSON: {exc}") from None


class Decoded:
    """A run's memo of the findings it decoded: a finding line's exact bytes to the
    finding checked from them. Identical bytes decode to an equal finding, so sharing it
    changes nothing; the memo only skips parsing and checking them again. It holds at
    most ``limit`` findings (then it starts again)."""

    def __init__(self, limit: int = 100_000) -> None:
        self._found: dict[bytes, Pending] = {}
        self._limit = limit

    def pending(self, line: bytes) -> Pending:
        found = self._found.get(line)
        if found is None:
            found = _pending(_loads(line))
            if len(self._found) >= self._limit:
                self._found.clear()
            self._found[line] = found
        return found


def decode_entry(body: bytes, path: str, memo: Decoded | None = None) -> Analysed:
    """Parse and check an entry's body (:func:`encode_entry`); every malformation is
    MalformedEntry. ``memo``: the run's decoded findings, shared between entries."""
    lines = body.split(b"\n")
    head = _object(_loads(lines[0]), _ENTRY_KEYS, "entry")
    count = head["pending"]
    if type(count) is not int or count != len(lines) - 1:
        raise MalformedEntry("the entry's number of findings is not its number of lines")
    memo = Decoded() if memo is None else memo
    pending = tuple(map(memo.pending, lines[1:]))
    return _analysed(head, pending, path)


# -- the run-level record -------------------------------------------------------------------
# A whole run's results (cache.Cache.get_run): one JSON object, ASCII only, whose
# "violations" are the run's distinct violations (positional lists, each once however many
# files hold it) and whose "files" are one list per file: path, the indices of its
# violations, audience, format, suppressed count, facts. Checked as strictly as an entry.


def encode_run(results: tuple[FileResult, ...] | list[FileResult]) -> bytes:
    """The stored body of a run's results (judged, in the run's order)."""
    index: dict[Violation, int] = {}
    rows: list[list[Any]] = []
    files: list[list[Any]] = []
    for result in results:
        where = []
        for violation in result.violations:
            at = index.get(violation)
            if at is None:
                at = index[violation] = len(rows)
                rows.append(_violation_row(violation))
            where.append(at)
        audience = None if result.audience is None else result.audience.value
        facts = [list(pair) for pair in result.facts]
        files.append([result.path, where, audience, result.format, result.suppressed, facts])
    data = {"violations": rows, "files": files}
    return json.dumps(data, separators=(",", ":")).encode("ascii")


def _violation_row(v: Violation) -> list[Any]:
    edits = [asdict(edit) for edit in v.edits]
    columns = None if v.utf8_columns is None else list(v.utf8_columns)
    return [
        v.code,
        v.name,
        int(v.severity),
        v.message,
        v.line,
        v.column,
        v.end_line,
        v.end_column,
        v.fix,
        v.snippet,
        edits,
        columns,
    ]


_RUN_KEYS = {"violations", "files"}


def decode_run(body: bytes) -> tuple[FileResult, ...]:
    """The results :func:`encode_run` stored; any malformation is MalformedEntry."""
    data = _object(_loads(body), _RUN_KEYS, "run record")
    violations = tuple(map(_row_violation, _list(data["violations"], "violations")))
    count = len(violations)
    results = []
    for row in _list(data["files"], "files"):
        if type(row) is not list or len(row) != 6:
            raise MalformedEntry("a file's result must be a list of six fields")
        path, where, audience, kind, suppressed, facts = row
        found = []
        for at in _list(where, "violation indices"):
            if type(at) is not int or not 0 <= at < count:
                raise MalformedEntry("a violation index is out of range")
            found.append(violations[at])
        pairs = []
        for pair in _list(facts, "facts"):
            if type(pair) is not list or len(pair) != 2:
                raise MalformedEntry("a fact must be a [key, value] pair")
            pairs.append((_text(pair[0]), _text(pair[1])))
        results.append(
            FileResult(
                _text(path),
                tuple(found),
                _audience(audience),
                _str(kind, optional=True),
                _int(suppressed),
                tuple(pairs),
            )
        )
    return tuple(results)


def _row_violation(row: object) -> Violation:
    if type(row) is not list or len(row) != len(_VIOLATION_FIELDS):
        raise MalformedEntry("a violation must be a list of twelve fields")
    return _violation_of(*row)
