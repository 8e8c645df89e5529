"""The tag sets of HTML that ``htmltree.py`` follows to build the element stack a browser
builds: elements never shown, void and block elements, headings, the end tags a start
tag implies, and the microdata and ``<time>`` classes read as page metadata."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from medlint import document as d

HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "svg",
                         "math", "iframe", "object", "canvas", "select", "button",
                         "textarea"})  # fmt: skip
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                       "meta", "param", "source", "track", "wbr", "keygen", "frame"})  # fmt: skip
BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br",
                        "tr", "td", "th", "table", "section", "article", "header", "footer",
                        "aside", "nav", "main", "blockquote", "dd", "dt", "dl", "pre", "figure",
                        "figcaption", "hr", "form", "details", "summary", "caption",
                        "address"})  # fmt: skip
HEADINGS: Mapping[str, int] = MappingProxyType(
    {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
)

# -- the element stack a browser builds ------------------------------------------------
HEAD_CONTENT = frozenset({"meta", "link", "title", "style", "script", "base", "noscript",
                          "template"})  # fmt: skip
# Start tags that close an open <p> (the HTML "close a p element" list).
CLOSES_P = frozenset({"address", "article", "aside", "blockquote", "details", "dialog", "div",
                      "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
                      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav",
                      "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd",
                      "dt"})  # fmt: skip
SCOPE = frozenset({"table", "td", "th", "caption", "button", "html", "template", "object",
                   "marquee"})  # fmt: skip
MAX_DEPTH = 512  # open elements, as in browsers' tree builders; deeper tags are not nested
_LIST_ENDS = (frozenset({"li"}), frozenset({"ul", "ol", "menu"} | SCOPE))
_DEFINITION_ENDS = (frozenset({"dt", "dd"}), frozenset({"dl"} | SCOPE))
_CELL_ENDS = (frozenset({"td", "th"}), frozenset({"tr", "table"}))
_SECTION_ENDS = (frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"}), frozenset({"table"}))
# A heading start tag closes an open heading.
_HEADING_ENDS = (frozenset(HEADINGS), frozenset(SCOPE | {"div", "section", "article"}))
# tag -> (tags it closes, tags that stop the search)
IMPLIED_ENDS: Mapping[str, tuple[frozenset[str], frozenset[str]]] = MappingProxyType(
    {
        "li": _LIST_ENDS,
        "dt": _DEFINITION_ENDS,
        "dd": _DEFINITION_ENDS,
        "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "thead", "tbody", "tfoot"})),
        "td": _CELL_ENDS,
        "th": _CELL_ENDS,
        "thead": _SECTION_ENDS,
        "tbody": _SECTION_ENDS,
        "tfoot": _SECTION_ENDS,
        "option": (frozenset({"option"}), frozenset({"select", "datalist"})),
        "optgroup": (frozenset({"option", "optgroup"}), frozenset({"select"})),
    }
    | {heading: _HEADING_ENDS for heading in HEADINGS}
)

# -- metadata ------------------------------------------------------------------------------
MICRODATA: Mapping[str, str] = MappingProxyType(
    {
        "datemodified": d.DATE_MODIFIED,
        "datepublished": d.DATE_PUBLISHED,
        "lastreviewed": d.LAST_REVIEWED,
        "reviewedby": d.REVIEWED_BY,
        "author": "author",
        "datecreated": d.DATE_PUBLISHED,
    }
)
TIME_CLASS = (
    (re.compile(r"review", re.I), d.LAST_REVIEWED),
    (re.compile(r"updated|modified", re.I), d.DATE_MODIFIED),
    (re.compile(r"published|entry-date|posted|pubdate", re.I), d.DATE_PUBLISHED),
)
MAX_ITEM_TEXT = 200  # characters of a microdata element's text kept as its value
