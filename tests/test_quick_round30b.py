"""Round 30b's fast paths in the parser compared with the plain paths (issue 16): on
crafted, random and (skipped without the shared corpus) corpus texts. No test times
anything."""

from __future__ import annotations

import random
from typing import Any

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
