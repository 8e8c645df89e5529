"""The result cache's entry format: a file's analysis (medlint.daily.Analysed) as JSON,
and back, checked field by field (exact keys and types; no booleans for integers, no
floats at all) rather than with jsonschema, because a fully cached corpus run checks
5,500 entries and must stay under 2 s. Anything else raises MalformedEntry (a miss)."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import asdict
from typing import Any

from medlint.daily import Analysed, Located, Pending
from medlint.model import Audience, Edit, OnTheDay, Part, Severity, Span, Violation
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
    severity = _SEVERITIES.get(_int(data["severity"], 1))
    if severity is None:
        raise MalformedEntry(f"unknown severity {data['severity']}")
    edits = _list(data["edits"], "edits")
    return Violation(
        _text(data["code"]),
        _text(data["name"]),
        severity,
        _text(data["message"]),
        _int(data["line"]),
        _int(data["column"]),
        _int(data["end_line"]),
        _int(data["end_column"]),
        _str(data["fix"], optional=True),
        _text(data["snippet"]),
        tuple(map(_edit, edits)) if edits else (),
        _columns(data["utf8_columns"]),
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


def from_json(value: object, path: str) -> Analysed:
    """An analysis from an entry, checked field by field (exact keys and types; no
    booleans for integers, no floats at all); anything else raises MalformedEntry."""
    data = _object(value, _ENTRY_KEYS, "entry")
    pairs = []
    for pair in _list(data["facts"], "facts"):
        if type(pair) is not list or len(pair) != 2:
            raise MalformedEntry("a fact must be a [key, value] pair")
        pairs.append((_text(pair[0]), _text(pair[1])))
    return Analysed(
        path=path,
        pending=tuple(_pending(p) for p in _list(data["pending"], "pending")),
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


def decode_entry(body: bytes, path: str) -> Analysed:
    """Parse and check an entry's JSON body; every malformation is MalformedEntry."""
    try:
        data = json.loads(body, parse_constant=_no_constant, parse_float=_no_float)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError
        raise MalformedEntry(f"not valid JSON: {exc}") from None
    return from_json(data, path)
