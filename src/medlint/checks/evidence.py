"""Evidence rules: statistics and appeals to evidence need their source (doses: doses.py)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from medlint.context import NEGATED
from medlint.document import Document
from medlint.kinds import Context, fmt, patterns_of
from medlint.model import Finding
from medlint.nlp import PatternBank
from medlint.ruleset import RuleSpec

_STATISTIC = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s?cent\b)"
    r"|\b\d+\s+(?:in|out of)\s+(?:every\s+)?\d+\b(?=\s+(?:people|adults|children|women|men|"
    r"patients|cases|americans|of))"
    r"|\b\d+(?:\.\d+)?\s?times\s+(?:more|less|as)\s+likely\b"
    # "805,000 people", "2 million adults"
    r"|\b\d{1,3}(?:,\d{3})+\s+(?:people|adults|children|women|men|americans|patients|cases"
    r"|deaths|babies)\b"
    r"|\b\d+(?:\.\d+)?\s+(?:million|billion)\s+(?:people|adults|children|women|men|americans"
    r"|patients|cases|deaths)\b"
    # "nearly half of adults", "one in three women"
    r"|\b(?:half|a third|one third|two thirds|a quarter|one quarter|three quarters|most|majority)"
    r"\s+of\s+(?:all\s+)?(?:adults|people|children|women|men|americans|patients|cases)\b"
    r"|\b(?:one|two|three) in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:people|adults|children|women|men|americans|patients)\b",
    re.I,
)
_CITATION = re.compile(
    r"\]\(|<a\s[^>]*href|https?://|\bdoi\b|\[\d+(?:[,–-]\s?\d+)*\]|\^\d|\[\^[^\]]+\]"
    r"|\([A-Z][A-Za-z'-]+(?:\s+et al\.?|\s+(?:and|&)\s+[A-Z][A-Za-z'-]+)?,?\s+(?:19|20)\d\d[a-z]?\)"
    r"|\b(?i:according to|reported by|data from|source:|sources:|published in|a study (?:in|by|"
    r"published))|\bthe [A-Z][A-Za-z]+ (?:reports|estimates)\b",
)


def _block(document: Document, offset: int) -> tuple[int, int]:
    """The block (paragraph, list item, heading) around an offset in the source."""
    breaks = document.breaks
    i = bisect.bisect_right(breaks, offset)
    start = breaks[i - 1] if i else 0
    end = breaks[i] if i < len(breaks) else len(document.source)
    return start, end


class UnsupportedStatistic:
    """A statistic or an appeal to evidence without a citation in the same paragraph."""

    needs_nlp = True

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.appeals = patterns_of(spec, "appeals", "appeal_lexicon")
        self.label = f"{spec.code}:appeal"

    def register(self, bank: PatternBank) -> None:
        bank.add(self.label, self.appeals, self.spec.source)

    def check(self, ctx: Context) -> Iterator[Finding]:
        document = ctx.document
        candidates: list[tuple[int, int, str]] = [
            (m.start(), m.end(), m.group()) for m in _STATISTIC.finditer(document.masked)
        ]
        candidates += [
            (m.start, m.end, m.text)
            for m in ctx.analysis.mentions(self.label)
            if not m.has(NEGATED, "reported")
        ]
        reported: set[tuple[int, int]] = set()
        for start, end, text in sorted(candidates):
            block = _block(document, start)
            if block in reported:
                continue  # one finding per paragraph
            # Links, footnotes and "(Author, 2019)" live in the source, not the masked text.
            if _CITATION.search(document.source, block[0], block[1]):
                continue
            reported.add(block)
            yield Finding(
                start, end, fmt(self.spec.message, match=" ".join(text.split())), self.spec.fix
            )
