"""Round 30b's fast paths in the parser compared with the plain paths (issue 16): on
crafted, random and (skipped without the shared corpus) corpus texts. No test times
anything."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest

from tests.conftest import corpus_texts
from tests.test_quick_scans import MARKDOWN_PIECES, _token_rows

# Front matter openings and closings, and lines of the shapes the thematic break, setext
# heading and indented code rules read (and near misses), to mix with MARKDOWN_PIECES.
FRONT = [
    "---\n", "--- \n", "---\t\n", "----\n", "---x\n", "-- \n", "-\n", " ---\n", "---",
]  # fmt: skip
CLOSE = [
    "---\n", "--- \n", "----\n", "...\n", "... \n", "....\n", " ---\n", "  ---\n", "    ---\n",
    "\t---\n", " ...\n", "---x\n", "--\n", "...x\n", "",
]  # fmt: skip
YAML = [
    "title: x\n", "a:\n  - b\n", "    - c\n", "\t- d\n", "- e\n", "k: '---'\n", "k: a - b -\n",
    "k: ===\n", "x: * * *\n", "y: _ _ _\n", "\n", "z:    four\n", "# c\n", "-- x\n",
]  # fmt: skip
BODY = [
    *MARKDOWN_PIECES,
    "* * *", "- - -", "_ _ _", "-\t-\t-", "**  *", "--", "==", "= =", "-  ", "=\t", "a -",
    "b =", "     ", "      code", "-     x", "1.     y", ">     q", "\t\tz", "  \t", "...",
    "Title\n===", "Title\n---", "Text\n- - -\n", "  - a\n", "   ***", "    ***",
]  # fmt: skip


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        body = "".join(rng.choice(BODY) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.7:
            head = rng.choice(FRONT) + "".join(rng.choice(YAML) for _ in range(rng.randint(0, 6)))
            head += rng.choice(CLOSE)
            body = head + body
        texts.append(body)
    return texts


def test_markdown_is_parsed_without_the_line_shape_rules_that_cannot_match() -> None:
    """``markdown._parser_for(text)``, which leaves out the thematic break, setext heading
    and indented code rules when no line they could read (after a front matter block that
    certainly closes) has their shape, gives the tokens and references of the parser with
    every rule, on crafted texts, 6,000 random texts (front matter opened and closed in
    every way the plugin reads, indented and tabbed front matter lines, breaks, underlines
    and code in the body and in the front matter) and 300 corpus articles; each rule is
    left out for some texts and kept for others, after front matter and without it."""
    from medlint.parsing import markdown

    texts = [
        "", "---\n---\n", "---\ntitle: x\n---\n***\n", "---\na: b\n...\n    code\n",
        "---\n    ---\n---\ntext\n", "---\nk: v\n---\nTitle\n=====\n", "- a\n\n      b\n",
        "---\n  a:\n    - b\n---\n# T\n\nText.\n", "---\nx: ---\n---\n", "---\n- - -\n",
    ]  # fmt: skip
    texts += _texts(6_000, 30)
    texts += [text.replace("\r", " ").removeprefix("\ufeff") for text in corpus_texts(300, 30)]
    full = markdown._parser()
    names = ("hr", "lheading", "code")
    off = dict.fromkeys(names, 0)
    kept = dict.fromkeys(names, 0)
    after_front = dict.fromkeys(names, 0)
    for text in texts:
        quick = markdown._parser_for(text)
        active = set(quick.get_active_rules()["block"])
        cut = markdown._body(text) != text
        for name in names:
            (kept if name in active else off)[name] += 1
            after_front[name] += cut and name not in active and not _plain_off(name, text)
        env: dict[str, Any] = {}
        quick_env: dict[str, Any] = {}
        rows = _token_rows(full.parse(text, env))
        assert _token_rows(quick.parse(text, quick_env)) == rows, repr(text[:300])
        assert quick_env == env
    assert all(off[n] > 200 and kept[n] > 200 and after_front[n] > 30 for n in names), (
        off,
        kept,
        after_front,
    )


def _plain_off(name: str, text: str) -> bool:
    """Whether the rule would be left out reading the whole text (no front matter cut)."""
    from medlint.parsing import markdown

    if name == "hr":
        return markdown._MAY_BREAK.search(text) is None
    if name == "lheading":
        return markdown._MAY_UNDERLINE.search(text) is None
    return "\t" not in text and "    " not in text


def _yaml_read(text: str) -> tuple[Any, ...]:
    """Everything ``yamlparse.load`` gives for ``text``: the data (types and order by its
    repr), the positions in order, the duplicates; or the error's type, text and offset."""
    from medlint import yamlparse

    try:
        loaded = yamlparse.load(text)
    except Exception as exc:  # YamlError, and whatever else the plain path raises
        return ("error", type(exc).__name__, str(exc), getattr(exc, "offset", None))
    return (repr(loaded.data), list(loaded.positions.items()), loaded.duplicates)


def test_front_matter_is_read_in_one_walk_as_the_plain_path_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``yamlparse.load`` through ``_quick_load`` (one walk: data, positions, duplicates)
    gives what the plain path gives (compose, ``_small_tree``/``check_size``, PyYAML's
    constructor, ``_walk``): the data with its types and order, the positions in order, the
    duplicates, or the same error; on crafted YAML (every scalar type, explicit and unknown
    tags, merge and "=" keys, non-string keys, sets and ordered maps, duplicates, nesting at
    and past MAX_DEPTH, node counts at and past MAX_NODES, errors), 4,000 random texts and
    the front matter of 300 corpus articles; the quick walk reads some texts and hands
    others to the plain path."""
    from medlint import yamlparse

    deep = [("[" * n + "]" * n) for n in (198, 199, 200, 201)]
    deep += [
        "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, n)) for n in (198, 199, 200, 201)
    ]
    deep += ["a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, n)) + "  " * n + "- x\n"
             for n in (198, 199, 200)]  # fmt: skip
    crafted = [
        "", "a: 1", "a: '*'", "a: 1\na: 2", "a: {b: 1}\na: {c: 2}", "- 0\n" * 200_000,
        "- 0\n" * 199_999, "- 0\n" * 200_001, "".join(f"k{i}: 0\n" for i in range(100_000)),
        "".join(f"k{i}: 0\n" for i in range(99_999)), "[", "a: [1, {b: 2}]\nc: |\n  text\n",
        "? a\n: b", "{a, b}", "\ufeffa: 1", "a: !!int x", "a: !!int 7", "a: !!float 1.5",
        "a: !!float x", "a: !!binary aGk=", "a: !!timestamp 2001-01-01", "a: 2001-01-01",
        "a: !!set {x, y}", "a: !!omap [{x: 1}, {y: 2}]", "a: !foo x", "<<: {a: 1}\nb: 2",
        "=: x", "1: a", "null: x", "~: a", "? [a]\n: b", "a: !!str 1", "a: 0x1F", "a: 0o17",
        "a: 017", "a: 1_000", "a: 1:30", "a: .inf", "a: -.Inf", "a: .nan", "a: yes", "a: No",
        "a: ~", "a:", "a: null", "- a\n- b: c\n  d: [e, f]", "a: b\n---\nc: d", "x", "'q'",
        "!!map {a: 1}", "!!seq [1]", "!!str a", "a: !!map {b: 1}", "a: !!seq [1]",
        "a: !!null ''", "a: !!bool yes", "a: &x 1\nb: 2", "a: 'it''s'", 'a: "\\u00e9"',
        "? !!str 1\n: a", "a: b: c", "- - - a",
    ]  # fmt: skip
    pieces = [
        "a", "b", ": ", "- ", "[", "]", "{", "}", ", ", "&x ", "\n", "  ", "? ", "'q'", "1",
        "2001-02-03", "|", "#c", "é", "!!int ", "!!str ", "!foo ", "<<", "=", "~", "yes",
        "0x1", ".5", "!!set ", "null", "---\n", "...\n", "\t", '"', "!!binary ",
    ]  # fmt: skip
    rng = random.Random(30)
    texts = crafted + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(4_000)
    ]
    for article in corpus_texts(300, 30):
        if article.startswith("---\n") and (end := article.find("\n---", 4)) > 0:
            texts.append(article[4 : end + 1])
    reads = {"quick": 0, "plain": 0}
    quick_load = yamlparse._quick_load

    def counted(text: str, offset: Any) -> Any:
        loaded = quick_load(text, offset)
        reads["plain" if loaded is None else "quick"] += 1
        return loaded

    with monkeypatch.context() as patch:
        patch.setattr(yamlparse, "_quick_load", counted)
        quick = [_yaml_read(text) for text in texts]
    with monkeypatch.context() as patch:
        patch.setattr(yamlparse, "_quick_load", lambda text, offset: None)
        plain = [_yaml_read(text) for text in texts]
    for text, got, expected in zip(texts, quick, plain, strict=True):
        assert got == expected, repr(text[:200])
    assert reads["quick"] > 1_000 and reads["plain"] > 500, reads


def _line_region_as_read(line: str, text: str) -> Any:  # common._line_region before round 30b
    from medlint import document as d
    from medlint.parsing import common as c

    if len(line) > 4 * c._MAX_FURNITURE_LINE:
        return None
    if not text or len(text) > c._MAX_FURNITURE_LINE:
        return None
    if c._ADVERT.fullmatch(text):
        return d.RegionKind.ASIDE, "advertisement line"
    if c._SHARE.fullmatch(text) and len(text.split()) >= 2:
        return d.RegionKind.ASIDE, "share bar"
    if c._SKIP.fullmatch(text):
        return d.RegionKind.CHROME, "skip link"
    if c._BREADCRUMB.fullmatch(text):
        return d.RegionKind.CHROME, "breadcrumb"
    if c._FOOTER.fullmatch(text):
        return d.RegionKind.CHROME, "site footer line"
    items = c._MENU_ITEM_SEP.split(text)
    if len(items) >= 4 and all(0 < len(item.split()) <= 3 for item in items):
        return d.RegionKind.CHROME, "menu"
    return None


FURNITURE_PIECES = [
    "Advertisement", "Sponsored content", "Share this article", "Facebook", "Twitter", "Email",
    "Skip to main content", "Home", " > ", " » ", " / ", " | ", " · ", " • ", "©", "(c)",
    "Copyright 2024", "All rights reserved", "Privacy Policy", "Terms of Use", "Contact us",
    "Unsubscribe", "You are receiving this email", "Related articles", "More", "words", "a",
    " ", "  ", "\t", "\u00a0", "\u2003", "\n", "-", "---", ":", ".", "#", "*", "_", "ſ", "İ",
    "x" * 90, "y " * 70, "Read more", "Print", "Copy link", "Jump to navigation",
]  # fmt: skip


def test_page_regions_skip_blank_lines_and_lines_no_furniture_pattern_reads() -> None:
    """``common.page_regions`` (blank lines passed without folding, the five line patterns
    tried as one alternation first, the menu test only with a separator's character) gives
    the regions of the plain reading (``_line_region`` before round 30b, kept above; a
    blank line folds to nothing), on crafted and 4,000 random pages of furniture lines,
    whitespace of every kind and long lines, parsed as Markdown and as text, and on 200
    corpus articles; ``_line_region`` is compared at every line, and the alternation
    passes some lines and refuses others."""
    import sys

    from medlint.parsing import common, parse

    # the premise of passing blank lines: what isspace reads as whitespace, str.split does
    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() != (c.split() == [])]
    rng = random.Random(30)
    pages = [
        "".join(rng.choice(FURNITURE_PIECES) for _ in range(rng.randint(1, 40)))
        for _ in range(4_000)
    ]
    pages += ["", "\n", " \n\t\n", "Home > Health > Flu\n\n# Flu\n\nText.\n", "a | b | c | d\n"]
    docs = [parse(f"p{i}.md", page) for i, page in enumerate(pages)]
    docs += [parse(f"p{i}.txt", page) for i, page in enumerate(pages[:1_000])]
    docs += [parse(f"c{i}.md", text) for i, text in enumerate(corpus_texts(200, 30))]
    gate = {"passed": 0, "refused": 0}
    for doc in docs:
        for _a, _b, line in common._line_spans(doc.masked, 0, len(doc.masked)):
            text = common._fold(line)
            if not line or line.isspace():  # the loop passes these without folding
                assert text == ""
            assert common._line_region(line, text) == _line_region_as_read(line, text), line
            if text and len(text) <= 200:
                gate["passed" if common._FURNITURE.fullmatch(text) else "refused"] += 1
        headings = [(s.heading, s.level, s.start, s.body_start) for s in doc.sections]
        flat = doc.kind == "text"
        got = common.page_regions(doc.source, doc.masked, headings, flat=flat)
        assert got == _page_regions_as_read(doc.source, doc.masked, headings, flat), doc.path
    assert gate["passed"] > 300 and gate["refused"] > 3_000, gate


def _page_regions_as_read(source: str, masked: str, headings: Any, flat: bool) -> Any:
    """``page_regions`` with ``_line_region`` as before round 30b."""
    from unittest import mock

    from medlint.parsing import common

    with mock.patch.object(common, "_line_region", _line_region_as_read):
        return common.page_regions(source, masked, headings, flat=flat)


def _assembled_as_read(source: str, puts: list[tuple[int, int, str]]) -> str:
    """The masked text as the walk wrote it before round 30b: into MaskBuilder's list."""
    from medlint.document import MaskBuilder

    mask = MaskBuilder(source, keep=False)
    for a, b, text in puts:
        mask.chars[a:b] = text
    return mask.text()


def test_the_masked_text_is_joined_from_the_walks_puts_as_the_character_list_held_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``markdown._assembled`` (the blank text joined with the walk's puts) is the
    character list the walk wrote into before: on 5,000 random lists of puts (in order,
    adjacent, overlapping, out of order, of other lengths than their spans, empty, at the
    ends) over random texts of newlines and other characters; and ``parse_markdown`` gives
    the same Document with it as with the list, on 3,000 random Markdown texts (widget
    headings that blank zones included) and 200 corpus articles, both of its ways taken."""
    from medlint.parsing import markdown

    rng = random.Random(30)
    taken = {"joined": 0, "listed": 0}
    for _ in range(5_000):
        source = "".join(
            rng.choice(["a", "bc", "\n", " ", "é", "\t"]) for _ in range(rng.randint(0, 40))
        )
        puts = []
        at = 0
        for _ in range(rng.randint(0, 6)):
            if rng.random() < 0.8:
                a = rng.randint(at, len(source)) if at <= len(source) else len(source)
            else:
                a = rng.randint(0, len(source))
            b = rng.randint(a, len(source))
            n = b - a if rng.random() < 0.85 else rng.randint(0, 5)
            puts.append((a, b, "".join(rng.choice("xyz") for _ in range(n))))
            at = b
        ordered = all(
            b - a == len(t) and a >= (puts[i - 1][1] if i else 0)
            for i, (a, b, t) in enumerate(puts)
        )
        taken["joined" if ordered else "listed"] += 1
        assert markdown._assembled(source, puts) == _assembled_as_read(source, puts), (source, puts)
    assert min(taken.values()) > 500, taken

    pieces = [*MARKDOWN_PIECES, "## Chat with our AI assistant\n", "## Symptom checker\n", "\n\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 50))) for _ in range(3_000)]
    texts += corpus_texts(200, 30)
    quick = [markdown.parse_markdown(f"t{i}.md", text) for i, text in enumerate(texts)]
    monkeypatch.setattr(markdown, "_assembled", _assembled_as_read)
    plain = [markdown.parse_markdown(f"t{i}.md", text) for i, text in enumerate(texts)]
    for q, p in zip(quick, plain, strict=True):  # (Documents compare by identity)
        assert [(f.name, getattr(q, f.name)) for f in dataclasses.fields(q)] == [
            (f.name, getattr(p, f.name)) for f in dataclasses.fields(p)
        ]
    assert sum(1 for doc in quick if doc.zones) > 20


def test_front_matter_that_certainly_closes_is_read_without_the_front_matter_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where ``markdown._front_close`` finds YAML front matter that certainly closes,
    markdown-it's front matter rule takes exactly those lines (its token's map), and the
    text with them blank parses to the same tokens after it; ``parse_markdown`` gives the
    same Document as when the parser reads the front matter (``_front_close`` off). On
    crafted texts, 6,000 random texts of front matter opened and closed in every way the
    plugin reads (CR, BOM, unclosed, indented, "...", "----") and 300 corpus articles; the
    front matter is found closed for some and left to the parser for others."""
    from medlint.parsing import markdown

    rng = random.Random(31)
    texts = ["---\n---\n", "---\nt: x\n---", "---\nt: x\n---\n\n- a\n", "---\r\nt: 1\r\n---\r\n"]
    texts += _texts(6_000, 31)
    texts += ["\ufeff" + t for t in texts[:300]] + [t.replace("\n", "\r\n", 2) for t in texts[:300]]
    texts += corpus_texts(300, 31)
    full = markdown._parser()
    found = {"closed": 0, "parser": 0}
    for text in texts:
        cleaned = text.replace("\r", " ").removeprefix("\ufeff")
        closed = markdown._front_close(cleaned) if cleaned.startswith("---") else None
        found["parser" if closed is None else "closed"] += 1
        if closed is not None:
            tokens = full.parse(cleaned, {})
            assert tokens[0].type == "front_matter" and tokens[0].map == [0, closed[0] + 1]
            blank = "\n" * closed[0] + cleaned[closed[1] :]
            assert _token_rows(full.parse(blank, {})) == _token_rows(tokens[1:]), repr(text[:300])
    # both paths taken often, with or without the shared corpus (the crafted texts alone find
    # about 490 closed)
    assert min(found.values()) > 400, found
    rng.shuffle(texts)
    quick = [markdown.parse_markdown(f"t{i}.md", text) for i, text in enumerate(texts)]
    monkeypatch.setattr(markdown, "_front_close", lambda text: None)
    plain = [markdown.parse_markdown(f"t{i}.md", text) for i, text in enumerate(texts)]
    for q, p in zip(quick, plain, strict=True):  # (Documents compare by identity)
        assert [(f.name, getattr(q, f.name)) for f in dataclasses.fields(q)] == [
            (f.name, getattr(p, f.name)) for f in dataclasses.fields(p)
        ]
