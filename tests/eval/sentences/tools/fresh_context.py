"""Map the fresh set's free-text page descriptions onto the scorer's context convention.

The labeller of ``fresh-web.jsonl`` (split ``test2``) described where each sentence stood
("wellness blog", "title of a home-remedy page", "folk-remedy page, heading: Garlic",
"NCI PDQ health-professional summary; paragraph carries a citation"). The scorer
(``medlint.evaluation.sentence_document``) reads a small convention instead (``heading: X``,
``title``, ``comment section``, ``widget``, ``paragraph carries a citation: X``, a neighbouring
sentence). This mapping was written before the set was scored and is applied as is:

- ``heading: X`` anywhere -> ``heading: X`` (the sentence sits under heading X);
- a title, headline or page/question/myth heading -> ``title`` (the sentence is a heading);
- a comment or reply to a comment -> ``comment section``; a widget -> ``widget``;
- ``paragraph carries a citation: 'Q'`` -> ``paragraph carries a citation: Q``; the same
  without the quotation -> ``paragraph carries a citation: [1]`` (a footnote marker);
- ``next sentence: 'X'`` -> ``next sentence: X``;
- anything else (the kind of page) -> no context: the sentence alone in an article.

The labeller's description is kept in ``page``. Run:
``python tests/eval/sentences/tools/fresh_context.py tests/eval/sentences/fresh-web.jsonl``
(idempotent: items that already have ``page`` are left alone).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HEADING_UNDER = re.compile(r"heading:\s*(?P<h>[^;']+)", re.I)
IS_HEADING = re.compile(
    r"^(?:article |second half of an article )?title\b"
    r"|headline|page heading|question heading|myth heading",
    re.I,
)
CITATION = re.compile(r"paragraph carries a citation(?::\s*'(?P<q>[^']+)')?", re.I)
NEXT = re.compile(r"next sentence:\s*'(?P<n>[^']+)'", re.I)


def convention(page: str) -> str:
    if m := HEADING_UNDER.search(page):
        return f"heading: {m['h'].strip()}"
    if IS_HEADING.search(page):
        return "title"
    if re.search(r"\bcomment\b", page, re.I):
        return "comment section"
    if re.search(r"\bwidget\b", page, re.I):
        return "widget"
    if m := CITATION.search(page):
        return f"paragraph carries a citation: {m['q'] or '[1]'}"
    if m := NEXT.search(page):
        return f"next sentence: {m['n']}"
    return ""


def main(path: str) -> int:
    file = Path(path)
    rows = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if "page" not in row:
            row["page"] = row.get("context", "")
            row["context"] = convention(row["page"])
    file.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
