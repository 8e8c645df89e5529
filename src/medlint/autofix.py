"""Edits that rules attach to their findings (``Finding.edits``), and the data-only fix a
rule file offers with its top-level ``autofix:`` key (schemas/rule.schema.json):

```yaml
autofix:                # replace what the finding points at (a forbidden phrase)
  replace: "may help with {match}"   # {match}: the text the finding points at
  safe: false           # default: the edit changes what the article says
```

A replacement is offered only for plain text: a finding whose text runs across markup
(emphasis, a link, an entity) gets none, so a fix never breaks the markup.

```yaml
autofix:                # add a section at the end of the article
  append_section:
    heading: Disclaimer
    text_option: approved_wording   # or text: "..." (a literal)
  safe: true
```

``append_section`` adds the heading and the text where the article ends (Markdown
``## heading``, plain text a heading line, HTML a ``<section>`` before the closing
``</article>``, ``</main>`` or ``</body>``), with the file's own line endings. It offers
nothing when the text is empty (an unset option) or already in the article, so a second
``--fix`` changes nothing. The kind of fix is decided by data; these functions only build
the edit for one finding, and ``medlint.fixes`` applies edits without knowing any rule.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from medlint.document import Document, MetaValue
from medlint.model import Edit, Finding


@dataclass(frozen=True)
class Autofix:
    """A rule file's ``autofix:``: replace the finding's text, or append a section."""

    safe: bool = False
    replace: str | None = None
    heading: str = ""
    text: str = ""
    text_option: str | None = None

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Autofix:
        section = data.get("append_section") or {}
        return cls(
            safe=bool(data.get("safe", False)),
            replace=data.get("replace"),
            heading=section.get("heading", ""),
            text=section.get("text", ""),
            text_option=section.get("text_option"),
        )

    def problem(self, options: Mapping[str, Any]) -> str | None:
        """Why this autofix cannot work with the rule's options (None when it can)."""
        if self.text_option is not None and self.text_option not in options:
            known = ", ".join(sorted(options)) or "none"
            return (
                f"autofix.append_section.text_option: the rule has no option "
                f"{self.text_option!r} (options: {known})"
            )
        return None

    def edits(
        self, document: Document, finding: Finding, options: Mapping[str, Any]
    ) -> tuple[Edit, ...]:
        """The edit this autofix makes for one finding (none when there is nothing to do)."""
        if self.replace is not None:
            matched = document.source[finding.start : finding.end]
            if not matched or matched != document.masked[finding.start : finding.end]:
                # Nothing to replace (a finding about something missing), or the text runs
                # across markup (emphasis, a link): replacing it would break the markup.
                return ()
            replacement = self.replace.replace("{match}", matched)
            return (Edit(finding.start, finding.end, replacement, self.safe),)
        text: object = self.text
        if self.text_option is not None:
            value = options.get(self.text_option)
            text = value[0] if isinstance(value, (list, tuple)) and value else value
        if not isinstance(text, str) or not text.strip() or contains(document, text):
            return ()
        return (append_section(document, self.heading, text, self.safe),)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def contains(document: Document, text: str) -> bool:
    """Is ``text`` in the article already (ignoring case, punctuation and line breaks)?"""
    return _normal(text) in _normal(document.masked)


def newline_of(text: str) -> str:
    if "\r\n" in text:
        return "\r\n"
    return "\r" if "\r" in text and "\n" not in text else "\n"


def append_section(document: Document, heading: str, text: str, safe: bool = True) -> Edit:
    """An edit adding a section (heading and one paragraph) where the article ends."""
    source = document.source
    nl = newline_of(source)
    if document.kind == "html":
        slug = re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-") or "section"
        block = (
            f'<section class="medlint-{slug}"><h2>{html.escape(heading)}</h2>'
            f"<p>{html.escape(text)}</p></section>{nl}"
        )
        lowered = source.lower()
        for closing in ("</article>", "</main>", "</body>"):
            at = lowered.rfind(closing)
            if at != -1:
                return Edit(at, at, block, safe)
        return Edit(len(source), len(source), nl + block, safe)
    title = f"## {heading}" if document.kind == "markdown" else heading
    stripped = source.rstrip("\r\n")
    return Edit(len(stripped), len(source), f"{nl}{nl}{title}{nl}{nl}{text}{nl}", safe)


def front_matter_value(document: Document, meta: MetaValue, value: str) -> Edit | None:
    """A safe edit writing ``value`` in place of a YAML front matter scalar (its quotes
    kept), or None when the value is not a one-line ``key: value``."""
    if meta.origin != "front matter" or not meta.raw_key:
        return None
    source = document.source
    line_start = source.rfind("\n", 0, meta.start) + 1
    line_end = source.find("\n", meta.start)
    line_end = len(source) if line_end == -1 else line_end
    line = source[line_start:line_end]
    m = re.match(rf"^(\s*{re.escape(meta.raw_key)}\s*:\s*)(['\"]?)(.+?)\2(\s*)$", line)
    if not m:
        return None
    return Edit(line_start + m.start(3), line_start + m.end(3), value)
