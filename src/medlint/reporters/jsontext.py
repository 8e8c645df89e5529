"""Indented JSON text, byte for byte what ``json.dumps(value, indent=2,
ensure_ascii=False)`` writes, without its pure-Python encoder.

With ``indent``, the standard library never uses its C encoder: it walks the value with
nested generators and yields every bracket, key and separator separately (1.2 M calls
for a report of 22,000 findings, a third of a fully cached corpus run). Here one loop
per object or list appends each member's text whole (separator, key and scalar value in
one piece) to one list joined at the end, strings are escaped by the standard library's
own C function (the one ``json.dumps`` uses for ``ensure_ascii=False``), and a dict
object met again at the same depth (a finding shared by many files) is copied from the
text written the first time instead of being written again. A dict of scalars (a
finding, an edit) is written by the C encoder in one call, with a separator that lets
its text be indented by one replace. Any value this writer does not handle the way the
standard library does (a key that is not a string, a type it would pass to
``default``, nesting too deep) makes it hand the whole value to ``json.dumps``, so the
text is the same whatever the value.
"""

from __future__ import annotations

import json
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

__all__ = ["dumps"]

_INDENT = "  "


class _Unhandled(Exception):
    """A value whose text this writer leaves to json.dumps."""


def dumps(value: Any) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``."""
    try:
        writer = _Writer()
        writer.value(value, 0)
        return "".join(writer.out)
    except (_Unhandled, RecursionError):  # json.dumps says what is wrong, or writes it
        return json.dumps(value, indent=2, ensure_ascii=False)


class _Compact:
    """json's C encoder without indentation, writing "\\x00" between items: a control
    character that every string it writes escapes (as \\u0000), so in its text "\\x00"
    is only ever a separator."""

    def __init__(self) -> None:
        self._encode = (
            None
            if c_make_encoder is None
            else c_make_encoder(
                None, _unhandled, encode_basestring, None, ": ", "\x00", False, False, True
            )
        )

    def flat(self, mapping: dict[Any, Any], level: int, newline: str, inner: str) -> str | None:
        """The indented text of a dict whose keys are strings and whose values are
        strings, integers, booleans, null or empty lists or objects (a finding, an edit),
        written by the C encoder: its separators become the indented ones. None for any
        other dict."""
        if self._encode is None:
            return None
        for name, item in mapping.items():
            kind = type(item)
            if type(name) is not str:
                return None
            if kind is str or kind is int or kind is bool or item is None:
                continue
            if (kind is list or kind is dict or kind is tuple) and not item:
                continue
            return None
        text = "".join(self._encode(mapping, level))
        return "{" + inner + text[1:-1].replace("\x00", "," + inner) + newline + "}"


def _unhandled(value: Any) -> Any:
    raise _Unhandled


_COMPACT = _Compact()


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def _scalar(value: Any) -> str | None:
    """The text of a string, number, boolean or null; None for anything else."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    # Subclasses, in the order json's encoder tests them.
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    return None


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []
        self._newline = ["\n" + _INDENT * n for n in range(8)]
        # (id of a dict, depth) -> the dict (held, so its id is not reused meanwhile)
        # and where its text starts and ends in ``out``; then its text, once met again.
        self._met: dict[tuple[int, int], tuple[dict[Any, Any], int, int]] = {}
        self._text: dict[tuple[int, int], str] = {}

    def newline(self, level: int) -> str:
        while len(self._newline) <= level:
            self._newline.append("\n" + _INDENT * len(self._newline))
        return self._newline[level]

    def value(self, value: Any, level: int) -> None:
        kind = type(value)
        if kind is dict:
            self.object(value, level)
        elif kind is list or kind is tuple:
            self.array(value, level)
        else:
            text = _scalar(value)
            if text is not None:
                self.out.append(text)
            elif isinstance(value, (list, tuple)):
                self.array(value, level)
            elif isinstance(value, dict):
                self.object(value, level)
            else:
                raise _Unhandled

    def array(self, items: list[Any] | tuple[Any, ...], level: int) -> None:
        out = self.out
        if not items:
            out.append("[]")
            return
        inner = self.newline(level + 1)
        separator = "[" + inner
        for item in items:
            if type(item) is dict:  # the common case: a list of objects (files, findings)
                out.append(separator)
                self.object(item, level + 1)
            else:
                text = _scalar(item)
                if text is not None:
                    out.append(separator + text)
                else:
                    out.append(separator)
                    self.value(item, level + 1)
            separator = "," + inner
        out.append(self.newline(level) + "]")

    def object(self, mapping: dict[Any, Any], level: int) -> None:
        out = self.out
        if not mapping:
            out.append("{}")
            return
        key = (id(mapping), level)
        known = self._text.get(key)
        if known is None and key in self._met:
            _, start, end = self._met[key]
            known = self._text[key] = "".join(out[start:end])
        if known is not None:
            out.append(known)
            return
        start = len(out)
        inner = self.newline(level + 1)
        flat = _COMPACT.flat(mapping, level, self.newline(level), inner)
        if flat is not None:
            out.append(flat)
            self._met[key] = (mapping, start, len(out))
            return
        separator = "{" + inner
        for name, item in mapping.items():
            if not isinstance(name, str):
                raise _Unhandled  # json writes such keys its own way
            kind = type(item)
            text = None if kind is dict or kind is list else _scalar(item)
            if text is not None:
                out.append(separator + encode_basestring(name) + ": " + text)
            else:
                out.append(separator + encode_basestring(name) + ": ")
                self.value(item, level + 1)
            separator = "," + inner
        out.append(self.newline(level) + "}")
        self._met[key] = (mapping, start, len(out))
